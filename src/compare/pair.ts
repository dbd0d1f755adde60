// Goals meet results: each target of body B for year N is paired with the actual of B for year N that a later
// report reviewing N states — same indicator, measure, unit and scope — or with nothing. Pure.
import type { Indicator, Report } from "../report/index.ts";
import { identityOf, type Identity, type SynonymTable } from "./identity.ts";
import { GENERIC_NAMES, LEADING_VERBS } from "./lexicon.ts";

/** A record with the report it comes from and the body it is about (the report's, unless corrected). */
export interface Figure {
  report: Report;
  record: Indicator;
  body: string | null;
}

/** Why a figure cannot be a target's actual. */
export type Refusal =
  | "same-report"
  | "not-later"
  | "body"
  | "year"
  | "not-reviewing"
  | "kind"
  | "measure"
  | "unit"
  | "scope"
  | "part-of-year"
  | "indicator"
  | "doubtful";

export type PairBasis = "canonical" | "name" | "manual";

export interface GoalPair {
  target: Figure;
  identity: Identity;
  actual: Figure | null;
  basis: PairBasis | null;
  /** 1 for canonical and manual pairs; the names' similarity for pairs by name. */
  confidence: number;
  /** The actual is a 预计 (forecast) figure. */
  preliminary: boolean;
  /** Other acceptable candidates whose value differs from the chosen one (the reports disagree). */
  disagreeing: Figure[];
  /** Ids of the same target stated again in the same report (one row stands for them). */
  repeats: string[];
}

export interface PairOptions {
  /** Rows of synonyms to add to the headline table (first word canonical). */
  synonyms?: SynonymTable;
  /** Hand pairs: target record id → actual record id (校正: 配对). */
  manual?: ReadonlyMap<string, string>;
  /** Record id → canonical name set by hand (校正: 标准指标). */
  canonical?: ReadonlyMap<string, string>;
}

/** Names at least this similar (Dice over character pairs) pair a target that is no known indicator. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;
/**
 * A level more than this many times its target (or less than its inverse) counts something else — several years,
 * the whole body rather than a project — and is not paired. Changes (同比) are not bounded so.
 */
export const MAX_LEVEL_RATIO = 5;

/** A name that says too little to pair by similarity: a general word, with at most a leading verb. */
function generic(name: string): boolean {
  const rest = LEADING_VERBS.reduce((n, v) => (n.startsWith(v) ? n.slice(v.length) : n), name);
  return rest.length < 2 || GENERIC_NAMES.includes(rest);
}

const bigramCache = new Map<string, string[]>();
const BIGRAM_CACHE_LIMIT = 50_000;

function bigrams(s: string): string[] {
  const known = bigramCache.get(s);
  if (known) return known;
  const pairs = s.length < 2 ? [s] : Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2));
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(s, pairs);
  return pairs;
}

/** Dice coefficient over character pairs: 1 for the same name, 0 for names sharing no pair. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

const valueOf = (f: Figure) => f.record.standard?.value ?? f.record.value;

function implausible(target: number, actual: number): boolean {
  if (target <= 0 || actual <= 0) return false;
  return actual > target * MAX_LEVEL_RATIO || actual * MAX_LEVEL_RATIO < target;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Why `candidate` cannot be the actual of `target`, or null when it can. `similarity` is only looked at for
 * targets that are no known indicator.
 */
export function refusalOf(
  target: Figure,
  targetId: Identity,
  candidate: Figure,
  candidateId: Identity,
): { refusal: Refusal } | { refusal: null; confidence: number; basis: PairBasis } {
  const t = target.record;
  const a = candidate.record;
  const refuse = (refusal: Refusal) => ({ refusal });
  if (candidate.report === target.report || candidate.report.id === target.report.id) return refuse("same-report");
  if (a.kind !== "actual" && a.kind !== "forecast") return refuse("kind");
  if (target.body === null || candidate.body !== target.body) return refuse("body");
  if (t.year === null || a.year !== t.year) return refuse("year");
  const review = candidate.report.meta.reviewYear;
  if (review !== t.year) return refuse("not-reviewing");
  const earlierReview = target.report.meta.reviewYear;
  if (earlierReview !== null && earlierReview >= review) return refuse("not-later");
  if (candidateId.measure !== targetId.measure) return refuse("measure");
  if (candidateId.unit !== targetId.unit) return refuse("unit");
  if (!sameList(candidateId.scopes, targetId.scopes)) return refuse("scope");
  if (candidateId.partOfYear !== targetId.partOfYear) return refuse("part-of-year");
  if (candidateId.multiYear !== targetId.multiYear) return refuse("scope");
  if (targetId.measure === "level" && implausible(valueOf(target), valueOf(candidate))) return refuse("doubtful");
  if (targetId.canonical !== null || candidateId.canonical !== null) {
    if (targetId.canonical !== candidateId.canonical) return refuse("indicator");
    if (targetId.residual !== candidateId.residual) return refuse("doubtful");
    return { refusal: null, confidence: 1, basis: "canonical" };
  }
  if (generic(targetId.indicator) || generic(candidateId.indicator)) return refuse("doubtful");
  const similarity = nameSimilarity(targetId.indicator, candidateId.indicator);
  if (similarity < NAME_SIMILARITY_THRESHOLD) return refuse("indicator");
  return { refusal: null, confidence: Math.round(similarity * 100) / 100, basis: "name" };
}

/** Every record of the reports as a figure of its report's body. */
export function figuresOf(reports: readonly Report[]): Figure[] {
  return reports.flatMap((report) => report.indicators.map((record) => ({ report, record, body: report.meta.body })));
}

/** The target's identity key: one goal row per key and report. */
function targetKey(f: Figure, id: Identity): string {
  return [
    f.report.id,
    f.body,
    f.record.year,
    id.indicator,
    f.record.measure,
    id.unit,
    id.scopes.join("+"),
    valueOf(f),
  ].join("|");
}

/** Pairs every target of the figures with its actual, or with none. Targets keep the figures' order. */
export function pairGoals(figures: readonly Figure[], options: PairOptions = {}): GoalPair[] {
  const ids = new Map<Figure, Identity>(
    figures.map((f) => [f, identityOf(f.record, options.synonyms, options.canonical?.get(f.record.id))]),
  );
  const byId = new Map(figures.map((f) => [f.record.id, f]));
  // Candidates are looked up by what the rules need equal (body, year, measure, unit, canonical name).
  const bucket = (f: Figure, id: Identity) =>
    [f.body, f.record.year, id.measure, id.unit, id.canonical ?? ""].join("|");
  const results = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.record.kind === "target") continue;
    const key = bucket(f, ids.get(f)!);
    const list = results.get(key);
    if (list) list.push(f);
    else results.set(key, [f]);
  }
  const pairs: GoalPair[] = [];
  const seen = new Map<string, GoalPair>();
  for (const target of figures) {
    if (target.record.kind !== "target") continue;
    const identity = ids.get(target)!;
    const key = targetKey(target, identity);
    const earlier = seen.get(key);
    if (earlier) {
      earlier.repeats.push(target.record.id);
      continue;
    }
    const pair: GoalPair = {
      target,
      identity,
      actual: null,
      basis: null,
      confidence: 0,
      preliminary: false,
      disagreeing: [],
      repeats: [],
    };
    seen.set(key, pair);
    pairs.push(pair);
    const manual = options.manual?.get(target.record.id);
    const chosen = manual !== undefined ? byId.get(manual) : undefined;
    if (chosen) {
      Object.assign(pair, {
        actual: chosen,
        basis: "manual",
        confidence: 1,
        preliminary: chosen.record.kind === "forecast",
      });
      continue;
    }
    const accepted: { figure: Figure; confidence: number; basis: PairBasis }[] = [];
    for (const candidate of results.get(bucket(target, identity)) ?? []) {
      const verdict = refusalOf(target, identity, candidate, ids.get(candidate)!);
      if (verdict.refusal === null)
        accepted.push({ figure: candidate, confidence: verdict.confidence, basis: verdict.basis });
    }
    if (!accepted.length) continue;
    // A reported figure before a 预计 one, then the closest name, then the latest report, then the first stated.
    const rank = (c: (typeof accepted)[number]) => [
      c.figure.record.kind === "actual" ? 0 : 1,
      -c.confidence,
      -(c.figure.report.meta.planYear ?? 0),
      c.figure.record.at,
    ];
    accepted.sort((x, y) => {
      const [rx, ry] = [rank(x), rank(y)];
      for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return rx[i]! - ry[i]!;
      return 0;
    });
    const best = accepted[0]!;
    Object.assign(pair, {
      actual: best.figure,
      basis: best.basis,
      confidence: best.confidence,
      preliminary: best.figure.record.kind === "forecast",
      disagreeing: accepted
        .filter(
          (c) =>
            c.figure.record.kind === best.figure.record.kind &&
            c.confidence === best.confidence &&
            valueOf(c.figure) !== valueOf(best.figure),
        )
        .map((c) => c.figure),
    });
  }
  return pairs;
}
