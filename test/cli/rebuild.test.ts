// `zhibiao build -o EXISTING.xlsx` keeps the user's work: what they typed, their columns, their corrections.
import { describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { zhibiao } from "../support/cli.ts";

const SEED = "seeds/003_56b0c7f3c4912e2a.txt";
const NEXT = "test/fixtures/dongliu-2024-review.txt";
const MORE = "seeds/001_0e7a08fd52921b11.txt";

async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
function sheetRows(ws: ExcelJS.Worksheet) {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const value = (v: unknown) =>
    v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++)
    rows.push(Object.fromEntries(header.map((h, c) => [h, value(ws.getCell(r, c + 1).value) ?? ""])));
  return { header, rows, col: (h: string) => header.indexOf(h) + 1 };
}

describe("zhibiao build onto an existing workbook", () => {
  it("keeps 手工实际值, 备注, an added column, a typed goal and the corrections, by record id, with one more report", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "zb-rebuild-")), "comparison.xlsx");
    expect((await zhibiao("build", SEED, NEXT, "-o", out)).code).toBe(0);

    const wb = await open(out);
    const goalsWs = wb.getWorksheet("目标对比")!;
    const goals = sheetRows(goalsWs);
    const rowOf = (name: string) => {
      const k = goals.rows.findIndex((r) => r["对比指标"] === name);
      if (k < 0) throw new Error(`no goal ${name}`);
      return k + 2;
    };
    const idOf = (name: string) => String(goals.rows[rowOf(name) - 2]!["记录ID"]);
    const election = rowOf("小区首届业委会选举");
    goalsWs.getCell(election, goals.col("手工实际值")).value = 9;
    goalsWs.getCell(election, goals.col("备注")).value = "街道口头报告";
    const owner = goals.header.length + 1;
    goalsWs.getCell(1, owner).value = "负责人";
    goalsWs.getCell(election, owner).value = "王科长";
    const blank = goals.rows.findIndex((r) => r["对比指标"] === "" && r["记录ID"] === "") + 2;
    goalsWs.getCell(blank, goals.col("主体")).value = "东柳街道";
    goalsWs.getCell(blank, goals.col("目标年份")).value = 2024;
    goalsWs.getCell(blank, goals.col("对比指标")).value = "口袋公园";
    goalsWs.getCell(blank, goals.col("目标")).value = 3;
    // A record that is no target, and a target paired by hand with a record of the next report.
    const coverage = idOf("覆盖率");
    const microProjects = idOf("4大类民生微实事项目");
    const ind = sheetRows(wb.getWorksheet("指标")!);
    const canteen = String(
      ind.rows.find((r) => r["报告"] === "dongliu-2024-review.txt" && r["指标名称"] === "新建街道级老年食堂")![
        "记录ID"
      ],
    );
    const corrections = wb.getWorksheet("校正")!;
    corrections.getRow(2).values = [coverage, "不是指标"];
    corrections.getRow(3).values = [microProjects, "配对", canteen];
    await wb.xlsx.writeFile(out);

    const again = await zhibiao("build", SEED, NEXT, MORE, "-o", out);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("3");

    const after = await open(out);
    const g = sheetRows(after.getWorksheet("目标对比")!);
    const row = (name: string) => g.rows.find((r) => r["对比指标"] === name);
    expect(row("小区首届业委会选举")).toMatchObject({
      手工实际值: 9,
      备注: "街道口头报告",
      负责人: "王科长",
      实际: 9,
      实际来源: "手工",
      状态: "达成",
    });
    expect(row("覆盖率")).toBeUndefined();
    expect(row("4大类民生微实事项目")).toMatchObject({ 配对记录: canteen, 配对方式: "手工配对", 实际: "1个" });
    expect(row("口袋公园")).toMatchObject({ 主体: "东柳街道", 目标年份: 2024, 目标: 3 });
    expect(g.rows.filter((r) => r["对比指标"] === "" && r["记录ID"] === "")).toHaveLength(10);
    // The new report's targets are in, and the corrections table is as the user left it.
    expect(g.rows.some((r) => r["主体"] === "文新街道")).toBe(true);
    const c = sheetRows(after.getWorksheet("校正")!);
    expect(c.rows.map((r) => [r["记录ID"], r["校正项"], r["新值"]])).toEqual([
      [coverage, "不是指标", ""],
      [microProjects, "配对", canteen],
    ]);
    expect(sheetRows(after.getWorksheet("指标")!).rows.some((r) => r["记录ID"] === coverage)).toBe(false);
  }, 120_000);
});

describe("zhibiao build onto an existing workbook with the user's synonyms", () => {
  const TARGETS = "../shared/dev/raw/2024-baoding-gzbg.txt";
  const RESULTS = "../shared/dev/raw/2025-baoding-gzbg.txt";
  const TARGET = "抓好D级房重建";

  it("applies a row typed into 同义词 before pairing: a target that paired with nothing gets its actual, and the row stays", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "zb-synonyms-")), "comparison.xlsx");
    expect((await zhibiao("build", TARGETS, RESULTS, "-o", out)).code).toBe(0);
    const wb = await open(out);
    const before = sheetRows(wb.getWorksheet("目标对比")!).rows.find((r) => r["指标名称"] === TARGET)!;
    expect(before).toMatchObject({ 对比指标: TARGET, 配对记录: "", 状态: "待数据" });

    // The built-in rows are there, marked; the user types one row into the first empty one.
    const ws = wb.getWorksheet("同义词")!;
    const s = sheetRows(ws);
    expect(s.header).toEqual(["原文名称", "标准指标", "出处"]);
    expect(s.rows).toContainEqual({ 原文名称: "生产总值", 标准指标: "地区生产总值", 出处: "内置" });
    const blank = s.rows.findIndex((r) => r["原文名称"] === "") + 2;
    ws.getRow(blank).values = [TARGET, "农房重建"];
    await wb.xlsx.writeFile(out);

    for (let build = 0; build < 2; build++) {
      const again = await zhibiao("build", TARGETS, RESULTS, "-o", out);
      expect(again.code, again.stderr).toBe(0);
      const after = await open(out);
      const row = sheetRows(after.getWorksheet("目标对比")!).rows.find((r) => r["指标名称"] === TARGET)!;
      expect(row).toMatchObject({ 对比指标: "农房重建", 实际: "12179户", 配对方式: "标准指标", 状态: "达成" });
      expect(String(row["配对记录"])).toMatch(/^2025-baoding-gzbg/);
      // The user's row survives, marked as theirs, once.
      const mine = sheetRows(after.getWorksheet("同义词")!).rows.filter((r) => r["原文名称"] === TARGET);
      expect(mine).toEqual([{ 原文名称: TARGET, 标准指标: "农房重建", 出处: "用户" }]);
    }
  }, 180_000);
});
