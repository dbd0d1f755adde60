// A table (rows of cells, spans expanded) → lines of text the parser reads. A statistical table has figures
// in its cells: each figure is written as a sentence with its row header as the name and its column header
// as the period (2023年：地区生产总值1234.5亿元。) or its change word (地区生产总值增长6%。). Any other table
// keeps its rows as lines, cells separated by " | ".
import { CHANGE_WORDS, UNITS, UNIT_SPELLING } from "../report/lexicon.ts";
import { EMPTY_CELLS, INDEX_HEADERS, PERIOD_WORDS, UNIT_CAPTION, UNIT_HEADERS, UNIT_SCALES } from "./lexicon.ts";

/** One cell as the document has it; `colSpan`/`rowSpan` ≥ 1; `mergedAbove` for a cell that continues the one above. */
export interface SourceCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  mergedAbove?: boolean;
}

/** Cells longer than this, or holding line breaks, make a layout table (a page laid out in a grid). */
const LAYOUT_CELL_CHARS = 100;
/** A figure with at most a few words around it: 1234.5, 6%, 增长6.2%, 1,200万元, 约30亿元. */
const FIGURE = /^[^\d\s]{0,4}[-+−]?\d[\d,，]*(?:\.\d+)?\s*[^\d\s]{0,6}$/;
const YEAR_LABEL = /^(?:19|20)\d\d\s*年/;
const PARENTHESISED = /\s*[（(]([^（）()]{1,12})[）)]\s*$/;

const UNIT_SET = new Set([...UNITS, ...Object.keys(UNIT_SPELLING)]);
const BY_LENGTH = [...UNIT_SET].sort((a, b) => b.length - a.length);

/** The unit a label names (亿元, %, 单位：万人), or null. */
export function unitNamed(label: string): string | null {
  const s = label.replace(UNIT_CAPTION, "").trim();
  if (UNIT_SET.has(s)) return s;
  const scale = UNIT_SCALES.find((w) => s.startsWith(w));
  return scale && UNIT_SET.has(s.slice(scale.length)) ? s : null;
}

/** Splits "地区生产总值（亿元）" into its label and unit. */
function labelAndUnit(header: string): { label: string; unit: string | null } {
  const m = PARENTHESISED.exec(header);
  const unit = m ? unitNamed(m[1]!) : null;
  return unit ? { label: header.slice(0, m!.index).trim(), unit } : { label: header.trim(), unit: null };
}

function isFigure(cell: string): boolean {
  return cell.length <= 24 && FIGURE.test(cell) && !YEAR_LABEL.test(cell);
}

function isEmpty(cell: string): boolean {
  return !cell || EMPTY_CELLS.includes(cell);
}

function endsWithUnit(cell: string): boolean {
  return BY_LENGTH.some((u) => cell.endsWith(u));
}

function hasChangeWord(s: string): boolean {
  return CHANGE_WORDS.some(([w]) => s.includes(w));
}

function isPeriodLabel(s: string): boolean {
  return YEAR_LABEL.test(s) || PERIOD_WORDS.some((w) => s.includes(w));
}

/** Rows with spans expanded: every row as wide as the widest, a spanned cell's text in each slot it covers. */
export function expandSpans(rows: readonly (readonly SourceCell[])[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const out = grid[r]!;
    let col = 0;
    for (const cell of row) {
      while (out[col] !== undefined) col++;
      const text = cell.mergedAbove ? (grid[r - 1]?.[col] ?? "") : cell.text.trim();
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < rowSpan && r + dr < grid.length; dr++)
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![col + dc] = text;
      col += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? ""));
}

interface Layout {
  headerRows: number;
  nameCols: number[];
  unitCol: number;
  indexCol: number;
  firstValueCol: number;
}

function layoutOf(grid: string[][]): Layout | null {
  const width = grid[0]?.length ?? 0;
  if (grid.length < 2 || width < 2) return null;
  if (grid.some((row) => row.some((c) => c.includes("\n") || c.length > LAYOUT_CELL_CHARS))) return null;
  let headerRows = 1;
  while (headerRows < grid.length - 1 && grid[headerRows]!.slice(1).every((c) => !isFigure(c))) headerRows++;
  const header = (k: number) => grid[headerRows - 1]![k]!;
  const data = grid.slice(headerRows);
  const unitCol = grid[0]!.findIndex((c, k) => k > 0 && UNIT_HEADERS.includes(c.replace(/\s/g, "")));
  const indexCol = INDEX_HEADERS.includes(grid[0]![0]!.replace(/\s/g, "")) ? 0 : -1;
  let firstValueCol = -1;
  for (let k = 1; k < width && firstValueCol < 0; k++)
    if (k !== unitCol && data.some((row) => isFigure(row[k]!))) firstValueCol = k;
  if (firstValueCol < 0) return null;
  const valueCells = data.flatMap((row) => row.slice(firstValueCol).filter((_, k) => k + firstValueCol !== unitCol));
  const figures = valueCells.filter((c) => isFigure(c) || isEmpty(c)).length;
  if (figures < valueCells.length / 2) return null;
  const nameCols: number[] = [];
  for (let k = 0; k < firstValueCol; k++) if (k !== indexCol && k !== unitCol) nameCols.push(k);
  if (!nameCols.length && !header(0)) return null;
  return { headerRows, nameCols, unitCol, indexCol, firstValueCol };
}

/** The column's header: distinct texts of the header rows, top down. */
function columnHeader(grid: string[][], headerRows: number, col: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerRows; r++) {
    const t = grid[r]![col]!;
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join("");
}

function figureSentence(period: string, name: string, change: string, cell: string, unit: string | null): string {
  const value = unit && !endsWithUnit(cell) ? cell + unit : cell;
  return `${period ? period + "：" : ""}${name}${change}${value}。`;
}

/** A column label that is only a change word (增速, 同比增长, 比上年增长): the change of the column before it. */
function isChangeOnly(label: string): boolean {
  return label.length <= 6 && hasChangeWord(label);
}

/**
 * A figure's sentence from its row label and column label, whichever of them names the period; in a table
 * of years by indicators a change column (增速) speaks of the indicator in the column before it (`subject`).
 */
function sentenceOf(rowLabel: string, colLabel: string, subject: string, cell: string, unit: string | null): string {
  if (isPeriodLabel(rowLabel) && !isPeriodLabel(colLabel)) {
    return isChangeOnly(colLabel) && !hasChangeWord(cell)
      ? figureSentence(rowLabel, subject, colLabel, cell, unit)
      : figureSentence(rowLabel, colLabel, "", cell, unit);
  }
  const change = CHANGE_WORDS.map(([w]) => colLabel.indexOf(w)).filter((k) => k >= 0);
  if (change.length && !hasChangeWord(cell)) {
    const at = Math.min(...change);
    return figureSentence(colLabel.slice(0, at), rowLabel, colLabel.slice(at), cell, unit);
  }
  return figureSentence(colLabel, rowLabel, "", cell, unit);
}

/** The lines of a table; `caption` is the paragraph before it (it may give the unit: 单位：万元). */
export function tableLines(rows: readonly (readonly SourceCell[])[], caption = ""): string[] {
  let grid = expandSpans(rows).filter((row) => row.some((c) => c));
  let tableUnit = UNIT_CAPTION.test(caption.trim()) ? unitNamed(caption.trim()) : null;
  const lines: string[] = [];
  // A first row with one text across it is the table's title (or its unit line).
  while (grid.length && new Set(grid[0]!.filter((c) => c)).size === 1 && grid[0]!.length > 1) {
    const title = grid[0]!.find((c) => c)!;
    const unit = unitNamed(title) ?? unitNamed(title.split(/\s+/).pop() ?? "");
    if (unit) tableUnit = unit;
    lines.push(title);
    grid = grid.slice(1);
  }
  const layout = layoutOf(grid);
  if (!layout) return [...lines, ...plainLines(grid)];
  const { headerRows, nameCols, unitCol, firstValueCol } = layout;
  for (const row of grid.slice(0, headerRows)) lines.push(dedupe(row).join(" | "));
  const columns = grid[0]!.map((_, k) => labelAndUnit(columnHeader(grid, headerRows, k)));
  for (const row of grid.slice(headerRows)) {
    const named = labelAndUnit(dedupe(nameCols.map((k) => row[k]!)).join(""));
    const rowUnit = (unitCol >= 0 ? unitNamed(row[unitCol]!) : null) ?? named.unit;
    const sentences: string[] = [];
    for (let k = firstValueCol; k < row.length; k++) {
      const cell = row[k]!;
      if (
        k === unitCol ||
        isEmpty(cell) ||
        (k > 0 && cell === row[k - 1] && columns[k]!.label === columns[k - 1]!.label)
      )
        continue;
      // A unit in the column's header (增长（%）) is more particular than the row's (收入（元）).
      const unit = columns[k]!.unit ?? rowUnit ?? tableUnit;
      const subject = [...columns.slice(0, k)].reverse().find((c) => c.label && !isChangeOnly(c.label))?.label ?? "";
      if (isFigure(cell)) sentences.push(sentenceOf(named.label, columns[k]!.label, subject, cell, unit));
      else sentences.push(`${columns[k]!.label ? columns[k]!.label + "：" : ""}${cell}。`);
    }
    lines.push(sentences.length ? sentences.join("") : named.label);
  }
  return lines.filter((l) => l);
}

/** Consecutive repeats (a spanned cell) once. */
function dedupe(cells: readonly string[]): string[] {
  return cells.filter((c, k) => c && c !== cells[k - 1]);
}

function plainLines(grid: string[][]): string[] {
  const layout = grid.some((row) => row.some((c) => c.includes("\n") || c.length > LAYOUT_CELL_CHARS));
  if (layout) return grid.flatMap((row) => dedupe(row).flatMap((c) => c.split("\n")));
  return grid.map((row) => dedupe(row).join(" | "));
}
