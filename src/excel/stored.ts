// The reports a workbook carries, for 刷新: texts from the hidden 来源 sheet, file names from 报告. Both
// tables are found by name wherever they are (either sheet may have been deleted), and read in chunks.
import { CELL_TEXT_LIMIT } from "../workbook/cells.ts";
import { TABLE_NAMES } from "../workbook/plan.ts";
import { readColumns, type Cell } from "./read.ts";

export interface StoredReport {
  id: string;
  source: string;
  text: string;
}

/** The body of a table, columns [0, columns), read in chunks; [] when the table is not there. */
async function readTable(
  context: Excel.RequestContext,
  name: string,
  columns: number,
  rowBytes: number,
): Promise<Cell[][]> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) return [];
  const body = table.getDataBodyRange().load("rowCount");
  const sheet = table.worksheet;
  const header = table.getHeaderRowRange().load("rowIndex,columnIndex");
  await context.sync();
  const rows = await readColumns(context, {
    sheet,
    columns: Array.from({ length: columns }, (_, k) => header.columnIndex + k),
    firstRow: header.rowIndex + 2,
    rows: body.rowCount,
    rowBytes,
    what: "values",
  });
  return rows;
}

/** A cell of 来源's text column holds at most CELL_TEXT_LIMIT characters, 3 bytes each in UTF-8 JSON. */
const SOURCE_ROW_BYTES = CELL_TEXT_LIMIT * 3 + 256;
const REPORT_ROW_BYTES = 2 * 1024;

export async function readStoredReports(context: Excel.RequestContext): Promise<StoredReport[]> {
  const texts = await readTable(context, TABLE_NAMES.sources, 3, SOURCE_ROW_BYTES);
  if (!texts.length) return [];
  const reports = await readTable(context, TABLE_NAMES.reports, 2, REPORT_ROW_BYTES);
  const names = new Map(reports.map((r) => [String(r[0]), String(r[1])]));
  const parts = new Map<string, { part: number; text: string }[]>();
  for (const [id, part, text] of texts) {
    if (id === "" || id === null || id === undefined) continue;
    const list = parts.get(String(id)) ?? [];
    list.push({ part: Number(part), text: String(text) });
    parts.set(String(id), list);
  }
  return [...parts].map(([id, list]) => ({
    id,
    source: names.get(id) ?? `${id}.txt`,
    text: list
      .sort((a, b) => a.part - b.part)
      .map((p) => p.text)
      .join(""),
  }));
}
