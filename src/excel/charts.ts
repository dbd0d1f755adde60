// The plan's charts drawn with Office.js: worksheet.charts.add (ExcelApi 1.1) from the first series' cells, then
// each series set to the plan's ranges (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7). Every series of
// the plan reads one row or one column of one sheet. A chart of the same name is replaced.
import type { ChartKind, ChartPlan } from "../workbook/charts.ts";
import { columnLetter } from "../workbook/cells.ts";
import type { Target } from "./sheets.ts";

const CHART_TYPE: Record<ChartKind, Excel.ChartType> = {
  line: "Line" as Excel.ChartType.line,
  column: "ColumnClustered" as Excel.ChartType.columnClustered,
  bar: "BarClustered" as Excel.ChartType.barClustered,
};

/** A reference of the plan ('历年趋势'!$F$1:$K$1) as its sheet and address. */
export function splitReference(ref: string): { sheet: string; address: string } {
  const m = /^'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(ref);
  if (!m) throw new Error(`a chart reads one range of one sheet, not ${ref}`);
  return { sheet: m[1]!.replace(/''/g, "'"), address: m[2]!.replace(/\$/g, "") };
}

/** Draws `target`'s charts; `sheetName` gives the name a plan sheet has in the workbook. Returns the charts drawn. */
export async function applyCharts(
  context: Excel.RequestContext,
  target: Target,
  sheetName: (planName: string) => string,
): Promise<string[]> {
  const charts = target.plan.charts ?? [];
  if (!charts.length) return [];
  const existing = charts.map((c) => target.sheet.charts.getItemOrNullObject(c.name));
  await context.sync();
  for (const old of existing) if (!old.isNullObject) old.delete();
  for (const c of charts) drawChart(context, target, c, sheetName);
  await context.sync();
  return charts.map((c) => c.name);
}

function drawChart(
  context: Excel.RequestContext,
  target: Target,
  c: ChartPlan,
  sheetName: (planName: string) => string,
): void {
  const range = (ref: string) => {
    const r = splitReference(ref);
    return context.workbook.worksheets.getItem(sheetName(r.sheet)).getRange(r.address);
  };
  // Added from the first series' cells, a row (trends by year) or a column (completion by indicator): one series.
  const [from, to = from] = splitReference(c.series[0]!.values).address.split(":");
  const seriesBy = (/\d+$/.exec(from!)![0] === /\d+$/.exec(to!)![0] ? "Rows" : "Columns") as Excel.ChartSeriesBy;
  const chart = target.sheet.charts.add(CHART_TYPE[c.kind], range(c.series[0]!.values), seriesBy);
  chart.name = c.name;
  chart.title.text = c.title;
  const { col, row, cols, rows } = c.anchor;
  chart.setPosition(`${columnLetter(col)}${row + 1}`, `${columnLetter(col + cols - 1)}${row + rows}`);
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(range(s.values));
    series.setXAxisValues(range(s.categories));
  });
}
