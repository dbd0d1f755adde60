// The workbook a build replaces, read back with exceljs so the rebuild keeps what the user did in it:
// 手工实际值, 备注, added columns and typed goals by record id, and the 校正 table.
import { stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { carriedFrom, type Carried, type RawTable } from "../workbook/carry.ts";

type Plain = string | number | boolean | null;

/** A cell as the user sees it: a formula's result, rich text's text, a date as ISO text. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("result" in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v) return String(v.text);
  return null;
}

/** Every table of the workbook that starts at A1, with the rows below it (typed past the table's end too). */
function tablesOf(wb: ExcelJS.Workbook): Map<string, RawTable> {
  const out = new Map<string, RawTable>();
  for (const ws of wb.worksheets) {
    const names = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
    if (names.length !== 1) continue;
    const width = ws.getRow(1).cellCount;
    const header = Array.from({ length: width }, (_, c) => String(plain(ws.getCell(1, c + 1).value) ?? ""));
    const rows: Plain[][] = [];
    for (let r = 2; r <= ws.rowCount; r++) rows.push(header.map((_, c) => plain(ws.getCell(r, c + 1).value)));
    out.set(names[0]!, { header, rows });
  }
  return out;
}

/** What the existing workbook at `path` carries over, or null when there is none (or it is no workbook). */
export async function readCarried(path: string): Promise<Carried | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    return null;
  }
  return carriedFrom(tablesOf(wb));
}
