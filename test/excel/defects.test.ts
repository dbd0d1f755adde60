// Issue 10's add-in defects, each with the case that failed before it was fixed.
import { describe, expect, it } from "vitest";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { labelsFor } from "../../src/workbook/labels.ts";
import { readStoredReports } from "../../src/excel/stored.ts";
import { describeExcelError } from "../../src/excel/errors.ts";
import { REGISTRY_SETTING } from "../../src/excel/writer.ts";
import { MAX_RESPONSE_BYTES } from "../../src/excel/chunks.ts";
import { asExcel, FakeContext, FakeExcelError, FakeSheetModel, FakeWorkbookModel, NEWEST_SET } from "./fake.ts";
import { apply, fixture, input, manyReports, SEEDS, seed003, table } from "./support.ts";

const OFFICE_2019 = { api: "1.7" };

async function failure(run: Promise<unknown>): Promise<FakeExcelError> {
  try {
    await run;
  } catch (e) {
    return e as FakeExcelError;
  }
  throw new Error("expected the run to fail");
}

describe("1. a header that differs never needs Table.resize (ExcelApi 1.13)", () => {
  it("refreshes a Chinese workbook under the English display language on Office 2019, adding no columns", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]), undefined, OFFICE_2019);
    const en = planWorkbook([seed003, fixture], { lang: "en" });
    await apply(model, en, undefined, OFFICE_2019);
    const ind = table(model, "tblIndicators");
    expect(ind.header).toHaveLength(en.sheets.find((s) => s.key === "indicators")!.table!.columns.length);
    expect(ind.rows).toHaveLength(seed003.report.indicators.length + fixture.report.indicators.length);
  });

  it("adds a column the table lacks (a workbook from an older version) on Office 2019", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]), undefined, OFFICE_2019);
    const t = model.table("tblIndicators")!;
    for (let r = t.box.r0; r <= t.box.r1; r++) t.sheet.clear(r, t.box.c1);
    t.box.c1--;
    const plan = planWorkbook([seed003, fixture]);
    await apply(model, plan, undefined, OFFICE_2019);
    const columns = plan.sheets.find((s) => s.key === "indicators")!.table!.columns;
    expect(table(model, "tblIndicators").header).toEqual(columns.map((c) => c.header));
  });
});

describe("2. rows added to a table are as wide as the table", () => {
  it("grows a table that lacked a column without writing rows wider than it", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]));
    const t = model.table("tblReports")!;
    for (let r = t.box.r0; r <= t.box.r1; r++) t.sheet.clear(r, t.box.c1);
    t.box.c1--;
    await apply(model, planWorkbook(SEEDS));
    const reports = table(model, "tblReports");
    expect(reports.rows).toHaveLength(SEEDS.length);
    expect(reports.header.at(-1)).toBe("提示");
  });
});

describe("3. 刷新 when the user deleted 报告 or 来源", () => {
  it("reads the texts without 报告 (file names fall back to the id), and nothing without 来源", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003, fixture]));
    model.deleteSheet("报告");
    const stored = await readStoredReports(asExcel(new FakeContext(model)));
    expect(stored.map((s) => [s.id, s.source])).toEqual([
      [seed003.report.id, `${seed003.report.id}.txt`],
      [fixture.report.id, `${fixture.report.id}.txt`],
    ]);
    expect(stored[0]!.text).toBe(seed003.text);
    model.deleteSheet("来源");
    expect(await readStoredReports(asExcel(new FakeContext(model)))).toEqual([]);
  });
});

describe("4. reads are chunked under the response limit", () => {
  it("reads 400 stored reports back in responses under 4 MB", async () => {
    const reports = manyReports(400 * 120).slice(0, 400);
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook(reports), ["indicators", "reports", "sources"]);
    const ctx = new FakeContext(model);
    const stored = await readStoredReports(asExcel(ctx));
    expect(stored).toHaveLength(400);
    expect(stored[399]!.text).toBe(reports[399]!.text);
    expect(ctx.maxResponseBytes).toBeLessThan(MAX_RESPONSE_BYTES);
  });
  // 5,500 goal rows read back with their formulas: test/excel/scale.test.ts.
});

describe("5. sheets are registered as they are made, and found by their tables", () => {
  it("a run that failed midway leaves sheets the next run finds (no 指标 (2), no duplicate table name)", async () => {
    const model = new FakeWorkbookModel();
    const plan = planWorkbook([seed003]);
    await failure(apply(model, plan, undefined, { failAtSync: 6 }));
    expect(model.sheets.length).toBeGreaterThan(0);
    await apply(model, plan);
    expect(model.sheets.map((s) => s.name).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
  });

  it("finds the tables of a workbook made by 下载 .xlsx or the CLI (no setting)", async () => {
    const model = new FakeWorkbookModel();
    const plan = planWorkbook([seed003]);
    await apply(model, plan);
    model.settings.clear();
    const { result } = await apply(model, plan);
    expect(result.renamed).toEqual([]);
    expect(model.sheets).toHaveLength(plan.sheets.length);
    expect(JSON.parse(String(model.settings.get(REGISTRY_SETTING)))).toHaveProperty("indicators");
  });

  it("finds them when the sheet ids changed (ids are not stable on every host)", async () => {
    const model = new FakeWorkbookModel();
    const plan = planWorkbook([seed003]);
    await apply(model, plan);
    for (const s of model.sheets) s.id = model.newId();
    await apply(model, plan);
    expect(model.sheets).toHaveLength(plan.sheets.length);
  });
});

describe("6. the pivot opens filtered and refreshes on open", () => {
  it("selects 水平 in the 度量 filter, 单年 in 时段, and sets refresh on open where the host has them", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]), undefined, { api: NEWEST_SET });
    const pivot = model.sheet("透视")!.pivots[0]!;
    const l = labelsFor("zh");
    expect(pivot.selected).toEqual({
      主体: ["东柳街道"],
      指标类别: [l.pivotCategory.canonical],
      类型: [l.kind.actual],
      度量: [l.measure.level],
      时段: [l.span.single],
    });
    expect(pivot.refreshOnOpen).toBe(true);
    expect(pivot.filters).toEqual(["主体", "指标类别", "类型", "度量", "时段"]);
  });

  it("still makes the pivot on a host with pivots but without filters (ExcelApi 1.8)", async () => {
    const model = new FakeWorkbookModel();
    const { result } = await apply(model, planWorkbook([seed003]), undefined, { api: "1.8" });
    expect(result.pivot).toBe("created");
    expect(model.sheet("透视")!.pivots[0]!.selected).toEqual({});
  });
});

describe("7. text is written as text", () => {
  it("keeps a report id like 2024 and an ISO date as text in 报告", async () => {
    const model = new FakeWorkbookModel();
    const report = input("seeds/003_56b0c7f3c4912e2a.txt", "2024.txt");
    await apply(model, planWorkbook([report]));
    const t = model.table("tblReports")!;
    const id = t.sheet.cell(1, 0)!;
    expect(id).toMatchObject({ value: "2024", quotePrefix: true });
    const published = report.report.meta.published;
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.sheet.cell(1, 6)!.value).toBe(published);
  });
});

describe("9. errors are described by their real codes", () => {
  it("names a table in the way (InvalidArgument at TableCollection.add)", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]));
    model.tables = model.tables.filter((t) => t.name !== "tblReports");
    model.tables.push({ name: "Mine", style: "", sheet: model.sheet("报告")!, box: { r0: 1, c0: 0, r1: 3, c1: 2 } });
    const e = await failure(apply(model, planWorkbook([seed003])));
    expect(e.code).toBe("InvalidArgument");
    expect(describeExcelError(e, "en")).toMatch(/can't overlap/);
  });

  it("names a user's table that has Zhibiao's table name (InvalidArgument at Table.name)", async () => {
    const model = new FakeWorkbookModel();
    const mine = new FakeSheetModel(model.newId(), "Mine");
    mine.type(0, 0, "我的");
    model.sheets.push(mine);
    model.tables.push({ name: "tblReports", style: "", sheet: mine, box: { r0: 0, c0: 0, r1: 1, c1: 0 } });
    const e = await failure(apply(model, planWorkbook([seed003])));
    expect(e.code).toBe("InvalidArgument");
    expect(describeExcelError(e, "zh")).toContain("同名的表格");
    expect(mine.cell(0, 0)!.value).toBe("我的");
  });

  it("has words for ItemNotFound and ResponsePayloadSizeLimitExceeded", () => {
    for (const code of ["ItemNotFound", "ResponsePayloadSizeLimitExceeded"])
      expect(describeExcelError({ code }, "en")).not.toContain(code);
  });
});

describe("10. sheet names are compared regardless of case", () => {
  it("gives ours a new name when the user has 'indicators' and ours is 'Indicators'", async () => {
    const model = new FakeWorkbookModel();
    const mine = new FakeSheetModel(model.newId(), "indicators");
    model.sheets.push(mine);
    const { result } = await apply(model, planWorkbook([seed003], { lang: "en" }));
    expect(result.sheets.indicators).toBe("Indicators (2)");
  });
});
