import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { columnLetter } from "../../src/workbook/cells.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { REGISTRY_SETTING } from "../../src/excel/writer.ts";
import { FakeSheetModel, FakeWorkbookModel, NEWEST_SET } from "./fake.ts";
import { apply, fixture, input, SEEDS, seed003, table } from "./support.ts";
import { expectSameTable } from "./parity.ts";
import { SHEETS_ZH } from "../support/sheets.ts";

function snapshot(model: FakeWorkbookModel): string {
  return JSON.stringify({
    sheets: model.sheets.map((s) => ({
      name: s.name,
      vis: s.visibility,
      cells: [...s.entries()],
      cf: s.conditionalFormats.length,
      pivots: s.pivots.map((p) => [p.name, p.rows, p.columns]),
    })),
    tables: model.tables.map((t) => [t.name, t.sheet.name, t.box]),
    settings: [...model.settings.entries()],
  });
}

describe.each(["1.7", NEWEST_SET])("applyPlan (Office.js writer) at ExcelApi %s", (api) => {
  const at = { api };

  it("loads indicators, then builds the template, then refreshes with a new report", async () => {
    const model = new FakeWorkbookModel();
    const first = planWorkbook([seed003]);
    await apply(model, first, ["indicators", "reports", "sources"], at);
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["指标", "Visible"],
      ["报告", "Visible"],
      ["来源", "Hidden"],
    ]);
    expect(table(model, "tblIndicators").rows).toHaveLength(seed003.report.indicators.length);

    await apply(model, first, ["goals"], at);
    const goals = table(model, "tblGoals");
    expect(goals.header.slice(0, 3)).toEqual(["主体", "目标年份", "对比指标"]);
    expect(goals.header.at(-1)).toBe("记录ID");
    expect(String(goals.rows[0]![goals.header.indexOf("实际")])).toContain("'指标'!$A:$A");

    const second = planWorkbook([seed003, fixture]);
    const { result } = await apply(model, second, undefined, at);
    expect(result.pivot).toBe(api === "1.7" ? "unsupported" : "created");
    expect(table(model, "tblIndicators").rows).toHaveLength(
      seed003.report.indicators.length + fixture.report.indicators.length,
    );
    if (api !== "1.7") {
      expect(model.sheet("透视")!.pivots[0]).toMatchObject({
        rows: ["透视指标"],
        columns: ["年份"],
        data: ["透视值"],
      });
      // The second view: indicator × body for one year, on its own sheet, over the same table.
      const year = second.sheets.find((s) => s.key === "pivotByBody")!.pivot!.pageSelection.year!;
      expect(model.sheet("透视（各主体）")!.pivots[0]).toMatchObject({
        name: "ptIndicatorsByBody",
        source: "tblIndicators",
        rows: ["透视指标"],
        columns: ["主体"],
        filters: ["年份", "指标类别", "类型", "度量", "时段"],
        data: ["透视值"],
        ...(api === "1.8" ? {} : { selected: expect.objectContaining({ 年份: [year], 时段: ["单年"] }) }),
      });
    }
    expect(JSON.parse(String(model.settings.get(REGISTRY_SETTING)))).toHaveProperty("goals");
  });

  it("leaves the same cells, number formats and fills as the exceljs workbook (parity, sheet by sheet)", async () => {
    // A report named 2024.txt has the id 2024, and its published date is ISO: both must stay text.
    const plan = planWorkbook([...SEEDS, input("seeds/003_56b0c7f3c4912e2a.txt", "2024.txt")]);
    const model = new FakeWorkbookModel();
    await apply(model, plan, undefined, at);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(plan)).buffer as ArrayBuffer);
    for (const sheet of plan.sheets.filter((s) => s.table)) expectSameTable(model, wb, sheet);
    // The pivot's note and the print setup (page layout needs ExcelApi 1.9).
    const note = model.sheet(plan.sheets.find((s) => s.note)!.name)!.cell(0, 0)!;
    const xlsxNote = wb.getWorksheet(plan.sheets.find((s) => s.note)!.name)!.getCell("A1");
    expect([note.value, note.font?.italic, note.font?.color?.replace("#", "")]).toEqual([
      xlsxNote.value,
      xlsxNote.font.italic,
      xlsxNote.font.color?.argb?.slice(2),
    ]);
    // Column widths of a sheet without a table at A1 (the pivot's labels and year columns).
    for (const sheet of plan.sheets.filter((s) => s.columnWidths)) {
      const fakeWidths = model.sheet(sheet.name)!.columnWidths;
      const xlsxSheet = wb.getWorksheet(sheet.name)!;
      sheet.columnWidths!.forEach((_, c) =>
        expect(fakeWidths.get(c)! / 6.5, `${sheet.name} column ${c + 1} width`).toBeCloseTo(
          xlsxSheet.getColumn(c + 1).width!,
        ),
      );
    }
    for (const sheet of plan.sheets.filter((s) => s.print)) {
      const setup = wb.getWorksheet(sheet.name)!.pageSetup;
      const page = model.sheet(sheet.name)!.page;
      if (api === "1.7") expect(page).toEqual({});
      else
        expect([page.orientation?.toLowerCase(), page.zoom?.horizontalFitToPages, page.paperSize]).toEqual([
          setup.orientation,
          setup.fitToWidth,
          setup.paperSize === 9 ? "A4" : setup.paperSize,
        ]);
    }
  });

  it("writes 依据 in the workbook's language in both writers: English has no Chinese but quoted cue words", async () => {
    const han = /\p{Script=Han}/u;
    for (const lang of ["zh", "en"] as const) {
      const plan = planWorkbook(SEEDS, { lang });
      const model = new FakeWorkbookModel();
      await apply(model, plan, ["indicators"], at);
      const t = table(model, "tblIndicators");
      const k = t.header.indexOf(lang === "en" ? "Reason" : "依据");
      const officeJs = t.rows.map((r) => String(r[k]));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeXlsx(plan)).buffer as ArrayBuffer);
      const ws = wb.getWorksheet(plan.sheets.find((s) => s.key === "indicators")!.name)!;
      const exceljs = ws
        .getColumn(k + 1)
        .values.slice(2)
        .map(String);
      expect(exceljs).toEqual(officeJs);
      const distinct = new Set(officeJs);
      expect(distinct.size).toBeGreaterThan(5);
      const unquoted = [...distinct].map((w) => w.replace(/“[^”]*”/g, ""));
      if (lang === "en") expect(unquoted.filter((w) => han.test(w))).toEqual([]);
      else expect(unquoted.every((w) => han.test(w))).toBe(true);
      expect([...distinct].some((w) => /“[^”]+”/.test(w))).toBe(true);
    }
  });

  it("gives the same workbook when refresh runs twice", async () => {
    const plan = planWorkbook([seed003, fixture]);
    const model = new FakeWorkbookModel();
    await apply(model, plan, undefined, at);
    await apply(model, plan, undefined, at);
    const once = snapshot(model);
    await apply(model, plan, undefined, at);
    expect(snapshot(model)).toBe(once);
  });

  it("keeps what the user typed — 手工实际值, 备注, their own column, a goal typed by hand — attached to the right rows", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]), undefined, at);
    const goals = table(model, "tblGoals");
    const col = (name: string) => goals.header.indexOf(name);
    const idOf = (t: ReturnType<typeof table>) => t.header.indexOf("记录ID");
    const rowOf = (t: ReturnType<typeof table>, id: string) => t.rows.findIndex((r) => r[idOf(t)] === id);
    const nursery = seed003.report.indicators.find((r) => r.name === "新建婴幼儿照护驿站")!.id;
    const g = rowOf(goals, nursery) + 1;
    goals.sheet.type(g, col("手工实际值"), 2);
    goals.sheet.type(g, col("备注"), "'2025");
    // A goal typed into the first empty row.
    const blank = goals.rows.findIndex((r) => r[idOf(goals)] === "") + 1;
    goals.sheet.type(blank, col("主体"), "东柳街道");
    goals.sheet.type(blank, col("目标年份"), 2024);
    goals.sheet.type(blank, col("对比指标"), "口袋公园");
    goals.sheet.type(blank, col("目标"), 3);
    // A column the user added to tblIndicators.
    const ind = table(model, "tblIndicators");
    const extra = ind.box.c1 + 1;
    ind.sheet.type(0, extra, "我的分类");
    ind.rows.forEach((r, i) => ind.sheet.type(i + 1, extra, `分类-${r[0]}`));
    model.table("tblIndicators")!.box.c1 = extra;

    await apply(model, planWorkbook([fixture, seed003]), undefined, at); // new rows come first: every old row moves
    const after = table(model, "tblGoals");
    const row = after.rows[rowOf(after, nursery)]!;
    expect([row[col("手工实际值")], row[col("备注")]]).toEqual([2, "2025"]);
    expect(after.sheet.cell(rowOf(after, nursery) + 1, col("备注"))!.quotePrefix).toBe(true);
    const letter = (name: string) => columnLetter(col(name));
    expect(String(row[col("实际")])).toContain(`${letter("手工实际值")}${rowOf(after, nursery) + 2}`);
    const typed = after.rows.find((r) => r[col("对比指标")] === "口袋公园")!;
    expect([typed[col("主体")], typed[col("目标年份")], typed[col("目标")]]).toEqual(["东柳街道", 2024, 3]);
    const typedRow = after.rows.indexOf(typed) + 2;
    expect(String(typed[col("状态")])).toContain(`${letter("目标")}${typedRow}`);
    expect(after.rows.filter((r) => r[idOf(after)] === "" && r[col("对比指标")] === "")).toHaveLength(10);
    const indAfter = table(model, "tblIndicators");
    expect(indAfter.header.at(-1)).toBe("我的分类");
    for (const r of indAfter.rows) {
      const id = String(r[0]);
      expect(r.at(-1)).toBe(id.startsWith("dongliu") ? "" : `分类-${id}`);
    }
  });

  it("never touches a sheet the user made: theirs keeps 指标, ours takes 指标 (2) and the formulas follow", async () => {
    const model = new FakeWorkbookModel();
    const mine = new FakeSheetModel(model.newId(), "指标");
    mine.type(0, 0, "我自己的指标");
    model.sheets.push(mine);
    const { result } = await apply(model, planWorkbook([seed003]), undefined, at);
    expect(result.sheets.indicators).toBe("指标 (2)");
    expect(result.renamed).toEqual(["indicators"]);
    expect([...mine.entries()]).toEqual([[0, 0, { value: "我自己的指标" }]]);
    const goals = table(model, "tblGoals");
    expect(String(goals.rows[0]![goals.header.indexOf("实际")])).toContain("'指标 (2)'!$A:$A");
    await apply(model, planWorkbook([seed003]), undefined, at);
    // The user's own 指标 keeps its place; ours is renamed and takes its usual place.
    const renamed = SHEETS_ZH.map((name) => (name === "指标" ? "指标 (2)" : name));
    expect(model.sheets.map((s) => s.name)).toEqual(["指标", ...renamed]);
  });

  it("syncs a constant number of times whatever the row count, plus one per chunk", async () => {
    const syncsFor = async (plan: ReturnType<typeof planWorkbook>) =>
      (await apply(new FakeWorkbookModel(), plan, undefined, at)).ctx.syncs;
    const one = await syncsFor(planWorkbook([seed003]));
    const five = await syncsFor(planWorkbook(SEEDS));
    expect(five).toBe(one);
  });
});

describe("applyPlan dependencies", () => {
  it("writes 指标 and the completion chart's data too when the template is built first, so nothing points at a missing sheet", async () => {
    const model = new FakeWorkbookModel();
    const { result } = await apply(model, planWorkbook([seed003]), ["goals"]);
    expect(Object.keys(result.sheets).sort()).toEqual(["completion", "goals", "indicators"]);
    expect(model.sheet("指标")).toBeDefined();
  });
});

describe("applyPlan when the user removed part of Zhibiao's work", () => {
  it("recreates a table the user deleted from Zhibiao's sheet, and a sheet the user deleted", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]));
    model.tables = model.tables.filter((t) => t.name !== "tblReports");
    model.deleteSheet("来源");
    const { result } = await apply(model, planWorkbook([seed003]));
    expect(result.sheets.reports).toBe("报告");
    expect(table(model, "tblReports").rows).toHaveLength(1);
    expect(table(model, "tblSources").sheet.name).toBe("来源");
  });
});
