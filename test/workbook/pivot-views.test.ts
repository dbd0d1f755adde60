// The pivot's views as the plan defines them, computed from 指标's rows the way a PivotTable sums them: the
// default filters keep figures over several years (五年来, 十三五, 年均) out of the year columns, and the second
// view puts the bodies side by side for one year.
import { describe, expect, it } from "vitest";
import { planWorkbook } from "../../src/workbook/plan.ts";
import type { PivotPlan, SheetPlan, WorkbookPlan } from "../../src/workbook/types.ts";
import { shownValue } from "../../src/workbook/cells.ts";
import { devReports, seedReports } from "../xlsx/workbooks.ts";

const dev = devReports();

/** The cells a pivot shows under its opening filters (or others): row label → column item → sum. */
function view(plan: WorkbookPlan, p: PivotPlan, selection: Record<string, string> = p.pageSelection) {
  const source = plan.sheets.find((s) => s.name === p.sourceSheet)!.table!;
  const at = (key: string) => source.columns.findIndex((c) => c.key === key);
  const cells = new Map<string, Map<string, number>>();
  for (const row of source.rows) {
    const v = (key: string) => shownValue(row[at(key)] ?? null);
    const value = v(p.dataField.column);
    if (typeof value !== "number") continue;
    if (Object.entries(selection).some(([key, item]) => String(v(key)) !== item)) continue;
    const label = String(v(p.rowFields[0]!));
    const column = String(v(p.columnFields[0]!));
    const line = cells.get(label) ?? new Map<string, number>();
    line.set(column, (line.get(column) ?? 0) + value);
    cells.set(label, line);
  }
  return cells;
}

const pivotOf = (plan: WorkbookPlan, name = "ptIndicators") =>
  plan.sheets.find((s: SheetPlan) => s.pivot?.name === name)!.pivot!;

describe.skipIf(!dev.length)("the pivot on the 保定 reports", () => {
  const plan = planWorkbook(dev);
  const ind = plan.sheets.find((s) => s.key === "indicators")!.table!;
  const at = (key: string) => ind.columns.findIndex((c) => c.key === key);

  it("shows single-year figures in the year columns: 城镇新增就业 over 2016-2020 has its own span", () => {
    const p = pivotOf(plan);
    const baoding = view(plan, p, { ...p.pageSelection, body: "保定市" });
    // The 2021 report's 十三五 review: 城镇新增就业50.2万人 is the five years' total, not 2020's.
    expect(baoding.get("城镇新增就业（人）")?.get("2020")).not.toBe(502_000);
    for (const [, line] of baoding) for (const [year] of line) expect(year).toMatch(/^\d{4}$/);
    // Every figure in the default view covers one year; the five-year ones are under their period.
    const shown = ind.rows.filter(
      (r) => r[at("pivotSpan")] === "单年" && r[at("body")] === "保定市" && typeof r[at("pivotValue")] === "number",
    );
    expect(shown.length).toBeGreaterThan(20);
    for (const r of shown) expect(String(r[at("period")] ?? "")).not.toMatch(/\d{4}\D+\d{4}/);
    const fiveYears = view(plan, p, { ...p.pageSelection, body: "保定市", pivotSpan: "2016-2020" });
    expect(fiveYears.get("城镇新增就业（人）")?.get("2020")).toBe(502_000);
  });
});

describe("indicator × body for a chosen year", () => {
  for (const [label, inputs] of [
    ["seeds", seedReports()],
    ["保定", dev],
  ] as const) {
    it.skipIf(!inputs.length)(
      `${label}: a second pivot on its own sheet, each cell the body's figure in the year view`,
      () => {
        const plan = planWorkbook(inputs);
        const byYear = pivotOf(plan);
        const byBody = pivotOf(plan, "ptIndicatorsByBody");
        const sheet = plan.sheets.find((s) => s.pivot?.name === "ptIndicatorsByBody")!;
        expect(sheet.name).toBe("透视（各主体）");
        expect(byBody).toMatchObject({
          rowFields: ["pivotName"],
          columnFields: ["body"],
          sourceSheet: byYear.sourceSheet,
        });
        expect(byBody.pageFields).toContain("year");
        const { year, ...filters } = byBody.pageSelection;
        expect(year).toMatch(/^\d{4}$/);
        expect(filters).toEqual(Object.fromEntries(Object.entries(byYear.pageSelection).filter(([k]) => k !== "body")));
        const cells = view(plan, byBody);
        const bodies = new Set([...cells.values()].flatMap((line) => [...line.keys()]));
        if (label === "seeds") expect(bodies.size).toBeGreaterThanOrEqual(2);
        expect(cells.size).toBeGreaterThan(2);
        for (const body of bodies) {
          const own = view(plan, byYear, { ...byYear.pageSelection, body });
          for (const [name, line] of cells) if (line.has(body)) expect(line.get(body)).toBe(own.get(name)?.get(year!));
        }
      },
    );
  }
});
