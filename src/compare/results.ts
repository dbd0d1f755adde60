// Each body's reported result per indicator and year, by the same rules as the pairing: stated by a report
// that reviews that year, for the whole year (or, when asked, for several years ending then), about the whole
// body. The base of a year-by-year trend and of the pivot.
import { identityOf, type SynonymTable } from "./identity.ts";
import type { Figure } from "./pair.ts";
import type { Measure } from "../report/index.ts";
import type { Scope } from "./lexicon.ts";

export interface ReportedResult {
  body: string;
  /** Canonical name, else the name as the pairing compares it. */
  indicator: string;
  canonical: string | null;
  /** Position in the headline list, null for the others. */
  headline: number | null;
  measure: Measure;
  /** Standard unit (万元, %, 个…). */
  unit: string;
  /** Scope words of the figure (新增 apart from totals). */
  scopes: Scope[];
  /** The figure covers several years (2016-2020, 年均): only with `multiYear`. */
  multiYear: boolean;
  year: number;
  value: number;
  preliminary: boolean;
  figure: Figure;
}

/** One result per body, indicator, measure, unit and year: a reported figure before a 预计 one, then the first stated. */
export function reportedResults(
  figures: readonly Figure[],
  options: { synonyms?: SynonymTable; canonicalOnly?: boolean; multiYear?: boolean } = {},
): ReportedResult[] {
  const best = new Map<string, ReportedResult>();
  for (const f of figures) {
    const r = f.record;
    if ((r.kind !== "actual" && r.kind !== "forecast") || f.body === null || r.year === null) continue;
    if (f.report.meta.reviewYear !== r.year) continue;
    const id = identityOf(r, options.synonyms);
    if (id.partOfYear || id.scopes.includes("project") || id.residual) continue;
    if (id.multiYear && !options.multiYear) continue;
    if (options.canonicalOnly && id.canonical === null) continue;
    const span = id.multiYear ? (r.period ?? "+") : "";
    const key = [f.body, id.indicator, id.measure, id.unit, id.scopes.join("+"), r.year, span].join("|");
    const result: ReportedResult = {
      body: f.body,
      indicator: id.indicator,
      canonical: id.canonical,
      headline: id.headline,
      measure: id.measure,
      unit: id.unit,
      scopes: id.scopes,
      multiYear: id.multiYear,
      year: r.year,
      value: r.standard?.value ?? r.value,
      preliminary: r.kind === "forecast",
      figure: f,
    };
    const held = best.get(key);
    if (!held || (held.preliminary && !result.preliminary)) best.set(key, result);
  }
  return [...best.values()];
}
