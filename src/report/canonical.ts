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
/** Characters that start a synonym: a name with none of them cannot hold one. */
const SYNONYM_STARTS = new Set(SYNONYMS.map(([s]) => s[0]!));

export function canonicalName(name: string): string | null {
  let possible = false;
  for (let i = 0; i < name.length && !possible; i++) possible = SYNONYM_STARTS.has(name[i]!);
  if (!possible) return null;
  for (const [synonym, canonical] of SYNONYMS) {
    const k = name.indexOf(synonym);
    if (k < 0) continue;
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
