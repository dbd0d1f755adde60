import type { Gazetteer } from "../gazetteer/gazetteer.ts";
import type { Reason } from "./reasons.ts";

export type { Reason, ReasonCode } from "./reasons.ts";

/** What a quantity measures: an amount or rate, a change against last year or last period, a rank. */
export type Measure = "level" | "yoy" | "mom" | "rank" | "other";
/** Whether the figure was achieved, is aimed for, or is an expected outcome of an unfinished period. */
export type Kind = "actual" | "target" | "forecast";
export type Qualifier = "exact" | "approx" | "at_least" | "at_most";
export type SectionRole = "review" | "problems" | "plan" | "other";

export interface StandardValue {
  value: number;
  unit: string;
}

export interface Indicator {
  /** Stable across re-parses of the same text: report id, offset and measure. */
  id: string;
  quote: string;
  /** Offset of `quote` in the report text (UTF-16 code units). */
  at: number;
  value: number;
  unit: string;
  name: string;
  measure: Measure;
  kind: Kind;
  qualifier: Qualifier;
  period: string | null;
  /** Calendar year the figure refers to. */
  year: number | null;
  canonical: string | null;
  standard: StandardValue | null;
  /** Heading path of the section the figure stands in. */
  section: string[];
  sentence: string;
  /** Why the record has its kind and year: the rule that set each, with its cue word (shown as 依据). */
  why: Reason[];
}

export interface Section {
  title: string;
  /** Offset of the heading marker. */
  at: number;
  /** Offset where the section's text ends (exclusive). */
  end: number;
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for 一是. */
  level: number;
  role: SectionRole;
  /** Year the heading names, if any. */
  year: number | null;
  /** Index of the enclosing section in `Report.sections`, or null at top level. */
  parent: number | null;
}

export interface ReportMeta {
  title: string | null;
  body: string | null;
  parent: string | null;
  reviewYear: number | null;
  planYear: number | null;
  published: string | null;
}

export interface Report {
  /** The report's id: its file name without extension. */
  id: string;
  /** Where the text came from (a file name). */
  source: string;
  meta: ReportMeta;
  sections: Section[];
  indicators: Indicator[];
  /** Things the user should know: no numbers found, text looks garbled, … (words in src/messages) */
  warnings: ReportWarning[];
  /** Length of the parsed text in UTF-16 code units. */
  length: number;
}

/** A warning about a report, as a code of the message catalogue (src/messages) and its parameters. */
export type WarningCode = "empty" | "garbled" | "no-figures" | "no-body";

export interface ReportWarning {
  code: WarningCode;
  params?: Record<string, string | number>;
}

export interface ParseOptions {
  /** File name or label the text came from. */
  source?: string;
  /** China's administrative divisions (`loadGazetteer()`): bodies are its units, parents come from it. */
  gazetteer?: Gazetteer;
}
