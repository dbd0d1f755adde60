// Canonical indicator names and standard units: the keys that line up one indicator across reports.
import type { StandardValue } from "./types.ts";
import { CANONICAL_INDICATORS, STANDARD_UNITS } from "./lexicon.ts";
import { splitScale } from "./numbers.ts";

const MAX_EXTRA_CHARS = 4;
const SHARE_WORDS = ["占", "比重", "率", "人均", "每"];
const SYNONYMS = CANONICAL_INDICATORS.flatMap((row) => row.map((syn) => [syn, row[0]!] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Synonyms by the char code of their first character (slot k + 1 is RANKS_BY_FIRST[k]), as ranks in SYNONYMS. */
const FIRST_SLOT = new Uint16Array(65536);
const RANKS_BY_FIRST: number[][] = [];
SYNONYMS.forEach(([synonym], rank) => {
  const code = synonym.charCodeAt(0);
  if (FIRST_SLOT[code] === 0) FIRST_SLOT[code] = RANKS_BY_FIRST.push([]);
  RANKS_BY_FIRST[FIRST_SLOT[code]! - 1]!.push(rank);
});

/** The standard name when `name` is one of the common indicators (with at most a few extra words). */
export function canonicalName(name: string): string | null {
  // Each synonym the name holds, where it first stands; then the longest that fits.
  let found: { rank: number; at: number }[] | null = null;
  for (let i = 0; i < name.length; i++) {
    const slot = FIRST_SLOT[name.charCodeAt(i)]!;
    if (slot === 0) continue;
    for (const rank of RANKS_BY_FIRST[slot - 1]!) {
      if (!name.startsWith(SYNONYMS[rank]![0], i) || found?.some((f) => f.rank === rank)) continue;
      (found ??= []).push({ rank, at: i });
    }
  }
  if (!found) return null;
  found.sort((a, b) => a.rank - b.rank);
  for (const { rank, at } of found) {
    const [synonym, canonical] = SYNONYMS[rank]!;
    const extra = name.slice(0, at) + name.slice(at + synonym.length);
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

/** Removes floating-point noise from scaled values (0.85 × 10000 = 8500.000000000001), to 12 digits. */
function round(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
