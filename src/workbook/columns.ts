// Columns of the plan's tables: header from the labels, a width that fits the header, and what a rebuild keeps.
import type { CellValue, ColumnPlan, TablePlan } from "./types.ts";
import type { Labels } from "./labels.ts";
import { shownValue } from "./cells.ts";
import { INPUT_FILL } from "./styles.ts";

export const NUM = "#,##0.####";
export const INT = "0";
/** Room for the filter button beside a header. */
const FILTER_BUTTON = 2;

/** Width of text in character cells: a Chinese character takes two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** A column whose header (in the workbook's language) fits its width. */
export function col(labels: Labels, key: string, width: number, extra: Partial<ColumnPlan> = {}): ColumnPlan {
  const header = extra.header ?? labels.columns[key] ?? key;
  return {
    key,
    header,
    role: "data",
    ...(extra.role === "input" ? { fill: INPUT_FILL } : {}),
    ...extra,
    width: Math.max(width, displayWidth(header) + FILTER_BUTTON),
  };
}

/** What a rebuild keeps of a table that is already in the workbook, by record id. */
export interface KeptTable {
  /** Headers of the columns the user added, in their order. */
  userColumns: string[];
  /** Record id → cells the user owns: input columns by key, added columns as `user:HEADER`. */
  byId: Map<string, Record<string, CellValue>>;
  /** Rows without a record id that the user filled in (goals typed by hand), cells by column key. */
  typed: Record<string, CellValue>[];
}

/** A table with what the user owns put back by record id: their input cells, and the columns they added. */
export function withKept(table: TablePlan, kept: KeptTable | undefined, labels: Labels): TablePlan {
  if (!kept) return table;
  const id = table.columns.findIndex((c) => c.key === "id");
  const inputs = table.columns.flatMap((c, k) => (c.role === "input" ? [[c.key, k] as const] : []));
  const columns = [
    ...table.columns,
    ...kept.userColumns.map((h) => col(labels, `user:${h}`, 12, { role: "input", header: h })),
  ];
  const rows = table.rows.map((row) => {
    const own = kept.byId.get(String(shownValue(row[id] ?? null) ?? ""));
    const out = [...row];
    for (const [key, k] of inputs) if (own?.[key] !== undefined) out[k] = own[key]!;
    for (const h of kept.userColumns) out.push(own?.[`user:${h}`] ?? null);
    return out;
  });
  return { ...table, columns, rows };
}
