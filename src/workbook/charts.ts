// Charts as plain data: where a chart sits, what kind it is and which cells its series read. Both writers
// draw from this (DrawingML parts in the .xlsx, worksheet.charts.add in the add-in). Pure.
import { columnLetter, sheetRef } from "./cells.ts";

export type ChartKind = "line" | "column" | "bar";

export interface ChartSeriesPlan {
  name: string;
  /** Absolute reference to the category cells (one row or one column), e.g. '历年趋势'!$F$1:$K$1. */
  categories: string;
  /** Absolute reference to the value cells, the same length as the categories. */
  values: string;
  /** What those cells hold when the plan is written, for readers that draw before they recalculate. */
  categoryCache: string[];
  valueCache: (number | null)[];
}

/** Cells a chart covers: its top-left cell (zero-based) and its size in columns and rows. */
export interface ChartAnchor {
  col: number;
  row: number;
  cols: number;
  rows: number;
}

export interface ChartPlan {
  /** Unique in the workbook: the add-in finds and replaces its chart by this name. */
  name: string;
  title: string;
  kind: ChartKind;
  anchor: ChartAnchor;
  series: ChartSeriesPlan[];
  /** Number format of the value axis. */
  numFmt: string;
}

/** Zero-based cell coordinates of a range on a sheet, as an absolute reference. */
export function absoluteRange(sheet: string, col1: number, row1: number, col2: number, row2: number): string {
  const cell = (c: number, r: number) => `$${columnLetter(c)}$${r + 1}`;
  return `${sheetRef(sheet)}!${cell(col1, row1)}:${cell(col2, row2)}`;
}
