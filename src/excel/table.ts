// One of Zhibiao's tables written into its sheet: the body in chunks (a new table is added over its data;
// an existing one grows as rows are written below it and shrinks as its surplus rows are deleted, both
// ExcelApi 1.1), then column formats and the header's style.
import type { CellStyle, TablePlan } from "../workbook/types.ts";
import { columnLetter } from "../workbook/cells.ts";
import { chunkRows, rowBytes, syncChunk } from "./chunks.ts";
import type { Layout } from "./merge.ts";
import type { Target } from "./sheets.ts";

/** Excel column width is in points; one character of the plan is about this many. */
export const POINTS_PER_CHAR = 6.5;

type Row = (string | number | boolean)[];

/** Number format of each formatted column (by position in the table), row by row. */
function formatColumns(t: TablePlan, layout: Layout, rows: number): { position: number; formats: string[] }[] {
  return t.columns
    .filter((c) => c.numFmt || t.rowNumFmts?.column === c.key)
    .map((c) => {
      const perRow = t.rowNumFmts?.column === c.key ? t.rowNumFmts.formats : [];
      const formats = Array.from({ length: rows }, (_, i) => perRow[i] ?? c.numFmt ?? "General");
      return { position: layout.position[c.key]!, formats };
    });
}

/** Writes the body (and, for a new table, the header) and the table's formats. */
export async function writeTable(
  context: Excel.RequestContext,
  target: Target,
  t: TablePlan,
  layout: Layout,
  rows: Row[],
  progress: (rowsDone: number) => void,
): Promise<void> {
  const { sheet } = target;
  const width = layout.header.length;
  const last = columnLetter(width - 1);
  const body = rows.length ? rows : [new Array<string>(width).fill("")];
  // Existing rows are overwritten in place; the rest go below the table, which grows with each chunk.
  let existing = 0;
  if (target.table) {
    const table = target.table;
    for (const header of layout.header.slice(target.header!.length)) table.columns.add(undefined, undefined, header);
    existing = Math.max(1, target.rowCount);
    if (body.length < existing) {
      sheet.getRange(`A${body.length + 2}:${last}${existing + 1}`).delete("Up");
      existing = body.length;
    }
  } else {
    sheet.getRange(`A1:${last}1`).values = [layout.header.map((h) => `'${h}`)];
  }
  const formats = formatColumns(t, layout, body.length);
  const formatBytes = (i: number) => formats.reduce((n, f) => n + f.formats[i]!.length + 40, 0);
  let written = 0;
  for (const [a, b] of chunkRows(body, undefined, undefined, (i) => rowBytes(body[i]!) + formatBytes(i), [existing])) {
    context.application.suspendApiCalculationUntilNextSync();
    sheet.getRange(`A${a + 2}:${last}${b + 1}`).formulas = body.slice(a, b);
    for (const f of formats) {
      const letter = columnLetter(f.position);
      sheet.getRange(`${letter}${a + 2}:${letter}${b + 1}`).numberFormat = f.formats.slice(a, b).map((x) => [x]);
    }
    await syncChunk(context);
    written += b - a;
    progress(written);
  }
  if (!target.table) {
    const table = sheet.tables.add(`A1:${last}${body.length + 1}`, true);
    table.name = t.name;
    table.style = t.style;
    target.table = table;
  }
  const n = body.length + 1;
  for (const c of t.columns) {
    const letter = columnLetter(layout.position[c.key]!);
    if (c.fill) sheet.getRange(`${letter}2:${letter}${n}`).format.fill.color = `#${c.fill}`;
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = c.width * POINTS_PER_CHAR;
  }
  if (target.plan.headerStyle) applyStyle(sheet.getRange(`A1:${last}1`), target.plan.headerStyle);
  for (const cf of target.plan.conditionalFormats) {
    const letter = columnLetter(layout.position[cf.column]!);
    const range = sheet.getRange(`${letter}2:${letter}${n}`);
    if (cf === target.plan.conditionalFormats.find((c) => c.column === cf.column)) range.conditionalFormats.clearAll();
    if (cf.type === "dataBar") {
      const bar = range.conditionalFormats.add("DataBar");
      bar.dataBar.positiveFormat.fillColor = `#${cf.color}`;
    } else {
      const rule = range.conditionalFormats.add("CellValue");
      rule.cellValue.format.fill.color = `#${cf.fill}`;
      rule.cellValue.format.font.color = `#${cf.font}`;
      rule.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
  await context.sync();
}

/** A plan style on a range. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.fill) range.format.fill.color = `#${style.fill}`;
  if (style.font) range.format.font.color = `#${style.font}`;
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
}
