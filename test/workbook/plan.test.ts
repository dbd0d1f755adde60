import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseReport } from "../../src/report/index.ts";
import { planWorkbook, MANUAL_GOAL_ROWS, type ParsedReport } from "../../src/workbook/plan.ts";
import {
  columnLetter,
  CELL_TEXT_LIMIT,
  isFormula,
  isText,
  shownValue,
  splitForCells,
  validSheetName,
} from "../../src/workbook/cells.ts";
import { displayWidth } from "../../src/workbook/columns.ts";
import type { SheetPlan } from "../../src/workbook/types.ts";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");
const parsed = (path: string, source = path.split("/").pop()!): ParsedReport => {
  const text = read(path);
  return { report: parseReport(text, { source }), text };
};
const seed003 = parsed("seeds/003_56b0c7f3c4912e2a.txt");
const fixture = parsed("test/fixtures/dongliu-2024-review.txt");

function column(sheet: SheetPlan, key: string): unknown[] {
  const k = sheet.table!.columns.findIndex((c) => c.key === key);
  return sheet.table!.rows.map((r) => shownValue(r[k] ?? null));
}
const sheet = (plan: ReturnType<typeof planWorkbook>, key: string) => plan.sheets.find((s) => s.key === key)!;

describe("planWorkbook", () => {
  it("lays out the sheets with Chinese names, or English ones when asked", () => {
    expect(planWorkbook([seed003]).sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["目标对比", false],
      ["历年趋势", false],
      ["指标", false],
      ["透视", false],
      ["透视（各主体）", false],
      ["报告", false],
      ["来源", true],
      ["校正", false],
      ["同义词", false],
      ["完成度图表数据", true],
    ]);
    const en = planWorkbook([seed003], { lang: "en" });
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Goals vs results",
      "Trends",
      "Indicators",
      "Pivot",
      "Pivot by body",
      "Reports",
      "Sources",
      "Corrections",
      "Synonyms",
      "Completion chart data",
    ]);
    expect(sheet(en, "indicators").table!.columns[0]!.header).toBe("Record ID");
    expect(en.sheets.every((s) => validSheetName(s.name))).toBe(true);
  });

  it("gives every header room in its column, in both languages (a Chinese character is two wide)", () => {
    for (const lang of ["zh", "en"] as const)
      for (const s of planWorkbook([seed003, fixture], { lang }).sheets)
        for (const c of s.table?.columns ?? [])
          expect(c.width, `${lang} ${s.name} ${c.header}`).toBeGreaterThanOrEqual(displayWidth(c.header) + 2);
    expect(displayWidth("目标ID")).toBe(6);
  });

  it("writes one tidy row per record, numbers as numbers", () => {
    const ind = sheet(planWorkbook([seed003]), "indicators");
    expect(ind.table!.rows).toHaveLength(seed003.report.indicators.length);
    expect(column(ind, "id")).toEqual(seed003.report.indicators.map((r) => r.id));
    expect(column(ind, "stdValue").every((v) => typeof v === "number")).toBe(true);
    expect(column(ind, "year").every((v) => typeof v === "number")).toBe(true);
    expect(ind.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("has one goal row per target, headline indicators first, the record id last, then ten clean rows for goals typed by hand", () => {
    const goals = sheet(planWorkbook([fixture, seed003]), "goals");
    const targets = [...seed003.report.indicators, ...fixture.report.indicators].filter((r) => r.kind === "target");
    expect(goals.table!.rows).toHaveLength(targets.length + MANUAL_GOAL_ROWS);
    const keys = goals.table!.columns.map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(["body", "targetYear", "indicator"]);
    expect(keys.at(-1)).toBe("id");
    expect(goals.table!.columns.at(-1)!.width).toBeLessThanOrEqual(14);
    const indicators = column(goals, "indicator").slice(0, targets.length);
    expect(indicators.slice(0, 3)).toEqual(["地区生产总值", "固定资产投资", "固定资产投资"]);
    const manual = goals.table!.rows.slice(-MANUAL_GOAL_ROWS);
    const direction = keys.indexOf("direction");
    expect(
      manual.every((r) => r.at(-1) === null && r[direction] === null && isFormula(r[keys.indexOf("status")]!)),
    ).toBe(true);
    expect(goals.print).toEqual({ orientation: "landscape", fitToWidth: 1, paper: "A4", columns: 14, titleRows: 1 });
  });

  it("shows targets and actuals as written, with the qualifier, the source and a completion in % or in points", () => {
    const plan = planWorkbook([seed003, fixture]);
    const goals = sheet(plan, "goals");
    const keys = goals.table!.columns.map((c) => c.key);
    const rows = goals.table!.rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, shownValue(r[i]!)])));
    const at = (indicator: string, year: number) =>
      rows.find((r) => r.indicator === indicator && r.targetYear === year)!;
    expect(at("地区生产总值", 2024)).toMatchObject({
      measure: "同比",
      target: "8%",
      actualText: "8.4%",
      actualSource: "dongliu-2024-review.txt",
      completion: "",
      status: "达成",
      match: "标准指标",
    });
    expect(at("地区生产总值", 2024).gap).toBeCloseTo(0.4, 9);
    expect(at("固定资产投资", 2024)).toMatchObject({
      target: "9亿元",
      actualText: "8.1亿元",
      gap: "",
      status: "未达成",
    });
    expect(at("固定资产投资", 2024).completion).toBeCloseTo(0.9, 9);
    expect(at("千人口托位数", 2024)).toMatchObject({ direction: "≥", actualText: "4.9个", status: "达成" });
    expect(at("高层建筑隐患排查", 2024)).toMatchObject({
      actualText: "100%",
      actualSource: "dongliu-2024-review.txt（预计）",
      status: "达成",
    });
    expect(at("新建婴幼儿照护驿站", 2024).status).toBe("待数据");
    expect(at("固定资产投资", 2025)).toMatchObject({ actualText: "", status: "待数据" });
    expect(plan.summary).toMatchObject({ reports: 2, targetsMatched: 6 });
  });

  it("judges the status against the qualifier: ≥ 6% met by 6.0%, ≈ within half a point below (above is met)", () => {
    const plan = (target: string, actual: string) => {
      const t = `保定市2024年政府工作报告\n一、2024年工作安排\n今年主要预期目标是：地区生产总值增长${target}。`;
      const a = `保定市2025年政府工作报告\n一、2024年工作回顾\n2024年地区生产总值增长${actual}。`;
      const p = planWorkbook([
        { report: parseReport(t, { source: "2024.txt" }), text: t },
        { report: parseReport(a, { source: "2025.txt" }), text: a },
      ]);
      const goals = sheet(p, "goals");
      return String(column(goals, "status")[0]) + "|" + String(column(goals, "direction")[0]);
    };
    expect(plan("6%以上", "6.0%")).toBe("达成|≥");
    expect(plan("6%以上", "5.9%")).toBe("未达成|≥");
    expect(plan("6%左右", "5.6%")).toBe("达成|≈");
    expect(plan("6%左右", "5.4%")).toBe("未达成|≈");
    expect(plan("6%左右", "7.2%")).toBe("达成|≈");
  });

  it("writes report text that looks like a formula as text", () => {
    const text = '=HYPERLINK("http://x")\n+新增企业5家,\n@完成投资3亿元。';
    const p = planWorkbook([{ report: parseReport(text, { source: "=evil.txt" }), text }]);
    const reports = sheet(p, "reports");
    expect(reports.table!.rows[0]![0]).toEqual({ text: "=evil" });
    const ind = sheet(p, "indicators");
    const sentences = ind.table!.rows.map((r) => r[16]);
    expect(sentences.filter((s) => isText(s ?? null)).length).toBeGreaterThan(0);
    const strings = p.sheets
      .flatMap((s) => s.table?.rows.flat() ?? [])
      .filter((v): v is string => typeof v === "string");
    expect(strings.some((s) => /^[=+\-@]/.test(s))).toBe(false);
  });

  it("stores each report's full text in the hidden sheet, in cells below Excel's limit", () => {
    const long = "新增企业5家。".repeat(12_000);
    const p = planWorkbook([{ report: parseReport(long, { source: "long.txt" }), text: long }]);
    const rows = sheet(p, "sources").table!.rows;
    expect(rows.length).toBe(Math.ceil(long.length / CELL_TEXT_LIMIT));
    expect(rows.map((r) => shownValue(r[2]!)).join("")).toBe(long);
    expect(splitForCells("a\ud83d\ude00b", 2)).toEqual(["a", "\ud83d\ude00", "b"]);
  });

  it("lists failed files in 报告 with their error", () => {
    const p = planWorkbook([seed003], { failures: [{ source: "missing.txt", error: "找不到文件" }] });
    const last = sheet(p, "reports").table!.rows.at(-1)!;
    expect(last).toHaveLength(13);
    expect([last[0], last[12]]).toEqual(["missing.txt", "找不到文件"]);
  });

  it("names columns past Z the way Excel does", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
