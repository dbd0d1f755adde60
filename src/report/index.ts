// parseReport(text) → Report: the pure entry point shared by the CLI and the task pane.
import type { ParseOptions, Report, ReportWarning, SectionRole } from "./types.ts";
import { TextIndex, WordTrie, firstAtOrAfter } from "./text.ts";
import { findQuantities } from "./numbers.ts";
import { findSections, roleOfTitle } from "./sections.ts";
import { findMeta, findTitle } from "./meta.ts";
import { buildRecords } from "./records.ts";
import { ACTUAL_EVIDENCE, GARBLED_SIGNS, PLAN_EVIDENCE } from "./lexicon.ts";

export type * from "./types.ts";
export { REASON_CODES } from "./reasons.ts";

/** A passage is judged a plan only on more than one word of evidence. */
const MIN_PLAN_EVIDENCE = 2;

/** Result words first, then plan words: a word's index says which list it counts for. */
const EVIDENCE = WordTrie.prefixes([...ACTUAL_EVIDENCE, ...PLAN_EVIDENCE]);

/** How many words of result (已, 完成 …) and of plan (力争, 将 …) text[at, end) holds, from where the index saw their first characters. */
function countEvidence(text: string, index: TextIndex, at: number, end: number): [actual: number, plan: number] {
  const counts: [number, number] = [0, 0];
  const starts = index.cueStarts;
  let i = 0;
  const count = (word: number, length: number) => {
    if (i + length <= end) counts[word < ACTUAL_EVIDENCE.length ? 0 : 1]++;
  };
  for (let k = firstAtOrAfter(starts, at); k < starts.length && (i = starts[k]!) < end; k++)
    EVIDENCE.eachAt(text, i, count);
  return counts;
}

/** The report id: the file name without folders and extension. */
export function reportIdOf(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.(txt|html?|text)$/i, "") || "report";
}

export function parseReport(text: string, options: ParseOptions = {}): Report {
  const source = options.source ?? "report.txt";
  const id = reportIdOf(source);
  const index = new TextIndex(text);
  const norm = index.text;
  const title = findTitle(norm);
  const titleRole = roleOfTitle(title ?? "");
  // A passage without a role word is judged by what it says: results (已, 完成, 同比) or goals (力争, 将).
  const judge = (at: number, end: number): SectionRole => {
    if (titleRole === "review") return "review";
    const [actual, plan] = countEvidence(norm, index, at, end);
    if (actual === 0 && plan === 0) return titleRole === "plan" ? "plan" : "review";
    return plan >= MIN_PLAN_EVIDENCE && plan > actual * 1.5 ? "plan" : "review";
  };
  const sections = findSections(norm, index, judge);
  const firstHeading = sections.length ? sections[0]!.at : norm.length;
  const preambleRole = judge(0, firstHeading);
  // A report whose headings name no part (no 一、, no 回顾 or 计划) is one part, judged as a whole.
  const onePart = !sections.some((s) => s.level === 1 || roleOfTitle(s.title) !== null);
  const wholeRole = onePart ? judge(0, norm.length) : null;
  const hasRole = (role: SectionRole) =>
    wholeRole !== null ? wholeRole === role : sections.some((s) => s.role === role) || preambleRole === role;
  const meta = findMeta(norm, index, title, sections, hasRole, options.gazetteer);
  const quantities = findQuantities(norm, index);
  const indicators = buildRecords(
    {
      text: norm,
      original: text,
      index,
      reportId: id,
      sections,
      preambleRole,
      reviewYear: meta.reviewYear,
      planYear: meta.planYear,
    },
    quantities,
  );
  const warnings: ReportWarning[] = [];
  if (!text.trim()) warnings.push({ code: "empty" });
  else {
    if (GARBLED_SIGNS.some((g) => text.includes(g))) warnings.push({ code: "garbled" });
    if (!indicators.length) warnings.push({ code: "no-figures" });
    if (!meta.body) warnings.push({ code: "no-body" });
  }
  return { id, source, meta, sections, indicators, warnings, length: text.length };
}
