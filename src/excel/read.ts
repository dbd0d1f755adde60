// Reading table columns back in chunks whose responses stay under the payload limit.
import { columnLetter } from "../workbook/cells.ts";
import { MAX_RESPONSE_BYTES, syncChunk } from "./chunks.ts";

export type Cell = string | number | boolean;

/** A read of some columns of a sheet: `rows` rows from sheet row `firstRow` (1-based). */
export interface ColumnRead {
  sheet: Excel.Worksheet;
  columns: readonly number[];
  firstRow: number;
  rows: number;
  /** The most bytes a row of these columns can take in the response (as UTF-8 JSON). */
  rowBytes: number;
  what: "values" | "formulas";
}

const errorCode = (e: unknown) => (e as { code?: string } | null)?.code;

/**
 * The cells, row by row, in the order of `columns`. Chunks are sized from `rowBytes`; a chunk Excel still
 * refuses as too large (ResponsePayloadSizeLimitExceeded) is read again in halves.
 */
export async function readColumns(context: Excel.RequestContext, read: ColumnRead): Promise<Cell[][]> {
  const out: Cell[][] = [];
  let step = Math.max(1, Math.floor(MAX_RESPONSE_BYTES / Math.max(1, read.rowBytes)));
  for (let start = 0; start < read.rows;) {
    const count = Math.min(step, read.rows - start);
    const top = read.firstRow + start;
    const ranges = read.columns.map((col) => {
      const letter = columnLetter(col);
      return read.sheet.getRange(`${letter}${top}:${letter}${top + count - 1}`).load(read.what);
    });
    try {
      await syncChunk(context);
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || count === 1) throw e;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    for (let i = 0; i < count; i++) out.push(ranges.map((r) => r[read.what][i]![0] as Cell));
    start += count;
  }
  return out;
}

/** A cell read through `formulas`, as `formulas` input that writes it back as it was (text stays text). */
export function asInput(cell: Cell): Cell {
  return typeof cell === "string" && cell !== "" && !cell.startsWith("=") ? `'${cell}` : cell;
}
