// Parsed reports → WorkbookPlan. Pure: the plan decides every sheet, column, formula and format.
import type { Indicator, Report } from "../report/index.ts";
import type { CellValue, ColumnPlan, Lang, PivotPlan, SheetKey, SheetPlan, TablePlan, WorkbookPlan } from "./types.ts";
import { labelsFor, trendLabelsFor, type Labels } from "./labels.ts";
import { trendSheet } from "./trends.ts";
import { warningText } from "../messages/warnings.ts";
import { reasonText } from "../messages/reasons.ts";
import { columnLetter, safeText, sheetRef, splitForCells } from "./cells.ts";
import { headerStyle, NOTE_STYLE, PRINT_WIDE } from "./styles.ts";
import {
  applyCorrections,
  figuresOf,
  pairGoals,
  reportedResults,
  spansYears,
  type Correction,
  type Figure,
  type GoalPair,
  type Identity,
  type SynonymTable,
} from "../compare/index.ts";
import { col, INT, NUM, withKept, type KeptTable } from "./columns.ts";
import { goalsSheet, MANUAL_GOAL_ROWS, scopedName } from "./goals.ts";
import { correctionsSheet, CORRECTIONS_TABLE } from "./corrections.ts";
import { distinctReports } from "./distinct.ts";
import { synonymsSheet, SYNONYMS_TABLE } from "./synonyms.ts";

export { MANUAL_GOAL_ROWS };

export interface ParsedReport {
  report: Report;
  /** The text the report was parsed from (stored in the hidden 来源 sheet). */
  text: string;
}

export interface FailedReport {
  source: string;
  error: string;
}

export interface PlanOptions {
  lang?: Lang;
  /** Files that could not be read: listed in 报告 with their error. */
  failures?: readonly FailedReport[];
  /** The user's corrections (校正), applied before pairing and written back to the 校正 table. */
  corrections?: readonly Correction[];
  /** Rows of synonyms for indicator names (the user's, first word canonical), added to the built-in table and written to 同义词. */
  synonyms?: SynonymTable;
  /** What the workbook being rebuilt holds that the user owns (input cells, added columns, typed goals). */
  kept?: Partial<Record<SheetKey, KeptTable>>;
}

export const TABLE_NAMES = {
  indicators: "tblIndicators",
  goals: "tblGoals",
  reports: "tblReports",
  sources: "tblSources",
  corrections: CORRECTIONS_TABLE,
  synonyms: SYNONYMS_TABLE,
} as const;
export const PIVOT_NAME = "ptIndicators";
export const PIVOT_BY_BODY_NAME = "ptIndicatorsByBody";

/** Index of each column key, and its letter, in a table. */
function letters(columns: readonly ColumnPlan[]): Record<string, string> {
  return Object.fromEntries(columns.map((c, i) => [c.key, columnLetter(i)]));
}

/** The name two reports share for one indicator: the canonical name, else the name as written. */
export function comparisonName(r: Pick<Indicator, "canonical" | "name">): string {
  return r.canonical ?? r.name;
}

export function matchKey(
  body: string | null,
  year: number | null,
  name: string,
  measure: string,
  kind: string,
): string {
  return [body ?? "", year ?? "", name, measure, kind].join("|");
}

function indicatorColumns(l: Labels): ColumnPlan[] {
  return [
    col(l, "id", 30),
    col(l, "report", 24),
    col(l, "body", 12),
    col(l, "parent", 10),
    col(l, "year", 7, { numFmt: INT }),
    col(l, "period", 12),
    col(l, "section", 28),
    col(l, "name", 28),
    col(l, "canonical", 18),
    col(l, "measure", 7),
    col(l, "kind", 7),
    col(l, "value", 12, { numFmt: NUM }),
    col(l, "unit", 8),
    col(l, "stdValue", 14, { numFmt: NUM }),
    col(l, "stdUnit", 8),
    col(l, "qualifier", 7),
    col(l, "sentence", 60),
    col(l, "at", 8, { numFmt: INT }),
    col(l, "key", 36, { role: "formula" }),
    col(l, "why", 24),
    col(l, "category", 8),
    col(l, "pivotName", 24),
    col(l, "pivotValue", 14, { numFmt: NUM }),
    col(l, "pivotSpan", 12),
  ];
}

/** A figure's place in the pivot: its category, its row label (indicator and unit), the value summed, its span. */
export interface PivotEntry {
  category: string;
  name: string;
  value: number;
  /** One year, or the several years the figure covers (kept out of the year columns by the pivot's filter). */
  span: string;
}

function indicatorsSheet(
  rows: readonly Figure[],
  pivot: ReadonlyMap<Indicator, PivotEntry>,
  l: Labels,
  lang: Lang,
): { sheet: SheetPlan } {
  const columns = indicatorColumns(l);
  const c = letters(columns);
  const table: TablePlan = {
    name: TABLE_NAMES.indicators,
    style: "TableStyleMedium2",
    columns,
    rows: rows.map(({ report, record: r, body }, i) => {
      const n = i + 2;
      const key = matchKey(body, r.year, comparisonName(r), l.measure[r.measure], l.kind[r.kind]);
      const p = pivot.get(r);
      return [
        safeText(r.id),
        safeText(report.source),
        safeText(body),
        safeText(report.meta.parent),
        r.year,
        safeText(r.period),
        safeText(r.section.join(" / ")),
        safeText(r.name),
        safeText(r.canonical),
        l.measure[r.measure],
        l.kind[r.kind],
        r.value,
        safeText(r.unit),
        r.standard?.value ?? null,
        safeText(r.standard?.unit ?? ""),
        l.qualifier[r.qualifier],
        safeText(r.sentence),
        r.at,
        {
          formula: `${c.body}${n}&"|"&${c.year}${n}&"|"&IF(${c.canonical}${n}="",${c.name}${n},${c.canonical}${n})&"|"&${c.measure}${n}&"|"&${c.kind}${n}`,
          result: key,
        },
        safeText(reasonText(r.why, lang)),
        safeText(p?.category),
        safeText(p?.name),
        p?.value ?? null,
        safeText(p?.span),
      ];
    }),
  };
  return {
    sheet: {
      key: "indicators",
      name: l.sheets.indicators,
      hidden: false,
      tabColor: "1F4E79",
      headerStyle: headerStyle("1F4E79"),
      freeze: { rows: 1, columns: 0 },
      print: PRINT_WIDE,
      table,
      conditionalFormats: [],
    },
  };
}

function reportsSheet(
  parsed: readonly ParsedReport[],
  failures: readonly FailedReport[],
  repeated: ReadonlyMap<string, readonly string[]>,
  l: Labels,
  lang: Lang,
): SheetPlan {
  const columns = [
    col(l, "report", 24),
    col(l, "source", 28),
    col(l, "body", 12),
    col(l, "parent", 10),
    col(l, "reviewYear", 9, { numFmt: INT }),
    col(l, "planYear", 9, { numFmt: INT }),
    col(l, "published", 11),
    col(l, "title", 36),
    col(l, "actuals", 8, { numFmt: INT }),
    col(l, "targets", 8, { numFmt: INT }),
    col(l, "forecasts", 8, { numFmt: INT }),
    col(l, "records", 8, { numFmt: INT }),
    col(l, "warnings", 48),
  ];
  const count = (r: Report, kind: string) => r.indicators.filter((i) => i.kind === kind).length;
  const rows: CellValue[][] = parsed.map(({ report: r }) => [
    safeText(r.id),
    safeText(r.source),
    safeText(r.meta.body),
    safeText(r.meta.parent),
    r.meta.reviewYear,
    r.meta.planYear,
    r.meta.published,
    safeText(r.meta.title),
    count(r, "actual"),
    count(r, "target"),
    count(r, "forecast"),
    r.indicators.length,
    safeText(
      [
        ...r.warnings.map((w) => warningText(w, lang)),
        ...(repeated.get(r.id) ?? []).map((source) => l.repeatedReport.replace("{source}", source)),
      ].join(lang === "en" ? "; " : "；"),
    ),
  ]);
  for (const f of failures)
    rows.push([
      safeText(f.source),
      safeText(f.source),
      null,
      null,
      null,
      null,
      null,
      null,
      0,
      0,
      0,
      0,
      safeText(f.error),
    ]);
  return {
    key: "reports",
    name: l.sheets.reports,
    hidden: false,
    tabColor: "7F6000",
    headerStyle: headerStyle("7F6000"),
    freeze: { rows: 1, columns: 1 },
    table: { name: TABLE_NAMES.reports, style: "TableStyleLight9", columns, rows },
    conditionalFormats: [],
  };
}

function sourcesSheet(parsed: readonly ParsedReport[], l: Labels): SheetPlan {
  const columns = [col(l, "report", 24), col(l, "part", 6, { numFmt: INT }), col(l, "text", 80)];
  const rows: CellValue[][] = [];
  for (const { report, text } of parsed) {
    splitForCells(text).forEach((piece, k) => rows.push([safeText(report.id), k + 1, { text: piece }]));
  }
  return {
    key: "sources",
    name: l.sheets.sources,
    hidden: true,
    headerStyle: headerStyle(undefined),
    freeze: { rows: 1, columns: 0 },
    table: { name: TABLE_NAMES.sources, style: "TableStyleLight1", columns, rows },
    conditionalFormats: [],
  };
}

/** Year columns the pivot sheet is laid out for (a body's reports rarely span more). */
const PIVOT_YEAR_COLUMNS = 12;

/** Where the pivots open: the body with the most results, and the year in which the most bodies have results. */
interface PivotOpening {
  body: string | null;
  year: number | null;
}

/**
 * The two pivot views over 指标, each on its sheet (a pivot grows as it refreshes; two on one sheet could
 * overlap): indicator × year for one body, and indicator × body for one year; reported levels of canonical
 * indicators over one year by default. They share one pivot cache.
 */
function pivotSheets(ind: SheetPlan, opening: PivotOpening, l: Labels): SheetPlan[] {
  const filters = {
    category: l.pivotCategory.canonical,
    kind: l.kind.actual,
    measure: l.measure.level,
    pivotSpan: l.span.single,
  };
  const view = (
    key: SheetKey,
    name: string,
    note: string,
    pivot: Pick<PivotPlan, "name" | "columnFields" | "pageFields" | "pageSelection">,
  ): SheetPlan => ({
    key,
    name,
    hidden: false,
    tabColor: "C55A11",
    conditionalFormats: [],
    note,
    noteStyle: NOTE_STYLE,
    // Labels (indicator and unit) in A; a year (or body) per column after it, wide enough for 33,533,000 in 万元.
    columnWidths: [28, ...new Array<number>(PIVOT_YEAR_COLUMNS).fill(12)],
    print: PRINT_WIDE,
    pivot: {
      ...pivot,
      anchor: "A9",
      sourceSheet: ind.name,
      sourceTable: TABLE_NAMES.indicators,
      rowFields: ["pivotName"],
      dataField: { column: "pivotValue", caption: l.pivotData },
      grandTotals: false,
    },
  });
  return [
    view("pivot", l.sheets.pivot, l.pivotNote, {
      name: PIVOT_NAME,
      columnFields: ["year"],
      pageFields: ["body", "category", "kind", "measure", "pivotSpan"],
      pageSelection: { ...(opening.body === null ? {} : { body: opening.body }), ...filters },
    }),
    view("pivotByBody", l.sheets.pivotByBody, l.pivotByBodyNote, {
      name: PIVOT_BY_BODY_NAME,
      columnFields: ["body"],
      pageFields: ["year", "category", "kind", "measure", "pivotSpan"],
      pageSelection: { ...(opening.year === null ? {} : { year: String(opening.year) }), ...filters },
    }),
  ];
}

/**
 * The figures the pivot sums, one per cell: each body's reported result per indicator and year, and each goal's
 * target; labelled by indicator and unit (so no row mixes 家 with 万元), canonical indicators apart from the rest.
 */
function pivotEntries(figures: readonly Figure[], pairs: readonly GoalPair[], l: Labels, synonyms?: SynonymTable) {
  const entries = new Map<Indicator, PivotEntry>();
  const entry = (
    id: Pick<Identity, "canonical" | "unit" | "scopes" | "indicator" | "multiYear">,
    record: Indicator,
    value: number,
  ): PivotEntry => ({
    category: id.canonical === null ? l.pivotCategory.other : l.pivotCategory.canonical,
    name: `${scopedName(id, l)}（${id.unit}）`,
    value,
    span: !id.multiYear ? l.span.single : spansYears(record.period) ? record.period! : l.span.multi,
  });
  for (const r of reportedResults(figures, { synonyms, multiYear: true }))
    entries.set(r.figure.record, entry(r, r.figure.record, r.value));
  for (const p of pairs) {
    const t = p.target.record;
    if (t.year === null || p.target.body === null) continue;
    entries.set(t, entry(p.identity, t, t.standard?.value ?? t.value));
  }
  return entries;
}

/**
 * Where the pivots open, counting reported one-year levels of canonical indicators: the body with the most of
 * them, and the year in which the most bodies have some (the latest of equals).
 */
function pivotOpening(
  figures: readonly Figure[],
  entries: ReadonlyMap<Indicator, PivotEntry>,
  l: Labels,
): PivotOpening {
  const counts = new Map<string, number>();
  const bodiesOf = new Map<number, Set<string>>();
  for (const f of figures) {
    const e = entries.get(f.record);
    if (!e || f.body === null || f.record.kind !== "actual" || f.record.measure !== "level") continue;
    if (e.category !== l.pivotCategory.canonical || e.span !== l.span.single) continue;
    counts.set(f.body, (counts.get(f.body) ?? 0) + 1);
    if (f.record.year !== null) bodiesOf.set(f.record.year, (bodiesOf.get(f.record.year) ?? new Set()).add(f.body));
  }
  return {
    body: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))[0]?.[0] ?? null,
    year: [...bodiesOf].sort((a, b) => b[1].size - a[1].size || b[0] - a[0])[0]?.[0] ?? null,
  };
}

/** The comparison workbook for some parsed reports. */
export function planWorkbook(input: readonly ParsedReport[], options: PlanOptions = {}): WorkbookPlan {
  const lang = options.lang ?? "zh";
  const l = labelsFor(lang);
  const { parsed, repeated } = distinctReports(input);
  const original = figuresOf(parsed.map((p) => p.report));
  const corrections = options.corrections ?? [];
  const corrected = applyCorrections(original, corrections);
  const pairs = pairGoals(corrected.figures, { ...corrected.options, synonyms: options.synonyms });
  const entries = pivotEntries(corrected.figures, pairs, l, options.synonyms);
  const ind = indicatorsSheet(corrected.figures, entries, l, lang).sheet;
  ind.table = withKept(ind.table!, options.kept?.indicators, l);
  const goals = goalsSheet(
    pairs,
    { sheet: sheetRef(ind.name), letters: letters(ind.table.columns) },
    l,
    options.kept?.goals,
  );
  const records = new Map(original.map((f) => [f.record.id, f.record]));
  const trends = trendSheet(
    { reports: parsed.map((p) => p.report), figures: corrected.figures, pairs, synonyms: options.synonyms },
    ind,
    l,
    trendLabelsFor(lang),
  );
  const completion = trends.completion(goals.sheet.table!.columns.length + 1);
  if (completion.chart) goals.sheet.charts = [...(goals.sheet.charts ?? []), completion.chart];
  return {
    lang,
    sheets: [
      goals.sheet,
      trends.sheet,
      ind,
      ...pivotSheets(ind, pivotOpening(corrected.figures, entries, l), l),
      reportsSheet(parsed, options.failures ?? [], repeated, l, lang),
      sourcesSheet(parsed, l),
      correctionsSheet(corrections, records, l),
      synonymsSheet(options.synonyms ?? [], l),
      completion.sheet,
    ],
    summary: {
      reports: parsed.length,
      records: corrected.figures.length,
      targets: goals.targets,
      targetsMatched: goals.matched,
    },
  };
}
