// Canonical indicator names and standard units: the keys that line up one indicator across reports.
import type { StandardValue } from "./types.ts";
import {
  CANONICAL_INDICATORS,
  PERCENT_PREFIX,
  PERCENTAGE_POINT,
  SCALES,
  SHARE_WORDS,
  STANDARD_UNITS,
} from "./lexicon.ts";
import { splitScale } from "./numbers.ts";
import { charTable, firstChars, WordTrie } from "./text.ts";

const MAX_EXTRA_CHARS = 4;

const SYNONYMS = CANONICAL_INDICATORS.flatMap((row) => row.map((syn) => [syn, row[0]!] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

const SYNONYM_LIST = SYNONYMS.map(([synonym]) => synonym);
const SYNONYM_WORDS = WordTrie.prefixes(SYNONYM_LIST);
const SYNONYM_FIRST = charTable(firstChars(SYNONYM_LIST));
const LONGEST_SYNONYM = SYNONYMS[0]![0].length;
/** For each synonym, the share words it does not say itself: one of them among the extra words makes another indicator. */
const OTHER_SHARE_WORDS = SYNONYMS.map(([synonym]) => SHARE_WORDS.filter((w) => !synonym.includes(w)));

/** The standard name when `name` is one of the common indicators (with at most a few extra words). */
export function canonicalName(name: string): string | null {
  if (name.length > LONGEST_SYNONYM + MAX_EXTRA_CHARS) return null;
  // The words before a synonym are extra words too: it starts within the first few characters.
  const lastStart = Math.min(name.length - 1, MAX_EXTRA_CHARS);
  let at = 0;
  while (at <= lastStart && SYNONYM_FIRST[name.charCodeAt(at)] === 0) at++;
  // Most names: no synonym can start where one would have to (and no closure is made for them).
  return at > lastStart ? null : synonymFrom(name, at, lastStart);
}

/** The standard name of the longest synonym (lowest rank) that fits where it first stands, from `at` to `lastStart`. */
function synonymFrom(name: string, at: number, lastStart: number): string | null {
  let best = -1;
  const fit = (rank: number, length: number) => {
    if ((best >= 0 && rank >= best) || name.length - length > MAX_EXTRA_CHARS) return;
    if (at > 0 && name.indexOf(SYNONYMS[rank]![0]) !== at) return; // judged where it first stands
    const extra = name.slice(0, at) + name.slice(at + length);
    if (extra === "" || !OTHER_SHARE_WORDS[rank]!.some((w) => extra.includes(w))) best = rank;
  };
  for (; at <= lastStart; at++) if (SYNONYM_FIRST[name.charCodeAt(at)] === 1) SYNONYM_WORDS.eachAt(name, at, fit);
  return best >= 0 ? SYNONYMS[best]![1] : null;
}

const STANDARD = new Map(Object.entries(STANDARD_UNITS));
/** The first characters of the units a value is converted from: the standard units' and the scale words' (万人). */
const CONVERTED_FIRST = charTable(firstChars(STANDARD.keys()), Object.keys(SCALES));

/** Money in 万元 (or 万美元), area in 平方米, counts with their scale word applied. */
export function standardValue(value: number, unit: string): StandardValue {
  // 个, 家, %: most units are standard as they are (no lookup, no test of the percent words).
  if (unit === "" || CONVERTED_FIRST[unit.charCodeAt(0)] === 0) return { value, unit };
  const known = STANDARD.get(unit);
  if (known) return { value: known[1] === 1 ? value : round(value * known[1]), unit: known[0] };
  if (unit.startsWith(PERCENT_PREFIX) || unit.endsWith(PERCENTAGE_POINT)) return { value, unit };
  const { scale, base } = splitScale(unit);
  return { value: scale === 1 ? value : round(value * scale), unit: base };
}

/** Removes floating-point noise from scaled values (0.85 × 10000 = 8500.000000000001), to 12 digits. */
function round(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
