import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseReport } from "../../src/report/index.ts";
import { planWorkbook, type ParsedReport } from "../../src/workbook/plan.ts";
import type { WorkbookPlan } from "../../src/workbook/types.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { applyPlan, REGISTRY_SETTING } from "../../src/excel/writer.ts";
import { MAX_REQUEST_BYTES } from "../../src/excel/chunks.ts";
import { asExcel, FakeContext, FakeExcelError, FakeSheetModel, FakeWorkbookModel } from "./fake.ts";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");
const input = (p: string): ParsedReport => ({
  report: parseReport(read(p), { source: p.split("/").pop()! }),
  text: read(p),
});
const SEEDS = [
  "000_e503b99b59d123f0",
  "001_0e7a08fd52921b11",
  "002_0cdd634d9f14d8d9",
  "003_56b0c7f3c4912e2a",
  "004_191eb5bed6b7048b",
].map((id) => input(`seeds/${id}.txt`));
const seed003 = SEEDS[3]!;
const fixture = input("test/fixtures/dongliu-2024-review.txt");

async function apply(model: FakeWorkbookModel, plan: WorkbookPlan, only?: Parameters<typeof applyPlan>[2]["only"]) {
  const ctx = new FakeContext(model);
  const result = await applyPlan(asExcel(ctx), plan, { only, pivotSupported: true });
  return { ctx, result };
}

/** A table's cells as the model holds them: header and rows of inputs. */
function table(model: FakeWorkbookModel, name: string) {
  const t = model.tables.find((x) => x.name === name)!;
  const rows: (string | number | boolean)[][] = [];
  for (let r = t.box.r0; r <= t.box.r1; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = t.box.c0; c <= t.box.c1; c++) row.push(t.sheet.cell(r, c)?.input ?? "");
    rows.push(row);
  }
  return { sheet: t.sheet, header: rows[0]!.map(String), rows: rows.slice(1), box: t.box };
}

function snapshot(model: FakeWorkbookModel): string {
  return JSON.stringify({
    sheets: model.sheets.map((s) => ({
      name: s.name,
      vis: s.visibility,
      cells: [...s.cells.entries()].sort(),
      cf: s.conditionalFormats.length,
      pivots: s.pivots.map((p) => [p.name, p.rows, p.columns]),
    })),
    tables: model.tables.map((t) => [t.name, t.sheet.name, t.box]),
    settings: [...model.settings.entries()],
  });
}

describe("the strict fake", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync, like Excel", async () => {
    const ctx = new FakeContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(FakeExcelError);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await ctx.sync();
    expect(sheets.items).toEqual([]);
  });
});

describe("applyPlan (Office.js writer)", () => {
  it("loads indicators, then builds the template, then refreshes with a new report", async () => {
    const model = new FakeWorkbookModel();
    const first = planWorkbook([seed003]);
    await apply(model, first, ["indicators", "reports", "sources"]);
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["指标", "Visible"],
      ["报告", "Visible"],
      ["来源", "Hidden"],
    ]);
    expect(table(model, "tblIndicators").rows).toHaveLength(seed003.report.indicators.length);

    await apply(model, first, ["goals"]);
    const goals = table(model, "tblGoals");
    expect(goals.header.slice(0, 4)).toEqual(["记录ID", "主体", "目标年份", "指标名称"]);
    expect(String(goals.rows[0]![10])).toContain("'指标'!$S:$S");

    const second = planWorkbook([seed003, fixture]);
    const { result } = await apply(model, second);
    expect(result.pivot).toBe("created");
    expect(table(model, "tblIndicators").rows).toHaveLength(
      seed003.report.indicators.length + fixture.report.indicators.length,
    );
    expect(model.sheets.find((s) => s.name === "透视")!.pivots[0]).toMatchObject({
      rows: ["标准指标", "指标名称"],
      columns: ["主体"],
      data: ["标准数值"],
    });
    expect(JSON.parse(String(model.settings.get(REGISTRY_SETTING)))).toHaveProperty("goals");
  });

  it("leaves the same cells as the exceljs workbook (parity, sheet by sheet)", async () => {
    const plan = planWorkbook(SEEDS);
    const model = new FakeWorkbookModel();
    await apply(model, plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(plan)).buffer as ArrayBuffer);
    for (const sheet of plan.sheets.filter((s) => s.table)) {
      const fake = table(model, sheet.table!.name);
      const ws = wb.getWorksheet(sheet.name)!;
      expect(fake.sheet.name).toBe(ws.name);
      const rows = [fake.header, ...fake.rows];
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const xlsxCell = ws.getCell(r + 1, c + 1);
          const x = xlsxCell.value as unknown;
          const excel =
            x && typeof x === "object" && "formula" in (x as object)
              ? `=${(x as { formula: string }).formula}`
              : (x ?? "");
          const officeJs = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
          if (officeJs !== excel)
            throw new Error(
              `${sheet.name}!${xlsxCell.address}: Office.js ${JSON.stringify(officeJs)} ≠ exceljs ${JSON.stringify(excel)}`,
            );
        }),
      );
    }
  });

  it("gives the same workbook when refresh runs twice", async () => {
    const plan = planWorkbook([seed003, fixture]);
    const model = new FakeWorkbookModel();
    await apply(model, plan);
    await apply(model, plan);
    const once = snapshot(model);
    await apply(model, plan);
    expect(snapshot(model)).toBe(once);
  });

  it("keeps what the user typed — 手工实际值, 备注, their own column, a goal typed by hand — attached to the right rows", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]));
    const goals = table(model, "tblGoals");
    const col = (name: string) => goals.header.indexOf(name);
    const rowOf = (t: ReturnType<typeof table>, id: string) => t.rows.findIndex((r) => r[0] === id);
    const nursery = seed003.report.indicators.find((r) => r.name === "新建婴幼儿照护驿站")!.id;
    const g = rowOf(goals, nursery) + 1;
    goals.sheet.setInput(g, col("手工实际值"), 2);
    goals.sheet.setInput(g, col("备注"), "街道口头报告");
    // A goal typed into the first empty row.
    const blank = goals.rows.findIndex((r) => r[0] === "") + 1;
    goals.sheet.setInput(blank, col("主体"), "东柳街道");
    goals.sheet.setInput(blank, col("目标年份"), 2024);
    goals.sheet.setInput(blank, col("指标名称"), "口袋公园");
    goals.sheet.setInput(blank, col("目标值"), 3);
    // A column the user added to tblIndicators.
    const ind = table(model, "tblIndicators");
    const extra = ind.box.c1 + 1;
    ind.sheet.setInput(0, extra, "我的分类");
    ind.rows.forEach((r, i) => ind.sheet.setInput(i + 1, extra, `分类-${r[0]}`));
    model.tables.find((t) => t.name === "tblIndicators")!.box.c1 = extra;

    await apply(model, planWorkbook([fixture, seed003])); // new rows come first: every old row moves
    const after = table(model, "tblGoals");
    const row = after.rows[rowOf(after, nursery)]!;
    expect([row[col("手工实际值")], row[col("备注")]]).toEqual([2, "街道口头报告"]);
    expect(String(row[col("实际值")])).toContain(`M${rowOf(after, nursery) + 2}`);
    const typed = after.rows.find((r) => r[col("指标名称")] === "口袋公园")!;
    expect([typed[col("主体")], typed[col("目标年份")], typed[col("目标值")]]).toEqual(["东柳街道", 2024, 3]);
    const typedRow = after.rows.indexOf(typed) + 2;
    expect(String(typed[col("状态")])).toContain(`K${typedRow}`);
    expect(after.rows.filter((r) => r[0] === "" && r[col("指标名称")] === "")).toHaveLength(10);
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
    mine.setInput(0, 0, "我自己的指标");
    model.sheets.push(mine);
    const { result } = await apply(model, planWorkbook([seed003]));
    expect(result.sheets.indicators).toBe("指标 (2)");
    expect(result.renamed).toEqual(["indicators"]);
    expect([...mine.cells.entries()]).toEqual([["0,0", { input: "我自己的指标" }]]);
    expect(String(table(model, "tblGoals").rows[0]![10])).toContain("'指标 (2)'!$S:$S");
    await apply(model, planWorkbook([seed003]));
    expect(model.sheets.map((s) => s.name)).toEqual(["指标", "目标对比", "指标 (2)", "透视", "报告", "来源"]);
  });

  it("syncs a constant number of times whatever the row count, plus one per chunk", async () => {
    const syncsFor = async (plan: WorkbookPlan) => (await apply(new FakeWorkbookModel(), plan)).ctx.syncs;
    const one = await syncsFor(planWorkbook([seed003]));
    const five = await syncsFor(planWorkbook(SEEDS));
    expect(five).toBe(one);
  });

  it("keeps every request under 4 MB with 100,000 indicator rows", async () => {
    const many: ParsedReport[] = [];
    for (let k = 0; many.reduce((n, p) => n + p.report.indicators.length, 0) < 100_000; k++) {
      const s = SEEDS[k % SEEDS.length]!;
      many.push({ report: parseReport(s.text, { source: `r${k}.txt` }), text: s.text });
    }
    const plan = planWorkbook(many);
    const { ctx } = await apply(new FakeWorkbookModel(), plan, ["indicators"]);
    const small = (await apply(new FakeWorkbookModel(), planWorkbook([seed003]), ["indicators"])).ctx.syncs;
    expect(plan.summary.records).toBeGreaterThanOrEqual(100_000);
    expect(ctx.maxRequestBytes).toBeLessThan(MAX_REQUEST_BYTES);
    const chunks = Math.ceil(ctx.requestBytes.reduce((a, b) => a + b, 0) / MAX_REQUEST_BYTES);
    expect(ctx.syncs - small).toBeLessThanOrEqual(chunks + 1);
  }, 120_000);
});

describe("applyPlan dependencies", () => {
  it("writes 指标 too when the template is built first, so its formulas never point at a missing sheet", async () => {
    const model = new FakeWorkbookModel();
    const { result } = await apply(model, planWorkbook([seed003]), ["goals"]);
    expect(Object.keys(result.sheets).sort()).toEqual(["goals", "indicators"]);
    expect(model.sheet("指标")).toBeDefined();
  });
});

describe("applyPlan when the user removed part of Zhibiao's work", () => {
  it("recreates a table the user deleted from Zhibiao's sheet, and a sheet the user deleted", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, planWorkbook([seed003]));
    model.tables = model.tables.filter((t) => t.name !== "tblReports");
    // Deleting a sheet deletes its tables.
    model.sheets = model.sheets.filter((s) => s.name !== "来源");
    model.tables = model.tables.filter((t) => model.sheets.includes(t.sheet));
    const { result } = await apply(model, planWorkbook([seed003]));
    expect(result.sheets.reports).toBe("报告");
    expect(table(model, "tblReports").rows).toHaveLength(1);
    expect(table(model, "tblSources").sheet.name).toBe("来源");
  });
});
