// WorkbookPlan → .xlsx bytes with exceljs (Node and browser), then the pivot table parts added.
import ExcelJS from "exceljs";
import type {
  CellStyle,
  CellValue,
  ConditionalFormatPlan,
  PrintPlan,
  SheetPlan,
  WorkbookPlan,
} from "../workbook/types.ts";
import { columnLetter, isFormula, isText } from "../workbook/cells.ts";
import { conditionalRange } from "./data-bars.ts";
import { finishPackage } from "./package.ts";
import { templateRows } from "./table-body.ts";
import type { DeflateRaw } from "./zip.ts";

type ExcelValue = ExcelJS.CellValue;

function toExcel(v: CellValue): ExcelValue {
  if (isFormula(v)) return { formula: v.formula, result: v.result ?? undefined } as ExcelJS.CellFormulaValue;
  if (isText(v)) return v.text;
  return v;
}

const argb = (rgb: string) => `FF${rgb}`;
const solid = (rgb: string): ExcelJS.FillPattern => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});
const fontOf = (s: CellStyle): Partial<ExcelJS.Font> => ({
  ...(s.bold ? { bold: true } : {}),
  ...(s.italic ? { italic: true } : {}),
  ...(s.font ? { color: { argb: argb(s.font) } } : {}),
});
/** exceljs leaves out a column of this width without a style, and Excel then shows its own default (8.43). */
const EXCELJS_DEFAULT_WIDTH = 9;
/** OOXML paper size codes (ECMA-376 §18.3.1.64). */
const PAPER: Record<PrintPlan["paper"], number> = { A4: 9 };

/** The rule exceljs writes; data bars are written by the package step (see data-bars.ts). */
function textRule(cf: Extract<ConditionalFormatPlan, { type: "textEquals" }>, priority: number) {
  return {
    type: "cellIs" as const,
    operator: "equal" as const,
    priority,
    formulae: [`"${cf.text.replace(/"/g, '""')}"`],
    style: {
      fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(cf.fill) } },
      font: { color: { argb: argb(cf.font) } },
    },
  } satisfies ExcelJS.ConditionalFormattingRule;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  if (sheet.print)
    ws.pageSetup = {
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth > 0,
      fitToWidth: sheet.print.fitToWidth,
      fitToHeight: 0,
      paperSize: PAPER[sheet.print.paper],
    };
  // Whole columns, so rows added later print too; exceljs writes '$' before each end ($A:$N).
  if (sheet.print?.columns) ws.pageSetup.printArea = `A:${columnLetter(sheet.print.columns - 1)}`;
  if (sheet.print?.titleRows) ws.pageSetup.printTitlesRow = `1:${sheet.print.titleRows}`;
  if (sheet.note) {
    ws.getCell("A1").value = sheet.note;
    ws.getCell("A1").font = fontOf(sheet.noteStyle ?? {});
  }
  sheet.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const t = sheet.table;
  if (!t) return;
  // Column styles first: cells the table creates inherit them (one style per column, not per cell).
  ws.columns = t.columns.map((c) => ({
    key: c.key,
    width: c.width === EXCELJS_DEFAULT_WIDTH ? c.width + 1e-4 : c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      ...(c.fill ? { fill: solid(c.fill) } : {}),
    },
  }));
  ws.addTable({
    name: t.name,
    ref: "A1",
    headerRow: true,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    // Template rows only (the package step writes the full body); an empty table keeps one blank row.
    rows: t.rows.length ? templateRows(t).map((r) => t.rows[r]!.map(toExcel)) : [t.columns.map(() => null)],
  });
  const templates = templateRows(t);
  if (t.rowNumFmts) {
    const k = t.columns.findIndex((c) => c.key === t.rowNumFmts!.column);
    templates.forEach((r, i) => {
      const fmt = t.rowNumFmts!.formats[r];
      if (fmt) ws.getCell(i + 2, k + 1).numFmt = fmt;
    });
  }
  // Table styles are Excel's; an explicit header fill makes the header read the same in other engines.
  const style = sheet.headerStyle;
  if (style) {
    const header = ws.getRow(1);
    header.font = fontOf(style);
    if (style.fill) header.eachCell((cell) => (cell.fill = solid(style.fill!)));
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    if (cf.type === "textEquals")
      ws.addConditionalFormatting({ ref: conditionalRange(t, cf.column), rules: [textRule(cf, i + 1)] });
  });
}

export interface WriteOptions {
  /** The platform's raw deflate (node:zlib, CompressionStream); plain-JavaScript fflate when absent. */
  deflateRaw?: DeflateRaw;
}

/** The workbook as .xlsx bytes. Formulas carry their results; Excel recalculates everything on open. */
export async function writeXlsx(plan: WorkbookPlan, { deflateRaw }: WriteOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Zhibiao 指标";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  // exceljs stores its parts uncompressed; the package is compressed once, after the pivot parts are in.
  const bytes = new Uint8Array(
    await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions),
  );
  return finishPackage(bytes, plan, deflateRaw);
}
