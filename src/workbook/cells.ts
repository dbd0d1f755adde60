// Cell-level rules of Excel that the plan respects: column letters, formula-safe text, cell size.
import type { CellValue, TextCell } from "./types.ts";

/** Excel's limit is 32,767 characters a cell; source text is split below it. */
export const CELL_TEXT_LIMIT = 32_000;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Text that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is marked to stay text. */
export function safeText(s: string | null | undefined): CellValue {
  if (s === null || s === undefined || s === "") return s ?? null;
  return /^[=+\-@\t\r]/.test(s) ? ({ text: s } satisfies TextCell) : s;
}

/** Splits text into pieces of at most `limit` UTF-16 units without cutting a surrogate pair. */
export function splitForCells(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + limit);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}

/** A sheet name quoted for use in a formula: '目标对比'!A1. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not blank. */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

/** A formula string literal. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function isFormula(v: CellValue): v is { formula: string; result?: number | string | null } {
  return typeof v === "object" && v !== null && "formula" in v;
}

export function isText(v: CellValue): v is TextCell {
  return typeof v === "object" && v !== null && "text" in v;
}

/** The value a cell shows: a formula's result, a marked text's text. */
export function shownValue(v: CellValue): string | number | boolean | null {
  if (isFormula(v)) return v.result ?? null;
  if (isText(v)) return v.text;
  return v;
}
