// Refresh without losing what the user typed (pure): the plan's rows laid out in the table's actual
// column order, with the user's cells (input columns, columns the user added) attached by record id,
// hand-typed goal rows kept, and formulas re-addressed to where their columns and rows really are.
import type { CellValue, TablePlan } from "../workbook/types.ts";
import { columnLetter, isFormula, isText } from "../workbook/cells.ts";
import { labelsFor } from "../workbook/labels.ts";
import { rewriteRefs } from "./refs.ts";

/** What a table already holds in the workbook: its header and, per row, the cells that matter. */
export interface ExistingTable {
  header: string[];
  /** Row-major cells as `formulas` (constants or =formulas), only for the columns listed in `read`. */
  rows: (string | number | boolean)[][];
  /** Indexes (into `header`) of the columns present in `rows`, in order. */
  read: number[];
}

/** Where each plan column and each user column stand in the table. */
export interface Layout {
  header: string[];
  /** plan column key → index in header. */
  position: Record<string, number>;
  /** Indexes of columns that are not the plan's (added by the user). */
  userColumns: number[];
}

/** The headers a plan column may have in a workbook: its own and its header in every display language. */
export function headersOf(key: string, header: string): Set<string> {
  return new Set([header, ...(["zh", "en"] as const).map((lang) => labelsFor(lang).columns[key] ?? key)]);
}

/** The table's columns as they are (a column is the plan's under any language's header), plus those missing. */
export function layoutOf(plan: TablePlan, existingHeader: readonly string[] | null): Layout {
  const header = existingHeader ? [...existingHeader] : plan.columns.map((c) => c.header);
  const position: Record<string, number> = {};
  const ours = new Set<number>();
  for (const c of plan.columns) {
    const names = headersOf(c.key, c.header);
    let k = header.findIndex((h, i) => names.has(h) && !ours.has(i));
    if (k < 0) k = header.push(c.header) - 1;
    position[c.key] = k;
    ours.add(k);
  }
  return { header, position, userColumns: header.map((_, k) => (ours.has(k) ? -1 : k)).filter((k) => k >= 0) };
}

/** Columns a refresh must read back: the id, the user's input columns and columns the user added. */
export function columnsToRead(plan: TablePlan, layout: Layout, wholeRows: boolean): number[] {
  if (wholeRows) return layout.header.map((_, k) => k);
  const keys = plan.columns.filter((c) => c.key === "id" || c.role === "input").map((c) => layout.position[c.key]!);
  return [...new Set([...keys, ...layout.userColumns])].sort((a, b) => a - b);
}

/** A formula of the plan, moved to the table's real columns, real sheet names and real row. */
export type Readdress = (formula: string, rowShift: number) => string;

/** Builds the re-addressing for formulas: column letters per sheet, sheet names as they are in the workbook. */
export function readdressing(
  sheets: ReadonlyMap<string, { actualName: string; plan: TablePlan; layout: Layout }>,
  ownSheet: string,
): Readdress {
  const letterMaps = new Map<string, Map<string, string>>();
  for (const [name, s] of sheets) {
    const m = new Map<string, string>();
    s.plan.columns.forEach((c, k) => m.set(columnLetter(k), columnLetter(s.layout.position[c.key]!)));
    letterMaps.set(name, m);
  }
  // Nothing to rewrite when every table is where the plan put it and the row did not move.
  const inPlace = [...sheets].every(
    ([name, s]) => s.actualName === name && s.plan.columns.every((c, k) => s.layout.position[c.key] === k),
  );
  return (formula, rowShift) =>
    inPlace && rowShift === 0
      ? formula
      : rewriteRefs(formula, (sheet, column, row) => {
          const planSheet = sheet ?? ownSheet;
          const column2 = letterMaps.get(planSheet)?.get(column) ?? column;
          const target = sheets.get(planSheet);
          return {
            sheet: sheet === null ? null : (target?.actualName ?? sheet),
            column: column2,
            row: row === null ? null : sheet === null ? row + rowShift : row,
          };
        });
}

/**
 * A plan cell as Office.js `formulas` input: =formula, a constant, or text behind an apostrophe — Excel
 * converts unmarked text that looks like a number or date ("2024", "2024-01-05"), and the apostrophe is not
 * part of the value.
 */
export function toFormulaInput(v: CellValue, readdress: Readdress, rowShift: number): string | number | boolean {
  if (v === null || v === undefined || v === "") return "";
  if (isFormula(v)) return `=${readdress(v.formula, rowShift)}`;
  if (isText(v)) return `'${v.text}`;
  if (typeof v === "string") return `'${v}`;
  return v;
}

export interface MergeInput {
  plan: TablePlan;
  layout: Layout;
  existing: ExistingTable | null;
  readdress: Readdress;
  /** 目标对比: rows without an id that the user filled in are kept, before the empty rows. */
  keepTypedRows: boolean;
}

const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;

/** The full table body to write, in the table's column order. */
export function mergeRows({
  plan,
  layout,
  existing,
  readdress,
  keepTypedRows,
}: MergeInput): (string | number | boolean)[][] {
  const width = layout.header.length;
  const idPos = layout.position.id!;
  const inputKeys = new Set(plan.columns.filter((c) => c.role === "input").map((c) => c.key));
  const dataKeys = plan.columns
    .filter((c) => c.role === "data" && c.key !== "id" && c.key !== "direction")
    .map((c) => c.key);
  // The user's cells by record id, and the rows they typed themselves.
  const byId = new Map<string, Map<number, string | number | boolean>>();
  const typed: Map<number, string | number | boolean>[] = [];
  for (const row of existing?.rows ?? []) {
    const cells = new Map<number, string | number | boolean>();
    existing!.read.forEach((col, i) => cells.set(col, row[i] ?? ""));
    const id = cells.get(idPos);
    if (!isEmpty(id)) byId.set(String(id).replace(/^'/, ""), cells);
    else if (
      keepTypedRows &&
      (dataKeys.some((k) => !isEmpty(cells.get(layout.position[k]!))) ||
        [...inputKeys].some((k) => !isEmpty(cells.get(layout.position[k]!))))
    )
      typed.push(cells);
  }
  const planIdIndex = plan.columns.findIndex((c) => c.key === "id");
  const blankRows = plan.rows.filter(
    (r) =>
      r[planIdIndex] === null &&
      plan.columns.every((c, k) => c.role !== "data" || c.key === "direction" || r[k] === null),
  );
  const recordRows = plan.rows.filter((r) => !blankRows.includes(r));
  const template = blankRows[0];
  const templateRow = plan.rows.indexOf(template!) + 2;
  const out: (string | number | boolean)[][] = [];

  const emit = (
    planRow: readonly CellValue[],
    sourceRow: number,
    own: Map<number, string | number | boolean> | undefined,
    ownData: boolean,
  ) => {
    const target = out.length + 2;
    const cells: (string | number | boolean)[] = new Array(width).fill("");
    plan.columns.forEach((c, k) => {
      const pos = layout.position[c.key]!;
      const keepOwn = own !== undefined && (inputKeys.has(c.key) || (ownData && c.role === "data"));
      cells[pos] = keepOwn ? (own.get(pos) ?? "") : toFormulaInput(planRow[k] ?? null, readdress, target - sourceRow);
    });
    for (const col of layout.userColumns) cells[col] = own?.get(col) ?? "";
    out.push(cells);
  };

  recordRows.forEach((r) => {
    const id = r[planIdIndex];
    const key = typeof id === "string" ? id : isText(id ?? null) ? (id as { text: string }).text : String(id ?? "");
    emit(r, plan.rows.indexOf(r) + 2, byId.get(key), false);
  });
  if (template) {
    for (const own of typed) emit(template, templateRow, own, true);
    for (let k = 0; k < blankRows.length; k++) emit(template, templateRow, undefined, false);
  }
  return out;
}
