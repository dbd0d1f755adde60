// The workbook's look, decided once for both writers (exceljs for .xlsx, Office.js for the open workbook).
import type { CellStyle, PrintPlan } from "./types.ts";

/** Header row: white bold text on the sheet's tab colour (table styles are Excel's; this reads the same elsewhere). */
export function headerStyle(tabColor: string | undefined): CellStyle {
  return { fill: tabColor ?? "44546A", font: "FFFFFF", bold: true };
}

/** Columns the user fills in (手工实际值, 备注): a light yellow fill. */
export const INPUT_FILL = "FFF2CC";

/** The line of guidance above the pivot. */
export const NOTE_STYLE: CellStyle = { italic: true, font: "595959" };

/** Wide tables print landscape on A4, one page wide, as many pages tall as needed. */
export const PRINT_WIDE: PrintPlan = { orientation: "landscape", fitToWidth: 1, paper: "A4" };
