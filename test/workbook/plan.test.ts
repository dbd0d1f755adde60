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
  it("lays out the six sheets with Chinese names, or English ones when asked", () => {
    expect(planWorkbook([seed003]).sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["目标对比", false],
      ["历年趋势", false],
      ["指标", false],
      ["透视", false],
      ["报告", false],
      ["来源", true],
    ]);
    const en = planWorkbook([seed003], { lang: "en" });
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Goals vs results",
      "Trends",
      "Indicators",
      "Pivot",
      "Reports",
      "Sources",
    ]);
    expect(sheet(en, "indicators").table!.columns[0]!.header).toBe("Record ID");
    expect(en.sheets.every((s) => validSheetName(s.name))).toBe(true);
  });

  it("writes one tidy row per record, numbers as numbers", () => {
    const ind = sheet(planWorkbook([seed003]), "indicators");
    expect(ind.table!.rows).toHaveLength(seed003.report.indicators.length);
    expect(column(ind, "id")).toEqual(seed003.report.indicators.map((r) => r.id));
    expect(column(ind, "stdValue").every((v) => typeof v === "number")).toBe(true);
    expect(column(ind, "year").every((v) => typeof v === "number")).toBe(true);
    expect(ind.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("has one goal row per target, sorted by body and year, then ten rows for goals typed by hand", () => {
    const goals = sheet(planWorkbook([fixture, seed003]), "goals");
    const targets = [...seed003.report.indicators, ...fixture.report.indicators].filter((r) => r.kind === "target");
    expect(goals.table!.rows).toHaveLength(targets.length + MANUAL_GOAL_ROWS);
    const years = column(goals, "targetYear").slice(0, targets.length) as number[];
    expect(years).toEqual([...years].sort());
    const manual = goals.table!.rows.slice(-MANUAL_GOAL_ROWS);
    expect(manual.every((r) => r[0] === null && isFormula(r[10]!))).toBe(true);
  });

  it("knows the results its formulas will compute: actuals from a later report, preliminary 预计 figures, 待数据", () => {
    const plan = planWorkbook([seed003, fixture]);
    const goals = sheet(plan, "goals");
    const rows = new Map(
      goals.table!.rows.map((r) => [`${shownValue(r[3]!)}|${shownValue(r[2]!)}`, r.map((c) => shownValue(c))]),
    );
    const at = (name: string, year: number) => rows.get(`${name}|${year}`)!;
    // columns: …, previous 9, actual 10, source 11, manual 12, completion 13, status 14
    expect(at("地区生产总值", 2024).slice(9, 15)).toEqual([
      -6.2,
      8.4,
      "报告实际",
      null,
      expect.closeTo(0.4, 9),
      "达成",
    ]);
    expect(at("固定资产投资", 2024).slice(9, 15)).toEqual([325000, 81000, "报告实际", null, 0.9, "未达成"]);
    expect(at("高层建筑隐患排查", 2024).slice(10, 15)).toEqual([100, "预计(初步)", null, 1, "达成"]);
    expect(at("新建婴幼儿照护驿站", 2024)[14]).toBe("待数据");
    expect(plan.summary).toMatchObject({ reports: 2, targetsMatched: 6 });
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
    expect([last[0], last[12]]).toEqual(["missing.txt", "找不到文件"]);
  });

  it("names columns past Z the way Excel does", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
