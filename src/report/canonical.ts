// Canonical indicator names and standard units: the keys that line up one indicator across reports.
import type { StandardValue } from "./types.ts";
import { CANONICAL_INDICATORS, STANDARD_UNITS } from "./lexicon.ts";
import { splitScale } from "./numbers.ts";

const MAX_EXTRA_CHARS = 4;
const SHARE_WORDS = ["占", "比重", "率", "人均", "每"];
const SYNONYMS = CANONICAL_INDICATORS.flatMap((row) => row.map((syn) => [syn, row[0]!] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The standard name when `name` is one of the common indicators (with at most a few extra words). */
/** Synonyms by the char code of their first character, longest first. */
const BY_FIRST = new Map<number, string[]>();
for (const [synonym] of SYNONYMS) {
  const list = BY_FIRST.get(synonym.charCodeAt(0)) ?? [];
  list.push(synonym);
  BY_FIRST.set(synonym.charCodeAt(0), list);
}

export function canonicalName(name: string): string | null {
  // The synonyms the name holds, found at each position; then the longest that fits, as before.
  let present: Set<string> | null = null;
  for (let i = 0; i < name.length; i++) {
    const list = BY_FIRST.get(name.charCodeAt(i));
    if (list) for (const synonym of list) if (name.startsWith(synonym, i)) (present ??= new Set()).add(synonym);
  }
  if (!present) return null;
  for (const [synonym, canonical] of SYNONYMS) {
    if (!present.has(synonym)) continue;
    const k = name.indexOf(synonym);
    const extra = name.slice(0, k) + name.slice(k + synonym.length);
    if (extra.length > MAX_EXTRA_CHARS || SHARE_WORDS.some((w) => extra.includes(w) && !synonym.includes(w))) continue;
    return canonical;
  }
  return null;
}

/** Money in 万元 (or 万美元), area in 平方米, counts with their scale word applied. */
export function standardValue(value: number, unit: string): StandardValue {
  const known = STANDARD_UNITS[unit];
  if (known) return { value: known[1] === 1 ? value : round(value * known[1]), unit: known[0] };
  if (unit.startsWith("百分") || unit === "个百分点") return { value, unit };
  const { scale, base } = splitScale(unit);
  return { value: scale === 1 ? value : round(value * scale), unit: base };
}

/** Removes floating-point noise from scaled values (0.85 × 10000 = 8500.000000000001). */
function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
