// What one figure is, for comparing it with another: its indicator (canonical through the synonym table, else
// its name), its scope (added, total, average, project, part of a year) and its unit after standardisation.
import type { Indicator, Measure } from "../report/index.ts";
import { CANONICAL_INDICATORS } from "../report/lexicon.ts";
import {
  CHANGE_NAME_ENDINGS,
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
  /** The figure covers several years: its period names more than one year (2016-2020), or it is a yearly average. */
  multiYear: boolean;
  /** Words of the name beside the canonical synonym that are neither fillers nor scope words (doubtful). */
  residual: string;
  unit: string;
  /** What the figure measures; a level in % named as a change (涨幅, 增速) counts as one on the year before. */
  measure: Measure;
}

const SCOPES = Object.entries(SCOPE_WORDS) as [Scope, readonly string[]][];
const CLAUSE_BREAK = /[，,；;。：:！？!?]/;

/** The built-in synonym table as [name, canonical] pairs, in the tables' order (the parser's, then the headline one). */
export function builtInSynonyms(): [name: string, canonical: string][] {
  return new Synonyms().entries();
}

/** Synonym → canonical, longest synonyms first, from the parser's table, the headline table and the user's rows. */
export class Synonyms {
  private readonly words: [synonym: string, canonical: string][];
  private readonly canonicalOf: Map<string, string>;
  /** Synonyms by their first character, longest first. */
  private readonly byFirst = new Map<string, [string, string][]>();
  private readonly synonymsOf = new Map<string, string[]>();
  private readonly headlines = new Map<string, number>();

  constructor(extra: SynonymTable = []) {
    const rows = [...CANONICAL_INDICATORS, ...HEADLINE_INDICATORS, ...extra];
    const canonicalOf = new Map<string, string>();
    // A word that the headline table or the user names under another canonical takes that one (later rows win).
    for (const row of rows) {
      const canonical = canonicalOf.get(row[0]!) ?? row[0]!;
      for (const w of row) canonicalOf.set(w, canonical);
    }
    this.canonicalOf = canonicalOf;
    this.words = [...canonicalOf].sort((a, b) => b[0].length - a[0].length);
    for (const entry of this.words) {
      const list = this.byFirst.get(entry[0][0]!);
      if (list) list.push(entry);
      else this.byFirst.set(entry[0][0]!, [entry]);
    }
    for (const [w, c] of this.words) {
      const list = this.synonymsOf.get(c);
      if (list) list.push(w);
      else this.synonymsOf.set(c, [w]);
    }
    HEADLINE_INDICATORS.forEach((row, k) => this.headlines.set(canonicalOf.get(row[0]!)!, k));
  }

  /** Every [word, canonical] pair, in the order the rows first name the words. */
  entries(): [string, string][] {
    return [...this.canonicalOf];
  }

  /** The canonical name of a word exactly, or null. */
  exact(word: string): string | null {
    return this.canonicalOf.get(word) ?? null;
  }

  /** The longest synonym standing in `name`, with its canonical name. */
  within(name: string): { synonym: string; canonical: string } | null {
    let best: [string, string] | null = null;
    for (let i = 0; i < name.length; i++)
      for (const entry of this.byFirst.get(name[i]!) ?? [])
        if ((!best || entry[0].length > best[0].length) && name.startsWith(entry[0], i)) best = entry;
    return best ? { synonym: best[0], canonical: best[1] } : null;
  }

  /** The longest synonym of `canonical` standing in `name`. */
  synonymIn(name: string, canonical: string): string | null {
    return this.synonymsOf.get(canonical)?.find((w) => name.includes(w)) ?? null;
  }

  headline(canonical: string | null): number | null {
    return canonical === null ? null : (this.headlines.get(canonical) ?? null);
  }
}

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const FILLERS = longestFirst(NAME_FILLERS);
const ALL_SCOPE_WORDS = longestFirst(Object.values(SCOPE_WORDS).flat());

/** The text without the words (longest first); words already sorted so. */
function strip(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of words) if (out.includes(w)) out = out.split(w).join("");
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

/** A period that names more than one year (2016-2020, 2021年至2025年). */
export function spansYears(period: string | null): boolean {
  return new Set(period?.match(/\d{4}/g) ?? []).size > 1;
}

export function standardUnit(record: Pick<Indicator, "standard" | "unit">): string {
  const unit = record.standard?.unit ?? record.unit;
  return UNIT_EQUIVALENTS.find((row) => row.includes(unit))?.[0] ?? unit;
}

type Identified = Pick<
  Indicator,
  "name" | "canonical" | "sentence" | "quote" | "period" | "standard" | "unit" | "measure"
>;
const DEFAULT_TABLE: SynonymTable = [];
const tables = new WeakMap<SynonymTable, { synonyms: Synonyms; identities: WeakMap<Identified, Identity> }>();

/** One Synonyms per table (the headline table alone when none is given), with the identities it has found. */
function cached(extra: SynonymTable | undefined) {
  const key = extra ?? DEFAULT_TABLE;
  let entry = tables.get(key);
  if (!entry) tables.set(key, (entry = { synonyms: new Synonyms(extra), identities: new WeakMap() }));
  return entry;
}

export function synonymsFor(extra?: SynonymTable): Synonyms {
  return cached(extra).synonyms;
}

/** The identity of a record under a synonym table, found once per record. */
export function identityOf(record: Identified, extra?: SynonymTable, canonicalOverride?: string | null): Identity {
  const entry = cached(extra);
  if (canonicalOverride) return identify(record, entry.synonyms, canonicalOverride);
  let id = entry.identities.get(record);
  if (!id) entry.identities.set(record, (id = identify(record, entry.synonyms)));
  return id;
}

/**
 * The identity of a record. `canonicalOverride` is a user's correction (校正: 标准指标), which wins over the
 * parser's canonical name and the synonym table.
 */
export function identify(record: Identified, synonyms: Synonyms, canonicalOverride?: string | null): Identity {
  const name = record.name;
  const found = synonyms.exact(name) ?? synonyms.within(name)?.canonical ?? null;
  const canonical =
    canonicalOverride ?? (record.canonical ? (synonyms.exact(record.canonical) ?? record.canonical) : found);
  const synonym = canonical ? synonyms.synonymIn(name, canonical) : null;
  const rest = synonym ? name.replace(synonym, "") : canonicalOverride ? "" : name;
  const residual = canonical ? strip(strip(rest, ALL_SCOPE_WORDS), FILLERS) : "";
  // Scope words count in the name and in the clause just before the figure (年均增长6.3%), but a word that is
  // part of the indicator's own name (城镇新增就业) is no scope.
  const lead = leadIn(record);
  const context = `${rest}|${synonym ? lead.split(synonym).join("") : lead}`;
  const period = record.period ?? "";
  const unit = standardUnit(record);
  const namedChange = unit === "%" && CHANGE_NAME_ENDINGS.some((w) => name.endsWith(w));
  const scopes = scopesOf(context);
  return {
    canonical,
    indicator: canonical ?? (strip(name, FILLERS) || name),
    headline: synonyms.headline(canonical),
    scopes,
    partOfYear: PART_OF_YEAR.some((w) => period.includes(w)),
    multiYear: spansYears(period) || scopes.includes("average"),
    residual,
    unit,
    measure: record.measure === "level" && namedChange ? "yoy" : record.measure,
  };
}
