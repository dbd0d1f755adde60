// The add-in draws the plan's charts as the .xlsx does: the same names, titles and types, and each series
// reading the same cells as the chart part's <c:f> (parity), at ExcelApi 1.7 and at the newest set.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { splitReference } from "../../src/excel/charts.ts";
import { FakeWorkbookModel, NEWEST_SET } from "./fake.ts";
import { apply } from "./support.ts";
import { DEV_RAW, devReports } from "../xlsx/workbooks.ts";

/** A plan reference as the fake records a range: Sheet!A1:B2. */
function asRange(ref: string): string {
  const r = splitReference(ref)!;
  const [a, b] = r.address.split(":");
  return `${r.sheet}!${a}:${b ?? a}`;
}

describe.runIf(existsSync(DEV_RAW))("charts in the add-in", () => {
  const plan = planWorkbook(devReports());
  const trends = plan.sheets.find((s) => s.key === "trends")!;

  it.each(["1.7", NEWEST_SET])(
    "draws each trend chart with the .xlsx chart parts' series (ExcelApi %s)",
    async (api) => {
      const model = new FakeWorkbookModel();
      const { result } = await apply(model, plan, undefined, { api });
      const drawn = model.sheet(trends.name)!.charts;
      expect(drawn.map((c) => c.name)).toEqual(trends.charts!.map((c) => c.name));
      expect(result.charts).toEqual(expect.arrayContaining(trends.charts!.map((c) => c.name)));
      // The chart parts of the .xlsx, in the order they were written (trend charts follow 目标对比's).
      const parts = unzipSync(await writeXlsx(plan));
      const formulas = Object.keys(parts)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
        .map((p) =>
          [...strFromU8(parts[p]!).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'")),
        );
      const trendFormulas = formulas.slice(formulas.length - trends.charts!.length);
      trends.charts!.forEach((c, i) => {
        const fake = drawn[i]!;
        expect(fake).toMatchObject({ title: c.title, type: c.kind === "line" ? "Line" : expect.any(String) });
        expect(fake.series.map((s) => s.name)).toEqual(c.series.map((s) => s.name));
        expect(fake.series.map((s) => s.values)).toEqual(c.series.map((s) => asRange(s.values)));
        expect(fake.series.map((s) => s.categories)).toEqual(c.series.map((s) => asRange(s.categories)));
        // <c:f> holds categories then values for each series.
        expect(trendFormulas[i]!.map(asRange)).toEqual(
          c.series.flatMap((s) => [asRange(s.categories), asRange(s.values)]),
        );
      });
    },
  );

  it("replaces its charts on a second run instead of adding copies", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, plan);
    await apply(model, plan);
    expect(model.sheet(trends.name)!.charts).toHaveLength(trends.charts!.length);
  });

  it("leaves out the completion chart, whose series is a union of cells Office.js cannot take as one range", async () => {
    const model = new FakeWorkbookModel();
    const { result } = await apply(model, plan);
    const goals = plan.sheets.find((s) => s.key === "goals")!;
    expect(goals.charts!.length).toBe(1);
    expect(result.charts).not.toContain(goals.charts![0]!.name);
  });
});
