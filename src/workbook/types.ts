import type { ChartPlan } from "./charts.ts";

// WorkbookPlan: everything the comparison workbook holds, as plain data. Both writers (exceljs for an
// .xlsx file, Office.js for the open workbook) follow it, so adding a column is one change here.

/** A formula with the result the plan already knows (so readers that do not recalculate show it). */
export interface FormulaCell {
  formula: string;
  result?: number | string | null;
}

/** Text from a report that must stay text even when it looks like a formula (=, +, -, @, tab). */
export interface TextCell {
  text: string;
}

export type CellValue = string | number | boolean | null | FormulaCell | TextCell;

export type ColumnRole = "data" | "formula" | "input";

export interface ColumnPlan {
  /** Stable key, the same in every language: used to find user columns and to build formulas. */
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  numFmt?: string;
  /** `input` columns are the user's: a refresh keeps what was typed in them, by record id. */
  role: ColumnRole;
  /** Fill (RGB hex) of the column's body cells. */
  fill?: string;
  wrap?: boolean;
}

export interface TablePlan {
  name: string;
  style: string;
  columns: ColumnPlan[];
  rows: CellValue[][];
  /** Per-row number format overrides for one column (e.g. completion: % for levels, points for changes). */
  rowNumFmts?: { column: string; formats: (string | null)[] };
}

export type ConditionalFormatPlan =
  | { type: "textEquals"; column: string; text: string; fill: string; font: string }
  | { type: "dataBar"; column: string; color: string };

export interface PivotPlan {
  name: string;
  /** Name of the pivot's own sheet and the top-left cell of its report. */
  anchor: string;
  sourceSheet: string;
  sourceTable: string;
  rowFields: string[];
  columnFields: string[];
  pageFields: string[];
  /** Items selected in page filters when the pivot opens (so levels are not summed with growth rates). */
  pageSelection: Record<string, string>;
  dataField: { column: string; caption: string };
  /** Totals across rows and columns; off where they would add up different indicators or years. */
  grandTotals?: boolean;
}

export type SheetKey =
  | "indicators"
  | "goals"
  | "trends"
  | "completion"
  | "pivot"
  | "pivotByBody"
  | "reports"
  | "sources"
  | "corrections"
  | "synonyms";

export interface SheetPlan {
  key: SheetKey;
  name: string;
  hidden: boolean;
  tabColor?: string;
  /** Rows and columns frozen at the top left. */
  freeze?: { rows: number; columns: number };
  table?: TablePlan;
  conditionalFormats: ConditionalFormatPlan[];
  pivot?: PivotPlan;
  /** How the sheet prints. */
  print?: PrintPlan;
  /** Style of the table's header row. */
  headerStyle?: CellStyle;
  /** A line of guidance written above a pivot (the only sheet without a table at A1), and its style. */
  note?: string;
  noteStyle?: CellStyle;
  /** Widths in characters of the first columns of a sheet without a table at A1 (the pivot's labels and values). */
  columnWidths?: number[];
  /** Charts drawn on the sheet. */
  charts?: ChartPlan[];
}

/** A cell's look; colours are RGB hex without #. */
export interface CellStyle {
  fill?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  /** Pages wide (0: as many as needed); the height is as many pages as needed. */
  fitToWidth: number;
  paper: "A4";
  /** Only the first `columns` columns are printed (the technical ones after them stay on screen). */
  columns?: number;
  /** Rows repeated at the top of every page (the header). */
  titleRows?: number;
}

export interface WorkbookPlan {
  lang: Lang;
  sheets: SheetPlan[];
  summary: { reports: number; records: number; targets: number; targetsMatched: number };
}

export type Lang = "zh" | "en";
