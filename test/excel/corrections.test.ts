// 刷新 in the add-in keeps the user's edits: 手工实际值 and 备注 stay with their rows, and the 校正 table (a row
// that is no target, a target paired by hand) is read back, applied and kept — with one more report loaded.
import { describe, expect, it } from "vitest";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { readCorrectionsTable, readSynonymsTable } from "../../src/excel/corrections.ts";
import { asExcel, FakeContext, FakeWorkbookModel } from "./fake.ts";
import { apply, fixture, input, seed003, table } from "./support.ts";

const more = input("seeds/001_0e7a08fd52921b11.txt");

describe("刷新 with the user's corrections", () => {
  it("applies and keeps 手工实际值, 备注, not-a-target and a hand pair after a refresh with one more report", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003, fixture]));
    const goals = table(model, "tblGoals");
    const col = (name: string) => goals.header.indexOf(name);
    const idOf = (indicator: string) =>
      String(goals.rows.find((r) => r[col("对比指标")] === indicator)![col("记录ID")]);
    const rowOf = (indicator: string) => goals.rows.findIndex((r) => r[col("对比指标")] === indicator) + 1;
    const election = rowOf("小区首届业委会选举");
    goals.sheet.type(election, col("手工实际值"), 9);
    goals.sheet.type(election, col("备注"), "街道口头报告");
    const coverage = idOf("覆盖率");
    const microProjects = idOf("4大类民生微实事项目");
    const canteen = fixture.report.indicators.find((r) => r.name === "新建街道级老年食堂")!.id;
    // Two rows typed into 校正 (the table grows to take them, as Excel's does).
    const corrections = model.table("tblCorrections")!;
    const { sheet, box } = corrections;
    sheet.type(box.r0 + 1, box.c0, coverage);
    sheet.type(box.r0 + 1, box.c0 + 1, "不是指标");
    sheet.type(box.r0 + 2, box.c0, microProjects);
    sheet.type(box.r0 + 2, box.c0 + 1, "配对");
    sheet.type(box.r0 + 2, box.c0 + 2, canteen);
    box.r1 = box.r0 + 2;

    // 刷新: the stored reports plus one more, the corrections read back from the workbook.
    const read = await readCorrectionsTable(asExcel(new FakeContext(model)));
    expect(read).toEqual([
      { record: coverage, field: "notIndicator" },
      { record: microProjects, field: "pairWith", value: canteen },
    ]);
    await apply(model, planWorkbook([seed003, fixture, more], { corrections: read }));

    const after = table(model, "tblGoals");
    const row = (indicator: string) => after.rows.find((r) => r[col("对比指标")] === indicator);
    expect([row("小区首届业委会选举")![col("手工实际值")], row("小区首届业委会选举")![col("备注")]]).toEqual([
      9,
      "街道口头报告",
    ]);
    expect(row("覆盖率")).toBeUndefined();
    expect(row("4大类民生微实事项目")![col("配对记录")]).toBe(canteen);
    expect(row("4大类民生微实事项目")![col("配对方式")]).toBe("手工配对");
    expect(after.rows.some((r) => r[col("主体")] === "文新街道")).toBe(true);
    // The corrections are still there for the next refresh, and a second refresh changes nothing.
    const again = await readCorrectionsTable(asExcel(new FakeContext(model)));
    expect(again).toEqual(read);
    expect(table(model, "tblIndicators").rows.some((r) => r[0] === coverage)).toBe(false);
  });
});

describe("刷新 with the user's synonyms", () => {
  const targets = input("../shared/dev/raw/2024-baoding-gzbg.txt");
  const results = input("../shared/dev/raw/2025-baoding-gzbg.txt");
  const TARGET = "抓好D级房重建";

  it("reads a row typed into 同义词, pairs a target that paired with nothing, and keeps the row through refreshes", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([targets, results]));
    const goals = () => {
      const t = table(model, "tblGoals");
      const row = t.rows.find((r) => r[t.header.indexOf("指标名称")] === TARGET)!;
      return Object.fromEntries(t.header.map((h, k) => [h, row[k]]));
    };
    expect(goals()).toMatchObject({ 对比指标: TARGET, 配对记录: "" });

    // The user types a name as written and its standard indicator into the first empty row of 同义词.
    const synonyms = table(model, "tblSynonyms");
    expect(synonyms.header).toEqual(["原文名称", "标准指标", "出处"]);
    expect(synonyms.rows).toContainEqual(["生产总值", "地区生产总值", "内置"]);
    const blank = synonyms.rows.findIndex((r) => r[0] === "") + 1;
    synonyms.sheet.type(synonyms.box.r0 + blank, synonyms.box.c0, TARGET);
    synonyms.sheet.type(synonyms.box.r0 + blank, synonyms.box.c0 + 1, "农房重建");

    for (let refresh = 0; refresh < 2; refresh++) {
      const context = asExcel(new FakeContext(model));
      const read = await readSynonymsTable(context);
      expect(read).toEqual([["农房重建", TARGET]]);
      const corrections = await readCorrectionsTable(context);
      await apply(model, planWorkbook([targets, results], { corrections, synonyms: read }));
      expect(goals()).toMatchObject({ 对比指标: "农房重建", 配对方式: "标准指标" });
      // The paired record (what the row's formulas look up) is the next report's 12179户.
      const pair = String(goals()["配对记录"]);
      const ind = table(model, "tblIndicators");
      const actual = ind.rows.find((r) => r[0] === pair)!;
      expect(pair).toMatch(/^2025-baoding-gzbg/);
      expect([actual[ind.header.indexOf("原文数值")], actual[ind.header.indexOf("原文单位")]]).toEqual([12179, "户"]);
      const mine = table(model, "tblSynonyms").rows.filter((r) => r[0] === TARGET);
      expect(mine).toEqual([[TARGET, "农房重建", "用户"]]);
    }
  });
});
