// Splitting large writes and reads so each request and each response stays under Excel on the web's
// payload limit (5 MB each way; we keep 4 MB).

export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** Bytes a row adds to a request, as JSON (what Office.js sends), with UTF-8 for Chinese text. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) {
    if (typeof v === "string") {
      n += 3;
      for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 0x80 ? (v[i] === '"' || v[i] === "\\" ? 2 : 1) : 3;
    } else n += v === null || v === undefined ? 4 : String(v).length + 1;
  }
  return n;
}

/**
 * [start, end) row ranges whose bytes stay under `limit` (and at most `maxRows` rows). `bytesOf` measures
 * row i (default: the row's JSON); `breaks` are row indexes where a new chunk must start.
 */
export function chunkRows(
  rows: readonly (readonly unknown[])[],
  limit = MAX_REQUEST_BYTES,
  maxRows = 20_000,
  bytesOf: (i: number) => number = (i) => rowBytes(rows[i]!),
  breaks: readonly number[] = [],
): [number, number][] {
  const out: [number, number][] = [];
  const mustBreak = new Set(breaks);
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = bytesOf(i);
    if (i > start && (bytes + b > limit || i - start >= maxRows || mustBreak.has(i))) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}

/**
 * One `sync` per chunk of a large read or write: Microsoft's documented pattern for data over the payload
 * limit (one request per chunk), so the loop's sync is deliberate, and named here once.
 */
export function syncChunk(context: Excel.RequestContext): Promise<void> {
  return context.sync();
}
