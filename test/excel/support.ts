// Shared by the add-in tests: seed reports, applying a plan into the fake, reading a table back.
import { readFileSync } from "node:fs";
import { parseReport, reportIdOf } from "../../src/report/index.ts";
import type { ParsedReport } from "../../src/workbook/plan.ts";
import type { WorkbookPlan } from "../../src/workbook/types.ts";
import { applyPlan } from "../../src/excel/writer.ts";
import { asExcel, FakeContext, type FakeOptions, type FakeWorkbookModel } from "./fake.ts";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");

export const input = (p: string, source = p.split("/").pop()!): ParsedReport => ({
  report: parseReport(read(p), { source }),
  text: read(p),
});

export const SEEDS = [
  "000_e503b99b59d123f0",
  "001_0e7a08fd52921b11",
  "002_0cdd634d9f14d8d9",
  "003_56b0c7f3c4912e2a",
  "004_191eb5bed6b7048b",
].map((id) => input(`seeds/${id}.txt`));
export const seed003 = SEEDS[3]!;
export const fixture = input("test/fixtures/dongliu-2024-review.txt");

/** A parsed report as if its file (another copy) had another name (the parse depends on the name only through the ids). */
function renamed({ report, text }: ParsedReport, source: string): ParsedReport {
  const id = reportIdOf(source);
  const indicators = report.indicators.map((r) => ({ ...r, id: id + r.id.slice(report.id.length) }));
  // The copy's text is told apart by its name: one text added twice is kept once.
  return { report: { ...report, id, source, indicators }, text: `${text}\n${source}` };
}

interface Totals {
  reports: number;
  records: number;
  goals: number;
}

/** The seeds again and again under other file names, until `enough` says so. */
function seedCopies(enough: (totals: Totals) => boolean): ParsedReport[] {
  const many: ParsedReport[] = [];
  const totals: Totals = { reports: 0, records: 0, goals: 0 };
  for (let k = 0; !enough(totals); k++) {
    const copy = renamed(SEEDS[k % SEEDS.length]!, `r${k}.txt`);
    many.push(copy);
    totals.reports++;
    totals.records += copy.report.indicators.length;
    totals.goals += copy.report.indicators.filter((i) => i.kind === "target").length;
  }
  return many;
}

/** Copies of the seeds holding at least `records` indicator rows. */
export const manyReports = (records: number) => seedCopies((t) => t.records >= records);

/** Copies of the seeds: at least so many reports, indicator rows and goal rows. */
export const collection = (least: Totals) =>
  seedCopies((t) => t.reports >= least.reports && t.records >= least.records && t.goals >= least.goals);

export async function apply(
  model: FakeWorkbookModel,
  plan: WorkbookPlan,
  only?: Parameters<typeof applyPlan>[2]["only"],
  options: FakeOptions = {},
) {
  const ctx = new FakeContext(model, options);
  const result = await applyPlan(asExcel(ctx), plan, { only, requirements: ctx.requirements });
  return { ctx, result };
}

/** A table's cells as `formulas` shows them: header and rows. */
export function table(model: FakeWorkbookModel, name: string) {
  const t = model.table(name)!;
  const rows: (string | number | boolean)[][] = [];
  for (let r = t.box.r0; r <= t.box.r1; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = t.box.c0; c <= t.box.c1; c++) row.push(t.sheet.formulaOf(r, c));
    rows.push(row);
  }
  return { sheet: t.sheet, header: rows[0]!.map(String), rows: rows.slice(1), box: t.box };
}
