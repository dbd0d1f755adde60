// 历年趋势 (Trends): for each body, every canonical indicator's target, result, gap, completion and status by
// year, from the pairing's goal pairs and reported results (src/compare), with the parent's target beside the
// body's where the parent's reports are loaded, and charts of target vs result. Pure.
import { reportedResults, type Figure, type GoalPair, type SynonymTable } from "../compare/index.ts";
import type { Measure, Report } from "../report/index.ts";
import { absoluteRange, type ChartPlan, type ChartSeriesPlan } from "./charts.ts";
import { columnLetter, safeText, sheetRef, str } from "./cells.ts";
import type { Labels, TrendLabels } from "./labels.ts";
import type { CellValue, ColumnPlan, SheetPlan } from "./types.ts";
import { headerStyle, PRINT_WIDE } from "./styles.ts";
import { col, INT, NUM } from "./columns.ts";

export const TRENDS_TABLE = "tblTrends";
export const COMPLETION_TABLE = "tblCompletion";
/** Bars in the completion chart at most. */
const COMPLETION_BARS = 15;
const KEY_COLUMNS = ["body", "parent", "indicator", "measure", "unit", "line"] as const;
/** Charts per body and in all (each is a picture the reader looks at, not a catalogue). */
const CHARTS_PER_BODY = 4;
const CHARTS_IN_ALL = 12;
const CHART_SIZE = { cols: 8, rows: 15 };
const TAB_COLOR = "2F5597";
/** Measures a target is set in: a level or a change (ranks and the rest are no target to meet). */
const TRENDED: ReadonlySet<Measure> = new Set<Measure>(["level", "yoy", "mom"]);

/** What a year column holds for one indicator: the target and the result, with the figures they come from. */
interface YearCell {
  target: Figure | null;
  /** Other targets for the same year from other reports (a plan restated). */
  otherTargets: Figure[];
  result: Figure | null;
  preliminary: boolean;
  /** Results of the same year that other reports state differently (revisions). */
  otherResults: Figure[];
}

interface Group {
  body: string;
  parent: string | null;
  indicator: string;
  headline: number | null;
  measure: Measure;
  unit: string;
  years: Map<number, YearCell>;
}

const valueOf = (f: Figure) => f.record.standard?.value ?? f.record.value;
const groupKey = (body: string, indicator: string, measure: Measure, unit: string) =>
  [body, indicator, measure, unit].join("|");

/** What the plan has already worked out: the distinct reports, their (corrected) figures and the goal pairs. */
export interface TrendInput {
  reports: readonly Report[];
  figures: readonly Figure[];
  pairs: readonly GoalPair[];
  /** The user's synonym rows (同义词), so a result they name a standard indicator is trended too. */
  synonyms?: SynonymTable;
}

function groupsOf({ reports, figures, pairs, synonyms }: TrendInput): Group[] {
  const groups = new Map<string, Group>();
  const parentOf = new Map<string, string>();
  for (const r of reports) if (r.meta.body && r.meta.parent) parentOf.set(r.meta.body, r.meta.parent);
  const cell = (
    body: string,
    indicator: string,
    headline: number | null,
    measure: Measure,
    unit: string,
    y: number,
  ) => {
    const key = groupKey(body, indicator, measure, unit);
    let g = groups.get(key);
    if (!g) {
      g = { body, parent: parentOf.get(body) ?? null, indicator, headline, measure, unit, years: new Map() };
      groups.set(key, g);
    }
    let c = g.years.get(y);
    if (!c) {
      c = { target: null, otherTargets: [], result: null, preliminary: false, otherResults: [] };
      g.years.set(y, c);
    }
    return c;
  };
  for (const p of pairs) {
    const { target, identity } = p;
    if (!identity.canonical || !target.body || target.record.year === null || !TRENDED.has(target.record.measure))
      continue;
    const c = cell(
      target.body,
      identity.canonical,
      identity.headline,
      target.record.measure,
      identity.unit,
      target.record.year,
    );
    // The year's own plan (the report delivered that year) states its target; others restate or foresee it.
    const ownPlan = (f: Figure) => f.report.meta.planYear === f.record.year;
    if (!c.target) c.target = target;
    else if (ownPlan(target) && !ownPlan(c.target)) {
      c.otherTargets.push(c.target);
      c.target = target;
    } else if (valueOf(c.target) !== valueOf(target)) c.otherTargets.push(target);
    c.otherTargets = c.otherTargets.filter((f) => valueOf(f) !== valueOf(c.target!));
    if (p.actual && !c.result) setResult(c, p.actual, p.preliminary, p);
  }
  for (const r of reportedResults(figures, { canonicalOnly: true, synonyms })) {
    if (!TRENDED.has(r.measure)) continue;
    const c = cell(r.body, r.canonical!, r.headline, r.measure, r.unit, r.year);
    if (!c.result) setResult(c, r.figure, r.preliminary, null);
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.body.localeCompare(b.body, "zh") ||
      (a.headline ?? 999) - (b.headline ?? 999) ||
      a.indicator.localeCompare(b.indicator, "zh") ||
      a.measure.localeCompare(b.measure) ||
      a.unit.localeCompare(b.unit),
  );
}

function setResult(c: YearCell, result: Figure, preliminary: boolean, pair: GoalPair | null): void {
  c.result = result;
  c.preliminary = preliminary;
  c.otherResults = (pair?.disagreeing ?? []).filter((f) => valueOf(f) !== valueOf(result));
}

/** A figure's standard value, looked up live in 指标 by its record id. */
type Lookup = (f: Figure) => CellValue;

/** Which report said it: its file. */
const reportLabel = (f: Figure) => f.report.source;

export interface TrendSheet {
  sheet: SheetPlan;
  /**
   * Completion of the latest year's headline indicators: a hidden sheet of live lookups, one row per indicator
   * (contiguous cells, so Office.js can chart them too), and its bar chart, placed on 目标对比 at `anchorCol`.
   */
  completion: (anchorCol: number) => { sheet: SheetPlan; chart: ChartPlan | null };
}

/** The trend sheet: its table reads targets and results live from 指标 by record id. */
export function trendSheet(input: TrendInput, ind: SheetPlan, l: Labels, t: TrendLabels): TrendSheet {
  const groups = groupsOf(input);
  const years = [...new Set(groups.flatMap((g) => [...g.years.keys()]))].sort((a, b) => a - b);
  const indCols = ind.table!.columns;
  const letterOf = (key: string) => columnLetter(indCols.findIndex((c) => c.key === key));
  const indRef = sheetRef(ind.name);
  const lookup: Lookup = (f) => {
    if (f.record.standard === null) return f.record.value;
    const values = `${indRef}!$${letterOf("stdValue")}:$${letterOf("stdValue")}`;
    const ids = `${indRef}!$${letterOf("id")}:$${letterOf("id")}`;
    return {
      formula: `IFERROR(INDEX(${values},MATCH(${str(f.record.id)},${ids},0)),"")`,
      result: f.record.standard.value,
    };
  };
  const columns: ColumnPlan[] = [
    ...KEY_COLUMNS.map((key): ColumnPlan => ({
      key,
      header: t.columns[key],
      width: key === "indicator" ? 18 : 9,
      role: "data",
    })),
    ...years.map((y): ColumnPlan => ({ key: `y${y}`, header: String(y), width: 11, numFmt: NUM, role: "formula" })),
  ];
  const first = KEY_COLUMNS.length;
  const byKey = new Map(groups.map((g) => [groupKey(g.body, g.indicator, g.measure, g.unit), g]));
  const rows: CellValue[][] = [];
  const rowsOf = new Map<Group, Record<"target" | "result" | "completion", number>>();
  for (const g of groups) {
    const parentGroup = g.parent ? byKey.get(groupKey(g.parent, g.indicator, g.measure, g.unit)) : undefined;
    const hasParentTarget = !!parentGroup && [...parentGroup.years.values()].some((c) => c.target);
    const lines: (keyof TrendLabels["lines"])[] = [
      "target",
      ...(hasParentTarget ? (["parentTarget"] as const) : []),
      "result",
      "gap",
      "completion",
      "status",
      "notes",
    ];
    const at = Object.fromEntries(lines.map((line, i) => [line, rows.length + 2 + i])) as Record<string, number>;
    rowsOf.set(g, { target: at.target!, result: at.result!, completion: at.completion! });
    const change = g.measure === "yoy" || g.measure === "mom";
    for (const line of lines) {
      const cells = years.map((y, k): CellValue => {
        const c = g.years.get(y);
        const col = columnLetter(first + k);
        const tgt = `${col}${at.target}`;
        const res = `${col}${at.result}`;
        const shownTarget = c?.target ? valueOf(c.target) : null;
        const shownResult = c?.result ? valueOf(c.result) : null;
        const both = shownTarget !== null && shownResult !== null;
        switch (line) {
          case "target":
            return c?.target ? lookup(c.target) : null;
          case "parentTarget": {
            const pc = parentGroup?.years.get(y);
            return pc?.target ? lookup(pc.target) : null;
          }
          case "result":
            return c?.result ? lookup(c.result) : null;
          case "gap": {
            const formula = change
              ? `IF(OR(${tgt}="",${res}=""),"",TEXT(${res}-${tgt},"+0.0#;-0.0#;0")&${str(t.points)})`
              : `IF(OR(${tgt}="",${res}="",N(${tgt})=0),"",TEXT(${res}/${tgt}-1,"+0.0%;-0.0%;0.0%"))`;
            return { formula, result: both ? gapText(shownResult!, shownTarget!, change, t) : "" };
          }
          case "completion":
            return {
              formula: `IF(OR(${tgt}="",${res}="",N(${tgt})=0),"",${res}/${tgt}*100)`,
              result: both && shownTarget !== 0 ? (shownResult! / shownTarget!) * 100 : "",
            };
          case "status": {
            const atMost = c?.target?.record.qualifier === "at_most";
            const met = atMost ? `${res}<=${tgt}` : `${res}>=${tgt}`;
            const result =
              shownTarget === null
                ? ""
                : shownResult === null
                  ? l.status.pending
                  : (atMost ? shownResult <= shownTarget : shownResult >= shownTarget)
                    ? l.status.met
                    : l.status.missed;
            return {
              formula: `IF(${tgt}="","",IF(${res}="",${str(l.status.pending)},IF(${met},${str(l.status.met)},${str(l.status.missed)})))`,
              result,
            };
          }
          case "notes":
            return c ? safeText(notesOf(c, l, t)) : null;
        }
      });
      rows.push([
        safeText(g.body),
        safeText(g.parent),
        safeText(g.indicator),
        l.measure[g.measure],
        safeText(g.unit),
        t.lines[line],
        ...cells,
      ]);
    }
  }
  const sheetName = t.sheet;
  const yearHeaders = years.map(String);
  const lineValues = (g: Group, pick: (c: YearCell) => Figure | null) =>
    years.map((y) => {
      const f = g.years.get(y);
      const figure = f ? pick(f) : null;
      return figure ? valueOf(figure) : null;
    });
  // Each body's charts span its own years (高阳县 2017–2019 is not drawn over 保定市's 2020–2026).
  const bodyYears = new Map<string, number[]>();
  for (const g of groups) bodyYears.set(g.body, [...(bodyYears.get(g.body) ?? []), ...g.years.keys()]);
  const spanOf = (body: string) => {
    const own = bodyYears.get(body)!;
    return { from: years.indexOf(Math.min(...own)), to: years.indexOf(Math.max(...own)) };
  };
  const charts: ChartPlan[] = [];
  const perBody = new Map<string, number>();
  for (const g of groups) {
    if (g.headline === null || charts.length >= CHARTS_IN_ALL) continue;
    const stated = [...g.years.values()].filter((c) => c.target || c.result).length;
    if (stated < 2 || (perBody.get(g.body) ?? 0) >= CHARTS_PER_BODY) continue;
    perBody.set(g.body, (perBody.get(g.body) ?? 0) + 1);
    const at = rowsOf.get(g)!;
    const { from, to } = spanOf(g.body);
    const series = (name: string, row: number, values: (number | null)[]): ChartSeriesPlan => ({
      name,
      categories: absoluteRange(sheetName, first + from, 0, first + to, 0),
      values: absoluteRange(sheetName, first + from, row - 1, first + to, row - 1),
      categoryCache: yearHeaders.slice(from, to + 1),
      valueCache: values.slice(from, to + 1),
    });
    charts.push({
      name: `chtTrend${charts.length + 1}`,
      title: `${g.body} ${g.indicator}（${l.measure[g.measure]}, ${g.unit}）${t.trendChart}`,
      kind: "line",
      anchor: { col: columns.length + 1, row: 1 + charts.length * (CHART_SIZE.rows + 1), ...CHART_SIZE },
      series: [
        series(
          t.lines.target,
          at.target,
          lineValues(g, (c) => c.target),
        ),
        series(
          t.lines.result,
          at.result,
          lineValues(g, (c) => c.result),
        ),
      ],
      numFmt: "General",
    });
  }
  const sheet: SheetPlan = {
    key: "trends",
    name: sheetName,
    hidden: false,
    tabColor: TAB_COLOR,
    freeze: { rows: 1, columns: first },
    headerStyle: headerStyle(TAB_COLOR),
    print: PRINT_WIDE,
    table: { name: TRENDS_TABLE, style: "TableStyleLight15", columns, rows },
    conditionalFormats: [],
    charts,
  };
  const completion = (anchorCol: number) =>
    completionOf({ groups, years, lookup, l, t, trendSheet: sheetName }, anchorCol);
  return { sheet, completion };
}

interface CompletionInput {
  groups: readonly Group[];
  years: readonly number[];
  lookup: Lookup;
  l: Labels;
  t: TrendLabels;
  trendSheet: string;
}

/**
 * The latest year in which a headline indicator has a target and a result, for the body with most such
 * indicators then: a row per indicator (target and result looked up in 指标, completion = result ÷ target),
 * and a bar chart of that completion column.
 */
function completionOf(
  { groups, years, lookup, l, t }: CompletionInput,
  anchorCol: number,
): { sheet: SheetPlan; chart: ChartPlan | null } {
  const complete = (g: Group, y: number) => {
    const c = g.years.get(y);
    return !!c?.target && !!c.result && valueOf(c.target) !== 0;
  };
  const headline = groups.filter((g) => g.headline !== null);
  const latest = Math.max(...headline.flatMap((g) => years.filter((y) => complete(g, y))));
  const inLatest = Number.isFinite(latest) ? headline.filter((g) => complete(g, latest)) : [];
  const count = (body: string) => inLatest.filter((g) => g.body === body).length;
  const body = [...new Set(inLatest.map((g) => g.body))].sort((a, b) => count(b) - count(a))[0] ?? "";
  const shown = inLatest.filter((g) => g.body === body).slice(0, COMPLETION_BARS);
  const name = t.completionSheet;
  // Body, indicator (with its measure unless a level), year, target, result, completion (%).
  const columns: ColumnPlan[] = [
    col(l, "body", 10, { header: t.columns.body }),
    col(l, "indicator", 22, { header: t.columns.indicator }),
    col(l, "year", 7, { numFmt: INT }),
    col(l, "target", 12, { header: t.lines.target, numFmt: NUM, role: "formula" }),
    col(l, "result", 12, { header: t.lines.result, numFmt: NUM, role: "formula" }),
    col(l, "completion", 12, { header: t.lines.completion, numFmt: "0.0", role: "formula" }),
  ];
  const labels = shown.map((g) => (g.measure === "level" ? g.indicator : `${g.indicator}（${l.measure[g.measure]}）`));
  const completions = shown.map((g) => {
    const c = g.years.get(latest)!;
    return (valueOf(c.result!) / valueOf(c.target!)) * 100;
  });
  const rows: CellValue[][] = shown.map((g, i) => {
    const n = i + 2;
    const c = g.years.get(latest)!;
    return [
      safeText(g.body),
      safeText(labels[i]),
      latest,
      lookup(c.target!),
      lookup(c.result!),
      {
        formula: `IF(OR(D${n}="",E${n}="",N(D${n})=0),"",E${n}/D${n}*100)`,
        result: completions[i],
      },
    ];
  });
  const sheet: SheetPlan = {
    key: "completion",
    name,
    hidden: true,
    headerStyle: headerStyle(undefined),
    table: { name: COMPLETION_TABLE, style: "TableStyleLight1", columns, rows },
    conditionalFormats: [],
  };
  if (!shown.length) return { sheet, chart: null };
  const last = shown.length;
  return {
    sheet,
    chart: {
      name: "chtCompletion",
      title: `${latest} ${body} ${t.completionChart}`,
      kind: "bar",
      anchor: { col: anchorCol, row: 1, cols: 9, rows: Math.max(12, shown.length * 2 + 4) },
      series: [
        {
          name: t.lines.completion,
          categories: absoluteRange(name, 1, 1, 1, last),
          values: absoluteRange(name, 5, 1, 5, last),
          categoryCache: labels,
          valueCache: completions,
        },
      ],
      numFmt: "0",
    },
  };
}

function gapText(result: number, target: number, change: boolean, t: TrendLabels): string {
  const signed = (v: number, digits: number) => `${v > 0 ? "+" : ""}${Number(v.toFixed(digits))}`;
  if (change) return `${signed(result - target, 2)}${t.points}`;
  return target === 0 ? "" : `${signed((result / target - 1) * 100, 1)}%`;
}

function notesOf(c: YearCell, l: Labels, t: TrendLabels): string {
  const notes: string[] = [];
  const q = c.target?.record.qualifier;
  if (q && q !== "exact") notes.push(`${l.columns.qualifier}: ${l.qualifier[q]}`);
  if (c.preliminary) notes.push(l.source.preliminary);
  const said = (main: Figure | null, others: Figure[], line: string) => {
    if (!main || !others.length) return;
    const each = [main, ...others].map((f) => `${reportLabel(f)}: ${valueOf(f)}`).join(", ");
    notes.push(`${line} ${t.revised} (${each})`);
  };
  said(c.target, c.otherTargets, t.lines.target);
  said(c.result, c.otherResults, t.lines.result);
  return notes.join("; ");
}
