// What one figure is, for comparing it with another: its indicator (canonical through the synonym table, else
// its name), its scope (added, total, average, project, part of a year) and its unit after standardisation.
import type { Indicator } from "../report/index.ts";
import { CANONICAL_INDICATORS } from "../report/lexicon.ts";
import {
  HEADLINE_INDICATORS,
  NAME_FILLERS,
  PART_OF_YEAR,
  SCOPE_WORDS,
  UNIT_EQUIVALENTS,
  type Scope,
} from "./lexicon.ts";

/** Rows of synonyms, the first word of each the canonical name. */
export type SynonymTable = readonly (readonly string[])[];

export interface Identity {
  /** Canonical name when the figure is a known indicator, else null. */
  canonical: string | null;
  /** The name two reports share: the canonical name, else the name without fillers. */
  indicator: string;
  /** Position in the headline list (0 first), null for the others. */
  headline: number | null;
  /** Scope words found in the name or in the words just before the figure, sorted. */
  scopes: Scope[];
  /** The figure covers part of a year (1-11月, 上半年). */
  partOfYear: boolean;
  /** Words of the name beside the canonical synonym that are neither fillers nor scope words (doubtful). */
  residual: string;
  unit: string;
}

const SCOPES = Object.entries(SCOPE_WORDS) as [Scope, readonly string[]][];
const CLAUSE_BREAK = /[，,；;。：:！？!?]/;

/** Synonym → canonical, longest synonyms first, from the parser's table, the headline table and the user's rows. */
export class Synonyms {
  private readonly words: [synonym: string, canonical: string][];
  private readonly headlines = new Map<string, number>();

  constructor(extra: SynonymTable = []) {
    const rows = [...CANONICAL_INDICATORS, ...HEADLINE_INDICATORS, ...extra];
    const canonicalOf = new Map<string, string>();
    // A word that the headline table or the user names under another canonical takes that one (later rows win).
    for (const row of rows) {
      const canonical = canonicalOf.get(row[0]!) ?? row[0]!;
      for (const w of row) canonicalOf.set(w, canonical);
    }
    this.words = [...canonicalOf].sort((a, b) => b[0].length - a[0].length);
    HEADLINE_INDICATORS.forEach((row, k) => this.headlines.set(canonicalOf.get(row[0]!)!, k));
  }

  /** The canonical name of a word exactly, or null. */
  exact(word: string): string | null {
    return this.words.find(([w]) => w === word)?.[1] ?? null;
  }

  /** The longest synonym standing in `name`, with its canonical name. */
  within(name: string): { synonym: string; canonical: string } | null {
    const hit = this.words.find(([w]) => name.includes(w));
    return hit ? { synonym: hit[0], canonical: hit[1] } : null;
  }

  /** The longest synonym of `canonical` standing in `name`. */
  synonymIn(name: string, canonical: string): string | null {
    return this.words.find(([w, c]) => c === canonical && name.includes(w))?.[0] ?? null;
  }

  headline(canonical: string | null): number | null {
    return canonical === null ? null : (this.headlines.get(canonical) ?? null);
  }
}

function strip(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of [...words].sort((a, b) => b.length - a.length)) out = out.split(w).join("");
  return out;
}

/** The words of the record's clause before its figure (生产总值年均增长 in 生产总值年均增长6.3%). */
export function leadIn(record: Pick<Indicator, "sentence" | "quote">): string {
  const at = record.sentence.indexOf(record.quote);
  if (at < 0) return "";
  const before = record.sentence.slice(0, at);
  const parts = before.split(CLAUSE_BREAK);
  return parts[parts.length - 1] ?? "";
}

function scopesOf(text: string): Scope[] {
  return SCOPES.filter(([, words]) => words.some((w) => text.includes(w)))
    .map(([s]) => s)
    .sort();
}

export function standardUnit(record: Pick<Indicator, "standard" | "unit">): string {
  const unit = record.standard?.unit ?? record.unit;
  return UNIT_EQUIVALENTS.find((row) => row.includes(unit))?.[0] ?? unit;
}

/**
 * The identity of a record. `canonicalOverride` is a user's correction (校正: 标准指标), which wins over the
 * parser's canonical name and the synonym table.
 */
export function identify(
  record: Pick<Indicator, "name" | "canonical" | "sentence" | "quote" | "period" | "standard" | "unit">,
  synonyms: Synonyms,
  canonicalOverride?: string | null,
): Identity {
  const name = record.name;
  const found = synonyms.exact(name) ?? synonyms.within(name)?.canonical ?? null;
  const canonical =
    canonicalOverride ?? (record.canonical ? (synonyms.exact(record.canonical) ?? record.canonical) : found);
  const synonym = canonical ? synonyms.synonymIn(name, canonical) : null;
  const rest = synonym ? name.replace(synonym, "") : canonicalOverride ? "" : name;
  const scopeWords = Object.values(SCOPE_WORDS).flat();
  const residual = canonical ? strip(strip(rest, scopeWords), NAME_FILLERS) : "";
  // Scope words count in the name and in the clause just before the figure (年均增长6.3%), but a word that is
  // part of the indicator's own name (城镇新增就业) is no scope.
  const lead = leadIn(record);
  const context = `${rest}|${synonym ? lead.split(synonym).join("") : lead}`;
  const period = record.period ?? "";
  return {
    canonical,
    indicator: canonical ?? (strip(name, NAME_FILLERS) || name),
    headline: synonyms.headline(canonical),
    scopes: scopesOf(context),
    partOfYear: PART_OF_YEAR.some((w) => period.includes(w)),
    residual,
    unit: standardUnit(record),
  };
}
