import { describe, expect, it } from "vitest";
import { rewriteRefs } from "../../src/excel/refs.ts";
import { chunkRows, rowBytes } from "../../src/excel/chunks.ts";

describe("rewriteRefs", () => {
  const shift = (f: string) =>
    rewriteRefs(f, (sheet, column, row) => ({
      column: column === "B" ? "C" : column,
      row: sheet === null && row !== null ? row + 10 : row,
    }));

  it("moves same-sheet cells and leaves other sheets' rows alone", () => {
    expect(shift(`$B2&"|"&IF(E2="",D2,E2)&'指标'!$B:$B`)).toBe(`$C12&"|"&IF(E12="",D12,E12)&'指标'!$C:$C`);
  });

  it("does not touch text inside string literals or function names", () => {
    expect(shift(`IF(B2="B2 LOG10",SUM(B2:B3),"A1")`)).toBe(`IF(C12="B2 LOG10",SUM(C12:C13),"A1")`);
  });

  it("renames a sheet in a reference", () => {
    expect(
      rewriteRefs(`INDEX('指标'!$N:$N,1)`, (sheet, column, row) => ({
        sheet: sheet ? `${sheet} (2)` : null,
        column,
        row,
      })),
    ).toBe(`INDEX('指标 (2)'!$N:$N,1)`);
  });
});

describe("chunkRows", () => {
  it("never counts fewer bytes than the row's JSON in UTF-8 (Chinese text is three bytes a character)", () => {
    for (const row of [
      ["指标", 12, null],
      ['say "hi"\\', -1.5, true],
      ["", "目标对比", 0],
    ]) {
      const real = new TextEncoder().encode(JSON.stringify(row)).length;
      expect(rowBytes(row)).toBeGreaterThanOrEqual(real);
      expect(rowBytes(row)).toBeLessThanOrEqual(real + row.length + 2);
    }
  });

  it("splits rows so no chunk passes the byte limit, and covers every row once", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`第${i}行`.repeat(10), i]);
    const chunks = chunkRows(rows, 10_000);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(1000);
    chunks.forEach(([a, b], k) => {
      if (k) expect(a).toBe(chunks[k - 1]![1]);
      expect(rows.slice(a, b).reduce((n, r) => n + rowBytes(r), 0)).toBeLessThanOrEqual(10_000);
    });
  });
});
