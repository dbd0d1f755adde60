// The workbook's look, decided once for both writers (exceljs for .xlsx, Office.js for the open workbook).
import type { CellStyle, PrintPlan, SheetKey, SheetPlan, TablePlan } from "./types.ts";

/** Header row: white bold text on the sheet's tab colour (table styles are Excel's; this reads the same elsewhere). */
export function headerStyle(tabColor: string | undefined): CellStyle {
  return { fill: tabColor ?? "44546A", font: "FFFFFF", bold: true };
}

/** A sheet whose rows the user writes and the next build reads back (校正, 同义词): one look for all of them. */
const USER_SHEET_COLOR = "7030A0";
export function userSheet(
  key: SheetKey,
  name: string,
  frozenColumns: number,
  table: Pick<TablePlan, "name" | "columns" | "rows">,
): SheetPlan {
  return {
    key,
    name,
    hidden: false,
    tabColor: USER_SHEET_COLOR,
    headerStyle: headerStyle(USER_SHEET_COLOR),
    freeze: { rows: 1, columns: frozenColumns },
    table: { ...table, style: "TableStyleLight12" },
    conditionalFormats: [],
  };
}

/** Columns the user fills in (手工实际值, 备注): a light yellow fill. */
export const INPUT_FILL = "FFF2CC";

/** The line of guidance above the pivot. */
export const NOTE_STYLE: CellStyle = { italic: true, font: "595959" };

/** Wide tables print landscape on A4, one page wide, as many pages tall as needed. */
export const PRINT_WIDE: PrintPlan = { orientation: "landscape", fitToWidth: 1, paper: "A4" };

/** A4 landscape between Excel's default margins (0.7 inch each side), in pixels at 96 dpi. */
const A4_LANDSCAPE_PIXELS = (297 / 25.4 - 1.4) * 96;
/** Printed smaller than this, 11-point text falls under 8 points: the columns then print as many pages wide as they need. */
export const MIN_PRINT_SCALE = 0.75;

/** The scale at which columns of these widths (in characters) fill one A4 landscape width: Excel gives a column 7 pixels a character plus 5. */
export function printScale(widths: readonly number[]): number {
  return A4_LANDSCAPE_PIXELS / widths.reduce((px, w) => px + Math.trunc(w * 7 + 5), 0);
}

/** Landscape A4 for the first `widths.length` columns: one page wide if they stay readable so, else as wide as needed. */
export function printColumns(widths: readonly number[], titleRows: number): PrintPlan {
  const fitToWidth = printScale(widths) >= MIN_PRINT_SCALE ? 1 : 0;
  return { orientation: "landscape", paper: "A4", fitToWidth, columns: widths.length, titleRows };
}
