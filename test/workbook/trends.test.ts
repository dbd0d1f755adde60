// 历年趋势 from the pairing's pairs: 保定市's growth targets and results by year as ../shared/dev/pairs.json
// states them, revisions kept, the parent's target beside the body's, and charts reading the rows they show.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../../src/report/index.ts";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { columnLetter, shownValue } from "../../src/workbook/cells.ts";
import type { SheetPlan } from "../../src/workbook/types.ts";
import { DEV_RAW, devReports } from "../xlsx/workbooks.ts";

interface GoldPair {
  body: string;
  year: number;
  rows: { canonical: string; measure: string; target: number; actual: number | null }[];
}

/** Row of the trend table for one body, indicator, measure label and line label. */
function trendRow(sheet: SheetPlan, body: string, indicator: string, measure: string, line: string) {
  const t = sheet.table!;
  const row = t.rows.find((r) => r[0] === body && r[2] === indicator && r[3] === measure && r[5] === line);
  if (!row) throw new Error(`no trend row ${body} ${indicator} ${measure} ${line}`);
  return Object.fromEntries(t.columns.map((c, k) => [c.header, shownValue(row[k] ?? null)]));
}

describe.runIf(existsSync(DEV_RAW))("历年趋势 of the 保定 development corpus", () => {
  const plan = planWorkbook(devReports());
  const trends = plan.sheets.find((s) => s.key === "trends")!;
  const gold = (JSON.parse(readFileSync(join(DEV_RAW, "../pairs.json"), "utf8")) as { pairs: GoldPair[] }).pairs;
  const gdp = gold
    .filter((p) => p.body === "保定市")
    .flatMap((p) =>
      p.rows.filter((r) => r.canonical === "地区生产总值" && r.measure === "yoy").map((r) => ({ ...r, year: p.year })),
    );

  it("shows 保定市's GDP growth target and result for each year pairs.json states, 待数据 where no result is stated", () => {
    expect(gdp.length).toBeGreaterThanOrEqual(4);
    const target = trendRow(trends, "保定市", "地区生产总值", "同比", "目标");
    const result = trendRow(trends, "保定市", "地区生产总值", "同比", "实际");
    const status = trendRow(trends, "保定市", "地区生产总值", "同比", "状态");
    for (const g of gdp) {
      expect(target[String(g.year)], `${g.year} target`).toBe(g.target);
      expect(result[String(g.year)] === "" ? null : result[String(g.year)], `${g.year} result`).toBe(g.actual);
      if (g.actual === null) expect(status[String(g.year)]).toBe("待数据");
      else expect(status[String(g.year)]).toMatch(/^(达成|未达成)$/);
    }
  });

  it("keeps a target that another report states differently, with the report that said which", () => {
    const notes = trendRow(trends, "保定市", "地区生产总值", "同比", "说明");
    const target = trendRow(trends, "保定市", "地区生产总值", "同比", "目标");
    // The 2025 plan (delivered in 2025) sets the 2025 target; the 2021 report's figure for 2025 stays beside it.
    expect(target["2025"]).toBe(6);
    expect(String(notes["2025"])).toContain("2025-baoding-gzbg.txt: 6");
    expect(String(notes["2025"])).toMatch(/2021-baoding-gzbg\.txt: \d/);
  });

  it("charts target vs result by year from the very rows of the table", () => {
    const chart = trends.charts!.find((c) => c.title.startsWith("保定市 地区生产总值（同比"))!;
    expect(chart.kind).toBe("line");
    const t = trends.table!;
    const [targetSeries, resultSeries] = chart.series;
    for (const [series, line] of [
      [targetSeries!, "目标"],
      [resultSeries!, "实际"],
    ] as const) {
      const row = Number(/\$(\d+)$/.exec(series.values)![1]);
      expect(t.rows[row - 2]![5]).toBe(line);
      expect(t.rows[row - 2]![2]).toBe("地区生产总值");
      const from = t.columns.findIndex((c) => c.header === series.categoryCache[0]);
      const to = from + series.categoryCache.length;
      expect(series.categoryCache).toEqual(t.columns.slice(from, to).map((c) => c.header));
      const shown = t.rows[row - 2]!.slice(from, to).map((v) => shownValue(v ?? null));
      expect(series.valueCache).toEqual(shown.map((v) => (v === "" || v === null ? null : v)));
    }
  });

  it("draws each body's charts over that body's own years only: 高阳县 2017–2019, 保定市 2020–2026", () => {
    const t = trends.table!;
    const yearColumns = t.columns.map((c, k) => [c.header, k] as const).filter(([h]) => /^\d{4}$/.test(h));
    /** Years in which the body's targets or results state something. */
    const statedYears = (body: string) =>
      yearColumns
        .filter(([, k]) => t.rows.some((r) => r[0] === body && (r[5] === "目标" || r[5] === "实际") && r[k] !== null))
        .map(([h]) => Number(h));
    const spans = new Map<string, string[]>();
    for (const chart of trends.charts!) {
      const body = chart.title.split(" ")[0]!;
      const years = statedYears(body);
      const span = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => String(years[0]! + i));
      const [first, last] = [span[0]!, span.at(-1)!].map((y) =>
        columnLetter(t.columns.findIndex((c) => c.header === y)),
      );
      for (const s of chart.series) {
        expect(s.categoryCache, chart.title).toEqual(span);
        expect(s.categories).toBe(`'历年趋势'!$${first}$1:$${last}$1`);
        expect(s.values).toMatch(new RegExp(`^'历年趋势'!\\$${first}\\$(\\d+):\\$${last}\\$\\1$`));
      }
      spans.set(body, span);
    }
    expect(spans.get("高阳县")).toEqual(["2017", "2018", "2019"]);
    expect([spans.get("保定市")![0], spans.get("保定市")!.at(-1)]).toEqual(["2020", "2026"]);
  });

  it("charts the latest year's headline completion on 目标对比 from a hidden sheet of one row per indicator", () => {
    const goals = plan.sheets.find((s) => s.key === "goals")!;
    const data = plan.sheets.find((s) => s.key === "completion")!;
    const chart = goals.charts!.find((c) => c.kind === "bar")!;
    // 2025: the 2021 plan's GDP level target for 2025 (5000亿元) meets the 2026 report's 2025 result (5002.5亿元).
    expect(chart.title).toMatch(/^2025 保定市 /);
    expect(data.hidden).toBe(true);
    const t = data.table!;
    const n = t.rows.length;
    expect(n).toBeGreaterThanOrEqual(1);
    const [series] = chart.series;
    // One contiguous column each (Office.js charts a range, not a union of cells): labels in B, completion in F.
    expect([series!.categories, series!.values]).toEqual([
      `'${data.name}'!$B$2:$B$${n + 1}`,
      `'${data.name}'!$F$2:$F$${n + 1}`,
    ]);
    expect(series!.categoryCache).toEqual(t.rows.map((r) => shownValue(r[1] ?? null)));
    const gdp = t.rows.findIndex((r) => r[1] === "地区生产总值");
    expect(series!.valueCache[gdp]).toBeCloseTo(100.05, 6);
    // Live: target and result are looked up in 指标 by record id, completion divides them.
    const row = t.rows[gdp]!;
    expect(row.slice(0, 3)).toEqual(["保定市", "地区生产总值", 2025]);
    for (const k of [3, 4])
      expect((row[k] as { formula: string }).formula).toMatch(/^IFERROR\(INDEX\('指标'!\$N:\$N,MATCH\("/);
    expect((row[5] as { formula: string }).formula).toBe(
      `IF(OR(D${gdp + 2}="",E${gdp + 2}="",N(D${gdp + 2})=0),"",E${gdp + 2}/D${gdp + 2}*100)`,
    );
    expect(shownValue(row[5]!)).toBeCloseTo(100.05, 6);
  });
});

describe("the parent's target beside the body's", () => {
  const report = (text: string, source: string, parent: string | null) => {
    const r = parseReport(text, { source });
    return { report: { ...r, meta: { ...r.meta, parent } }, text };
  };
  const plan = planWorkbook([
    report("保定市2025年政府工作报告\n\n2025年主要预期目标：地区生产总值增长6%左右。\n", "city.txt", null),
    report("高阳县2025年政府工作报告\n\n2025年主要预期目标：地区生产总值增长7%左右。\n", "county.txt", "保定市"),
  ]);
  const trends = plan.sheets.find((s) => s.key === "trends")!;

  it("shows the 市's 2025 growth target under the 县's own", () => {
    expect(trendRow(trends, "高阳县", "地区生产总值", "同比", "目标")["2025"]).toBe(7);
    expect(trendRow(trends, "高阳县", "地区生产总值", "同比", "上级目标")["2025"]).toBe(6);
    expect(() => trendRow(trends, "保定市", "地区生产总值", "同比", "上级目标")).toThrow();
  });
});

describe.runIf(existsSync(DEV_RAW))("历年趋势 with the user's synonyms", () => {
  it("trends a result the user names a standard indicator in 同义词 (民生支出), by year, as the reports state it", () => {
    const reports = devReports();
    const rows = (synonyms?: string[][]) =>
      planWorkbook(reports, { synonyms })
        .sheets.find((s) => s.key === "trends")!
        .table!.rows.filter((r) => r[0] === "保定市" && r[2] === "民生支出");
    expect(rows()).toEqual([]);
    const trends = planWorkbook(reports, { synonyms: [["民生支出", "民生支出"]] }).sheets.find(
      (s) => s.key === "trends",
    )!;
    const result = trendRow(trends, "保定市", "民生支出", "数值", "实际");
    // 666亿元 for 2021 (the 2022 report) and 1041亿元 for 2024 (the 2025 report), in 万元.
    expect(Object.values(result)).toEqual(expect.arrayContaining([6_660_000, 10_410_000]));
  });
});
