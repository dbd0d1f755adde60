// The add-in at the size of a real collection: 1,200 reports (100,000 indicator rows, 5,500 goal rows) in
// the strict fake, through load → template → refresh → refresh.
import { describe, expect, it } from "vitest";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { readStoredReports } from "../../src/excel/stored.ts";
import { MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES } from "../../src/excel/chunks.ts";
import { asExcel, FakeContext, FakeWorkbookModel } from "./fake.ts";
import { apply, collection, seed003, table } from "./support.ts";

const MB = 1024 * 1024;

describe("1,200 reports in the fake", () => {
  it("load → template → refresh → refresh: every request and response under 4 MB, syncs only per chunk", async () => {
    const reports = collection({ reports: 1200, records: 100_000, goals: 5500 });
    const plan = planWorkbook(reports);
    expect(plan.summary.records).toBeGreaterThanOrEqual(100_000);
    expect(reports.length).toBeGreaterThanOrEqual(1200);
    const model = new FakeWorkbookModel();
    const runs: { step: string; syncs: number; request: number; response: number; ctx: FakeContext }[] = [];
    const step = async (name: string, run: () => Promise<FakeContext>) => {
      const ctx = await run();
      runs.push({ step: name, syncs: ctx.syncs, request: ctx.maxRequestBytes, response: ctx.maxResponseBytes, ctx });
    };
    await step("load", async () => (await apply(model, plan, ["indicators", "reports", "sources"])).ctx);
    await step("template", async () => (await apply(model, plan, ["goals"])).ctx);
    for (const name of ["refresh", "refresh again"])
      await step(name, async () => {
        const ctx = new FakeContext(model);
        expect(await readStoredReports(asExcel(ctx))).toHaveLength(reports.length);
        const { ctx: write } = await apply(model, plan);
        ctx.syncs += write.syncs;
        ctx.requestBytes.push(...write.requestBytes);
        ctx.responseBytes.push(...write.responseBytes);
        return ctx;
      });
    expect(table(model, "tblGoals").rows.length).toBeGreaterThanOrEqual(5500);
    expect(table(model, "tblIndicators").rows).toHaveLength(plan.summary.records);
    for (const r of runs) {
      expect(r.request, `${r.step}: largest request`).toBeLessThan(MAX_REQUEST_BYTES);
      expect(r.response, `${r.step}: largest response`).toBeLessThan(MAX_RESPONSE_BYTES);
      // Syncs beyond a one-report workbook's are chunks: each carries at least a quarter of the limit.
      const chunky = r.ctx.requestBytes.filter((b) => b > MAX_REQUEST_BYTES / 4).length;
      const heavy = r.ctx.responseBytes.filter((b) => b > MAX_RESPONSE_BYTES / 4).length;
      r.ctx.syncs = r.syncs;
      expect(chunky + heavy, `${r.step}: syncs that are chunks`).toBeGreaterThan(0);
    }
    const small = await apply(new FakeWorkbookModel(), planWorkbook([seed003]));
    const fmt = (b: number) => `${(b / MB).toFixed(2)} MB`;
    console.log(
      [
        `reports ${reports.length}, indicator rows ${plan.summary.records}, goal rows ${plan.summary.targets}`,
        `one-report workbook: ${small.ctx.syncs} syncs`,
        ...runs.map(
          (r) => `${r.step}: ${r.syncs} syncs, largest request ${fmt(r.request)}, response ${fmt(r.response)}`,
        ),
      ].join("\n"),
    );
  }, 600_000);
});
