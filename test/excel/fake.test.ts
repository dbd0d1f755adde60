// The strict fake's own rules (each from the documentation page named beside it in fake.ts).
import { describe, expect, it } from "vitest";
import { excelInput, FakeContext, FakeExcelError, FakeWorkbookModel, PAYLOAD_LIMIT } from "./fake.ts";

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (e) {
    return (e as FakeExcelError).code;
  }
  return "none";
}

/** A context with one sheet S holding a 2×2 table T at A1:B3. */
async function withTable(api?: string) {
  const ctx = new FakeContext(new FakeWorkbookModel(), { api });
  const sheet = ctx.workbook.worksheets.add("S");
  sheet.getRange("A1:B3").values = [
    ["'a", "'b"],
    [1, 2],
    [3, 4],
  ];
  const t = sheet.tables.add("A1:B3", true);
  t.name = "T";
  await ctx.sync();
  return { ctx, sheet, t, model: ctx.model };
}

describe("the strict fake", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const ctx = new FakeContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(FakeExcelError);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await ctx.sync();
    expect(sheets.items).toEqual([]);
  });

  it("refuses a member above the host's requirement set at sync, with ApiNotFound", async () => {
    const { ctx, t } = await withTable("1.7");
    t.resize("A1:C3");
    expect(await codeOf(ctx.sync())).toBe("ApiNotFound");
    const newer = await withTable("1.13");
    newer.t.resize("A1:C3");
    expect(await codeOf(newer.ctx.sync())).toBe("none");
  });

  it("runs the calls before a failing one and drops those after it", async () => {
    const { ctx, sheet, model } = await withTable();
    sheet.getRange("D1").values = [["'before"]];
    ctx.workbook.worksheets.add("s"); // the same name as S, regardless of case
    sheet.getRange("D2").values = [["'after"]];
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    expect(model.sheet("S")!.shown(0, 3)).toBe("before");
    expect(model.sheet("S")!.shown(1, 3)).toBe("");
  });

  it("gives Excel's codes for overlapping tables and a table name taken in another case", async () => {
    const { ctx, sheet } = await withTable();
    sheet.tables.add("B2:C4", true);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.tables.add("E1:F2", true).name = "t";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("checks rows.add and range writes against the table's and the range's size", async () => {
    const { ctx, sheet, t } = await withTable();
    t.rows.add(undefined, [[1, 2, 3]]);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.getRange("A5:B5").formulas = [[1, 2, 3]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("grows a table when rows are written directly below it", async () => {
    const { ctx, sheet, model } = await withTable();
    sheet.getRange("A4:B5").values = [
      [5, 6],
      [7, 8],
    ];
    await ctx.sync();
    expect(model.table("t")!.box.r1).toBe(4);
  });

  it("limits requests and responses to 5 MB", async () => {
    const { ctx, sheet } = await withTable();
    const big = "字".repeat(30_000);
    const rows = Array.from({ length: 60 }, () => [big]);
    sheet.getRange("H1:H60").values = rows;
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    for (const half of [0, 30]) {
      sheet.getRange(`H${half + 1}:H${half + 30}`).values = rows.slice(half, half + 30);
      await ctx.sync();
    }
    sheet.getRange("H1:H60").load("values");
    expect(await codeOf(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(ctx.responseBytes.at(-1)).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("converts written strings the way Excel does, and keeps text behind an apostrophe", () => {
    expect(excelInput("2024")).toEqual({ value: 2024 });
    expect(excelInput("1,200.5")).toEqual({ value: 1200.5 });
    expect(excelInput("12%")).toEqual({ value: 0.12 });
    expect(excelInput("2024-01-05")).toEqual({ value: 45296, numberFormat: "yyyy-mm-dd" });
    expect(excelInput("TRUE")).toEqual({ value: true });
    expect(excelInput("=A1")).toEqual({ value: "", formula: "=A1" });
    expect(excelInput("-x")).toEqual({ value: "", formula: "=-x" });
    expect(excelInput("'2024")).toEqual({ value: "2024", quotePrefix: true });
    expect(excelInput("指标")).toEqual({ value: "指标" });
  });
});
