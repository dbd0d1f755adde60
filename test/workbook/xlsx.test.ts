import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { parseReport, type Report } from "../../src/report/index.ts";
import { planWorkbook, type ParsedReport } from "../../src/workbook/plan.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { recalculatedSheets, sofficePath } from "../support/libreoffice.ts";
import { SHEETS_ZH } from "../support/sheets.ts";

const root = new URL("../..", import.meta.url).pathname;
const read = (p: string) => readFileSync(join(root, p), "utf8");
const inputs: ParsedReport[] = [
  ...[
    "000_e503b99b59d123f0",
    "001_0e7a08fd52921b11",
    "002_0cdd634d9f14d8d9",
    "003_56b0c7f3c4912e2a",
    "004_191eb5bed6b7048b",
  ].map((id) => `seeds/${id}.txt`),
  "test/fixtures/dongliu-2024-review.txt",
].map((p) => ({ report: parseReport(read(p), { source: p.split("/").pop()! }), text: read(p) }));
const reports: Report[] = inputs.map((i) => i.report);

let file = "";
beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), "zb-xlsx-")), "comparison.xlsx");
  writeFileSync(file, await writeXlsx(planWorkbook(inputs)));
});

describe("the .xlsx package", () => {
  it("reads back with exceljs: every tblIndicators row equals the parser's record", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("指标")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["记录ID", "报告", "主体", "上级"]);
    const records = reports.flatMap((r) => r.indicators.map((i) => ({ r, i })));
    expect(ws.rowCount).toBe(records.length + 1);
    records.forEach(({ r, i }, k) => {
      const row = (ws.getRow(k + 2).values as unknown[]).slice(1);
      expect(row.slice(0, 3)).toEqual([i.id, r.source, r.meta.body]);
      expect(row[4]).toBe(i.year);
      expect(row[7]).toBe(i.name);
      expect(row[11]).toBe(i.value);
      expect(row[12] ?? "").toBe(i.unit);
      expect(row[13]).toBe(i.standard!.value);
      expect(row[17]).toBe(i.at);
    });
    expect(wb.getWorksheet("来源")!.state).toBe("hidden");
    expect(wb.getWorksheet("指标")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("holds a pivot cache with one record per row and a pivot table on 透视", () => {
    const parts = unzipSync(readFileSync(file));
    const part = (path: string) => strFromU8(parts[path]!);
    const def = part("xl/pivotCache/pivotCacheDefinition1.xml");
    const recs = part("xl/pivotCache/pivotCacheRecords1.xml");
    const total = reports.reduce((n, r) => n + r.indicators.length, 0);
    expect(def).toContain(`recordCount="${total}"`);
    expect(def).toContain('refreshOnLoad="1"');
    expect(recs.match(/<r>/g)).toHaveLength(total);
    expect(part("[Content_Types].xml")).toContain("pivotTable+xml");
    expect(part("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"[^>]*\/><pivotCaches>/);
  });

  it.runIf(
    existsSync("/usr/bin/python3") &&
      (() => {
        try {
          execFileSync("/usr/bin/python3", ["-c", "import openpyxl"]);
          return true;
        } catch {
          return false;
        }
      })(),
  )("opens in openpyxl, a second reader, with its tables and pivot", () => {
    const out = execFileSync(
      "/usr/bin/python3",
      [
        "-c",
        `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ "sheets": wb.sheetnames, "tables": {ws.title: list(ws.tables.keys()) for ws in wb},
  "pivots": len(wb["透视"]._pivots), "hidden": wb["来源"].sheet_state,
  "fmt": wb["目标对比"]["J2"].number_format }, ensure_ascii=False))`,
        file,
      ],
      { encoding: "utf8" },
    );
    const info = JSON.parse(out);
    expect(info.sheets).toEqual(SHEETS_ZH);
    expect(info.tables).toMatchObject({
      目标对比: ["tblGoals"],
      指标: ["tblIndicators"],
      报告: ["tblReports"],
      来源: ["tblSources"],
      校正: ["tblCorrections"],
      同义词: ["tblSynonyms"],
      完成度图表数据: ["tblCompletion"],
    });
    expect(info.pivots).toBe(1);
    expect(info.hidden).toBe("hidden");
    expect(info.fmt).toBe("0.0%");
  });
});

describe.runIf(sofficePath())("recalculated by LibreOffice", () => {
  let sheets: Map<string, string[][]>;
  beforeAll(() => {
    sheets = recalculatedSheets(file);
  }, 180_000);

  const goal = (name: string, year: number) => {
    const rows = sheets.get("目标对比")!;
    const h = rows[0]!;
    const row = rows.find(
      (r) =>
        r[h.indexOf("主体")] === "东柳街道" &&
        r[h.indexOf("对比指标")] === name &&
        r[h.indexOf("目标年份")] === String(year),
    );
    if (!row) throw new Error(`no goal row ${name} ${year}`);
    return Object.fromEntries(h.map((k, i) => [k, row[i]]));
  };

  it("fills in actuals from the next year's report and computes completion (levels) or the gap in points (rates)", () => {
    expect(goal("地区生产总值", 2024)).toMatchObject({
      目标: "8%",
      实际: "8.4%",
      实际来源: "dongliu-2024-review.txt",
      完成度: "",
      状态: "达成",
    });
    expect(Number.parseFloat(goal("地区生产总值", 2024)["差距(百分点)"]!)).toBeCloseTo(0.4, 6);
    expect(goal("固定资产投资", 2024)).toMatchObject({
      目标: "9亿元",
      实际: "8.1亿元",
      "差距(百分点)": "",
      状态: "未达成",
    });
    expect(goal("固定资产投资", 2024).完成度).toMatch(/^90(\.0)?%$/);
    expect(goal("规上企业研发", 2024)).toMatchObject({ 实际: "12.5%", 状态: "未达成" });
    expect(goal("千人口托位数", 2024)).toMatchObject({ 判定: "≥", 实际: "4.9个", 状态: "达成" });
  });

  it("uses a preliminary 预计 figure when that is all the later report gives, and says so", () => {
    expect(goal("高层建筑隐患排查", 2024)).toMatchObject({
      实际: "100%",
      实际来源: "dongliu-2024-review.txt（预计）",
      状态: "达成",
    });
  });

  it("says 待数据 where no later report has the figure", () => {
    for (const name of ["新建婴幼儿照护驿站", "小区首届业委会选举", "覆盖率"])
      expect(goal(name, 2024).状态).toBe("待数据");
    expect(goal("固定资产投资", 2025)).toMatchObject({ 实际: "", 状态: "待数据" });
  });

  it("opens the pivot on indicator × year for one body: reported levels, one unit and one figure per cell, no empty group", () => {
    const rows = sheets.get("透视")!;
    const filter = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect([filter("主体"), filter("指标类别"), filter("类型"), filter("度量")]).toEqual([
      "东柳街道",
      "标准指标",
      "实际",
      "数值",
    ]);
    const headerRow = rows.findIndex((r) => r[0] === "透视指标");
    const years = rows[headerRow]!.slice(1).filter(Boolean);
    expect(years).toEqual(["2023", "2024"]);
    const body = rows.slice(headerRow + 1).filter((r) => r[0]);
    expect(body.length).toBeGreaterThan(3);
    for (const r of body) expect(r[0]).toMatch(/^[^（]+（[^）]+）$/);
    expect(body.map((r) => r[0])).not.toContain("(empty)");
    const cell = (name: string, year: string) => Number(body.find((r) => r[0] === name)![years.indexOf(year) + 1]);
    // One figure, not last year's actual plus this year's target: 8.1亿元 in 2024, 32.5亿元 in 2023.
    expect(cell("固定资产投资（万元）", "2024")).toBe(81000);
    expect(cell("固定资产投资（万元）", "2023")).toBe(325000);
    expect(cell("地区生产总值（万元）", "2024")).toBe(661000);
  });

  it("opens the second pivot on indicator × body for the year most bodies report, on the same cache", () => {
    const rows = sheets.get("透视（各主体）")!;
    const filter = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect([filter("年份"), filter("指标类别"), filter("类型"), filter("度量"), filter("时段")]).toEqual([
      "2024",
      "标准指标",
      "实际",
      "数值",
      "单年",
    ]);
    const headerRow = rows.findIndex((r) => r[0] === "透视指标");
    const bodies = rows[headerRow]!.slice(1).filter(Boolean);
    expect(bodies).toEqual(expect.arrayContaining(["东柳街道", "新城街道"]));
    const body = rows.slice(headerRow + 1).filter((r) => r[0]);
    const cell = (name: string, who: string) => Number(body.find((r) => r[0] === name)?.[bodies.indexOf(who) + 1]);
    // The same figure as the first pivot shows for 东柳街道 in 2024.
    expect(cell("地区生产总值（万元）", "东柳街道")).toBe(661000);
    expect(cell("固定资产投资（万元）", "东柳街道")).toBe(81000);
  });

  it("keeps formula-looking report text as text", async () => {
    const text = "=1+1新增企业5家。\n@SUM(1)完成投资3亿元。";
    const evil = join(mkdtempSync(join(tmpdir(), "zb-evil-")), "evil.xlsx");
    writeFileSync(evil, await writeXlsx(planWorkbook([{ report: parseReport(text, { source: "=2+2.txt" }), text }])));
    const s = recalculatedSheets(evil);
    expect(s.get("报告")![1]![0]).toBe("=2+2");
    expect(
      s
        .get("指标")!
        .slice(1)
        .map((r) => r[16]),
    ).toContain("=1+1新增企业5家。");
  }, 120_000);
});
