// Parsed reports → WorkbookPlan. Pure: the plan decides every sheet, column, formula and format.
import type { Indicator, Report } from "../report/index.ts";
import type { CellValue, ColumnPlan, Lang, SheetPlan, TablePlan, WorkbookPlan } from "./types.ts";
import { labelsFor, trendLabelsFor, type Labels } from "./labels.ts";
import { trendSheet } from "./trends.ts";
import { warningText } from "../messages/warnings.ts";
import { columnLetter, safeText, sheetRef, splitForCells, str } from "./cells.ts";
import { headerStyle, INPUT_FILL, NOTE_STYLE, PRINT_WIDE } from "./styles.ts";

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
}

export const TABLE_NAMES = {
  indicators: "tblIndicators",
  goals: "tblGoals",
  reports: "tblReports",
  sources: "tblSources",
} as const;
export const PIVOT_NAME = "ptIndicators";
/** Empty rows at the end of 目标对比 for goals typed by hand, with the same formulas. */
export const MANUAL_GOAL_ROWS = 10;

const NUM = "#,##0.####";
const INT = "0";

function col(labels: Labels, key: string, width: number, extra: Partial<ColumnPlan> = {}): ColumnPlan {
  return {
    key,
    header: labels.columns[key] ?? key,
    width,
    role: "data",
    ...(extra.role === "input" ? { fill: INPUT_FILL } : {}),
    ...extra,
  };
}

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
  ];
}

interface Row {
  report: Report;
  r: Indicator;
}

function indicatorsSheet(
  rows: readonly Row[],
  l: Labels,
): { sheet: SheetPlan; keys: string[]; values: (number | null)[] } {
  const columns = indicatorColumns(l);
  const c = letters(columns);
  const keys: string[] = [];
  const values: (number | null)[] = [];
  const table: TablePlan = {
    name: TABLE_NAMES.indicators,
    style: "TableStyleMedium2",
    columns,
    rows: rows.map(({ report, r }, i) => {
      const n = i + 2;
      const key = matchKey(report.meta.body, r.year, comparisonName(r), l.measure[r.measure], l.kind[r.kind]);
      keys.push(key);
      values.push(r.standard?.value ?? null);
      return [
        safeText(r.id),
        safeText(report.source),
        safeText(report.meta.body),
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
        safeText(r.why),
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
    keys,
    values,
  };
}

function goalColumns(l: Labels): ColumnPlan[] {
  return [
    col(l, "id", 30),
    col(l, "body", 12),
    col(l, "targetYear", 8, { numFmt: INT }),
    col(l, "name", 28),
    col(l, "canonical", 18),
    col(l, "measure", 7),
    col(l, "targetValue", 12, { numFmt: NUM }),
    col(l, "targetUnit", 8),
    col(l, "direction", 6),
    col(l, "previous", 12, { numFmt: NUM, role: "formula" }),
    col(l, "actual", 12, { numFmt: NUM, role: "formula" }),
    col(l, "actualSource", 12, { role: "formula" }),
    col(l, "manual", 12, { numFmt: NUM, role: "input" }),
    col(l, "completion", 12, { numFmt: "0.0%", role: "formula" }),
    col(l, "status", 9, { role: "formula" }),
    col(l, "notes", 24, { role: "input" }),
    col(l, "sentence", 60, { wrap: false }),
  ];
}

/** Formulas of one 目标对比 row: lookups into 指标 by match key, then completion and status. */
function goalFormulas(n: number, c: Record<string, string>, ind: string, indKey: string, indValue: string, l: Labels) {
  const name = `IF(${c.canonical}${n}="",${c.name}${n},${c.canonical}${n})`;
  const keyFor = (yearExpr: string, kind: string) =>
    `${c.body}${n}&"|"&${yearExpr}&"|"&${name}&"|"&${c.measure}${n}&"|${kind}"`;
  const keys = `${ind}!$${indKey}:$${indKey}`;
  const vals = `${ind}!$${indValue}:$${indValue}`;
  const lookup = (key: string) => `INDEX(${vals},MATCH(${key},${keys},0))`;
  const actualKey = keyFor(`${c.targetYear}${n}`, l.kind.actual);
  const forecastKey = keyFor(`${c.targetYear}${n}`, l.kind.forecast);
  const blank = `${c.name}${n}&${c.targetValue}${n}=""`;
  const isChange = `OR(${c.measure}${n}=${str(l.measure.yoy)},${c.measure}${n}=${str(l.measure.mom)})`;
  const actual = `${c.actual}${n}`;
  const target = `${c.targetValue}${n}`;
  return {
    previous: `IF(${blank},"",IFERROR(${lookup(keyFor(`(${c.targetYear}${n}-1)`, l.kind.actual))},""))`,
    actual: `IF(${blank},"",IFERROR(${lookup(actualKey)},IFERROR(${lookup(forecastKey)},IF(${c.manual}${n}="","",${c.manual}${n}))))`,
    actualSource: `IF(${blank},"",IF(ISNUMBER(MATCH(${actualKey},${keys},0)),${str(l.source.actual)},IF(ISNUMBER(MATCH(${forecastKey},${keys},0)),${str(l.source.preliminary)},IF(${c.manual}${n}="","",${str(l.source.manual)}))))`,
    completion: `IF(OR(${actual}="",${target}=""),"",IF(${isChange},${actual}-${target},IF(${target}=0,"",${actual}/${target})))`,
    status: `IF(${blank},"",IF(${actual}="",${str(l.status.pending)},IF(IF(${c.direction}${n}=${str(l.atMost)},${actual}<=${target},${actual}>=${target}),${str(l.status.met)},${str(l.status.missed)})))`,
  };
}

function goalsSheet(
  rows: readonly Row[],
  indicatorKeys: readonly string[],
  indicatorValues: readonly (number | null)[],
  ind: SheetPlan,
  l: Labels,
) {
  const columns = goalColumns(l);
  const c = letters(columns);
  const indLetters = letters(ind.table!.columns);
  const indName = sheetRef(ind.name);
  const firstValue = new Map<string, number | null>();
  indicatorKeys.forEach((k, i) => {
    if (!firstValue.has(k)) firstValue.set(k, indicatorValues[i] ?? null);
  });
  const targets = rows
    .filter(({ r }) => r.kind === "target")
    .sort(
      (a, b) =>
        (a.report.meta.body ?? "").localeCompare(b.report.meta.body ?? "", "zh") ||
        (a.r.year ?? 0) - (b.r.year ?? 0) ||
        a.report.id.localeCompare(b.report.id) ||
        a.r.at - b.r.at,
    );
  const completionFormats: (string | null)[] = [];
  let matched = 0;
  const tableRows: CellValue[][] = targets.map(({ report, r }, i) => {
    const n = i + 2;
    const f = goalFormulas(n, c, indName, indLetters.key!, indLetters.stdValue!, l);
    const body = report.meta.body;
    const cmp = comparisonName(r);
    const measure = l.measure[r.measure];
    const find = (year: number | null, kind: string) => firstValue.get(matchKey(body, year, cmp, measure, kind));
    const actual = find(r.year, l.kind.actual);
    const forecast = find(r.year, l.kind.forecast);
    const previous = r.year === null ? undefined : find(r.year - 1, l.kind.actual);
    const shown = actual ?? forecast ?? null;
    if (shown !== null) matched++;
    const target = r.standard?.value ?? null;
    const change = r.measure === "yoy" || r.measure === "mom";
    completionFormats.push(change ? '0.0#" pt"' : "0.0%");
    const completion =
      shown === null || target === null ? "" : change ? shown - target : target === 0 ? "" : shown / target;
    const atMost = r.qualifier === "at_most";
    const status =
      shown === null
        ? l.status.pending
        : (atMost ? shown <= target! : shown >= target!)
          ? l.status.met
          : l.status.missed;
    return [
      safeText(r.id),
      safeText(body),
      r.year,
      safeText(r.name),
      safeText(r.canonical),
      measure,
      target,
      safeText(r.standard?.unit ?? r.unit),
      atMost ? l.atMost : l.atLeast,
      { formula: f.previous, result: previous ?? "" },
      { formula: f.actual, result: shown ?? "" },
      {
        formula: f.actualSource,
        result: actual != null ? l.source.actual : forecast != null ? l.source.preliminary : "",
      },
      null,
      { formula: f.completion, result: completion },
      { formula: f.status, result: status },
      null,
      safeText(r.sentence),
    ];
  });
  for (let k = 0; k < MANUAL_GOAL_ROWS; k++) {
    const n = tableRows.length + 2;
    const f = goalFormulas(n, c, indName, indLetters.key!, indLetters.stdValue!, l);
    completionFormats.push(null);
    tableRows.push([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      l.atLeast,
      { formula: f.previous, result: "" },
      { formula: f.actual, result: "" },
      { formula: f.actualSource, result: "" },
      null,
      { formula: f.completion, result: "" },
      { formula: f.status, result: "" },
      null,
      null,
    ]);
  }
  const sheet: SheetPlan = {
    key: "goals",
    name: l.sheets.goals,
    hidden: false,
    print: PRINT_WIDE,
    tabColor: "548235",
    headerStyle: headerStyle("548235"),
    freeze: { rows: 1, columns: 4 },
    table: {
      name: TABLE_NAMES.goals,
      style: "TableStyleMedium7",
      columns,
      rows: tableRows,
      rowNumFmts: { column: "completion", formats: completionFormats },
    },
    conditionalFormats: [
      { type: "textEquals", column: "status", text: l.status.met, fill: "C6EFCE", font: "006100" },
      { type: "textEquals", column: "status", text: l.status.missed, fill: "FFC7CE", font: "9C0006" },
      { type: "textEquals", column: "status", text: l.status.pending, fill: "EDEDED", font: "595959" },
      { type: "dataBar", column: "completion", color: "5B9BD5" },
    ],
  };
  return { sheet, targets: targets.length, matched };
}

function reportsSheet(
  parsed: readonly ParsedReport[],
  failures: readonly FailedReport[],
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
    safeText(r.warnings.map((w) => warningText(w, lang)).join(lang === "en" ? "; " : "；")),
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

function pivotSheet(ind: SheetPlan, l: Labels): SheetPlan {
  return {
    key: "pivot",
    name: l.sheets.pivot,
    hidden: false,
    tabColor: "C55A11",
    conditionalFormats: [],
    note: l.pivotNote,
    noteStyle: NOTE_STYLE,
    pivot: {
      name: PIVOT_NAME,
      anchor: "A7",
      sourceSheet: ind.name,
      sourceTable: TABLE_NAMES.indicators,
      rowFields: ["canonical", "name"],
      columnFields: ["body"],
      pageFields: ["kind", "measure", "year"],
      pageSelection: { measure: l.measure.level },
      dataField: { column: "stdValue", caption: l.pivotData },
    },
  };
}

/** The comparison workbook for some parsed reports. */
export function planWorkbook(parsed: readonly ParsedReport[], options: PlanOptions = {}): WorkbookPlan {
  const lang = options.lang ?? "zh";
  const l = labelsFor(lang);
  const rows: Row[] = parsed.flatMap(({ report }) => report.indicators.map((r) => ({ report, r })));
  const ind = indicatorsSheet(rows, l);
  const goals = goalsSheet(rows, ind.keys, ind.values, ind.sheet, l);
  const trends = trendSheet(parsed, ind.sheet, l, trendLabelsFor(lang));
  const completion = trends.completionChart(goals.sheet.table!.columns.length + 1);
  if (completion) goals.sheet.charts = [...(goals.sheet.charts ?? []), completion];
  return {
    lang,
    sheets: [
      goals.sheet,
      trends.sheet,
      ind.sheet,
      pivotSheet(ind.sheet, l),
      reportsSheet(parsed, options.failures ?? [], l, lang),
      sourcesSheet(parsed, l),
    ],
    summary: { reports: parsed.length, records: rows.length, targets: goals.targets, targetsMatched: goals.matched },
  };
}
