// The add-in draws the plan's charts as the .xlsx does, and writes 历年趋势 as the .xlsx has it: on the 保定
// development corpus (高阳县 2017–2019, 保定市 2020–2026), at ExcelApi 1.7 and at the newest set, the trend
// sheet's cells (values, formulas, formats, fills, widths) and every chart (type, title, position, each series'
// name and the cells it reads) are the same in the fake's workbook and in the package's chart parts.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { FakeWorkbookModel, NEWEST_SET } from "./fake.ts";
import { apply } from "./support.ts";
import { expectSameTable, packageCharts } from "./parity.ts";
import { DEV_RAW, devReports } from "../xlsx/workbooks.ts";

describe.runIf(existsSync(DEV_RAW))("charts and 历年趋势 in the add-in", () => {
  const plan = planWorkbook(devReports());
  const trends = plan.sheets.find((s) => s.key === "trends")!;
  let xlsx: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    xlsx = await writeXlsx(plan);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer as ArrayBuffer);
  }, 60_000);

  describe.each(["1.7", NEWEST_SET])("at ExcelApi %s", (api) => {
    let model: FakeWorkbookModel;
    let drawn: string[];
    beforeAll(async () => {
      model = new FakeWorkbookModel();
      drawn = (await apply(model, plan, undefined, { api })).result.charts;
    }, 60_000);

    it("writes 历年趋势 cell for cell as the .xlsx: values, formulas, number formats, fills, header, widths", () => {
      expect(trends.name).toBe("历年趋势");
      const bodies = new Set(trends.table!.rows.map((r) => r[0]));
      expect([...bodies]).toEqual(expect.arrayContaining(["保定市", "高阳县"]));
      expect(trends.table!.rows.length).toBeGreaterThan(100);
      expectSameTable(model, wb, trends);
    });

    it("draws every chart of the package, on 历年趋势 and on 目标对比: type, title, position, series names and ranges", () => {
      const withCharts = plan.sheets.filter((s) => s.charts?.length);
      expect(withCharts.map((s) => s.key).sort()).toEqual(["goals", "trends"]);
      for (const sheet of withCharts) {
        const inPackage = packageCharts(xlsx, sheet.name);
        expect(inPackage.map((c) => c.name)).toEqual(sheet.charts!.map((c) => c.name));
        expect(model.sheet(sheet.name)!.charts, sheet.name).toEqual(inPackage);
      }
      expect(drawn).toEqual(withCharts.flatMap((s) => s.charts!.map((c) => c.name)));
    });
  });

  it("replaces its charts on a second run instead of adding copies", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, plan);
    await apply(model, plan);
    for (const sheet of plan.sheets.filter((s) => s.charts?.length))
      expect(model.sheet(sheet.name)!.charts).toHaveLength(sheet.charts!.length);
  });
});
