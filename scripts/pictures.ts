// npm run pictures: renders the top of 目标对比 and 指标, as LibreOffice computes and prints them, to
// docs/*.png for the README. Input: the sample reports plus the next-year fixture (so goals meet results).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../src/report/index.ts";
import { planWorkbook, type ParsedReport } from "../src/workbook/plan.ts";
import { labelsFor, trendLabelsFor } from "../src/workbook/labels.ts";
import type { SheetKey, WorkbookPlan } from "../src/workbook/types.ts";
import { writeXlsx } from "../src/xlsx/write.ts";
import { sofficePath, toPdf } from "../test/support/libreoffice.ts";

const root = new URL("..", import.meta.url).pathname;
const ROWS_SHOWN = 16;
const files = [
  ...readdirSync(join(root, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(root, "seeds", f)),
  join(root, "test/fixtures/dongliu-2024-review.txt"),
];
const parsed: ParsedReport[] = files.map((f) => {
  const text = readFileSync(f, "utf8");
  return { report: parseReport(text, { source: f.split("/").pop()! }), text };
});
const plan = planWorkbook(parsed);

/** The plan with only `show` visible (others hidden, so formulas still find them) and its first rows. */
function view(show: SheetKey, drop: (s: string) => boolean = () => false): WorkbookPlan {
  const sheets = plan.sheets
    .filter((s) => s.key === "indicators" || s.key === show)
    .map((s) => {
      if (s.key !== show) return { ...s, hidden: true };
      const t = s.table!;
      const keep = t.columns.map((c, k) => (drop(c.key) ? -1 : k)).filter((k) => k >= 0);
      return {
        ...s,
        conditionalFormats: s.conditionalFormats.filter((c) => !drop(c.column)),
        table: {
          ...t,
          columns: keep.map((k) => t.columns[k]!),
          rows: t.rows.slice(0, ROWS_SHOWN).map((r) => keep.map((k) => r[k]!)),
          rowNumFmts: t.rowNumFmts && { ...t.rowNumFmts, formats: t.rowNumFmts.formats.slice(0, ROWS_SHOWN) },
        },
      };
    });
  return {
    ...plan,
    sheets:
      show === "indicators" ? sheets : [sheets.find((s) => s.key === show)!, ...sheets.filter((s) => s.key !== show)],
  };
}

async function render(name: string, p: WorkbookPlan, { height = 330 } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "zb-pic-"));
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, await writeXlsx(p));
  const pdf = toPdf(xlsx, dir);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "130",
    "-f",
    "1",
    "-l",
    "1",
    "-x",
    "60",
    "-y",
    "100",
    "-W",
    "1420",
    "-H",
    String(height),
    "-singlefile",
    pdf,
    join(dir, name),
  ]);
  renameSync(join(dir, `${name}.png`), join(root, "docs", `${name}.png`));
  console.log(`docs/${name}.png`);
}

if (!sofficePath()) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui poppler-utils");
// The goals view keeps every column (formulas address columns by letter); its print area is the analyst's columns.
const goalsView = view("goals");
await render("goals", {
  ...goalsView,
  sheets: goalsView.sheets.map((s) => (s.key === "goals" ? { ...s, charts: undefined } : s)),
});
await render(
  "indicators",
  view("indicators", (k) => ["sentence", "id", "key", "section", "report", "parent"].includes(k)),
);

// 透视（各主体） as it opens: indicator × body for the year the most bodies report (the samples are several 街道).
await render(
  "pivot-by-body",
  {
    ...plan,
    sheets: [
      plan.sheets.find((s) => s.key === "pivotByBody")!,
      ...plan.sheets.filter((s) => s.key === "indicators").map((s) => ({ ...s, hidden: true, charts: undefined })),
    ],
  },
  { height: 420 },
);

// 历年趋势 and its chart, from the 保定 development corpus (six years of one city's reports): the first
// indicators' rows (formulas address rows of this sheet, so a prefix keeps them right) with the chart of the
// first headline indicator placed under them, printed one page wide.
const DEV_RAW = join(root, "../shared/dev/raw");
/** Lines of one indicator on 历年趋势 (target, result, gap, completion, status, notes). */
const TREND_ROWS = 6;
if (existsSync(DEV_RAW)) {
  const dev: ParsedReport[] = readdirSync(DEV_RAW)
    .sort()
    .map((f) => {
      const text = readFileSync(join(DEV_RAW, f), "utf8");
      return { report: parseReport(text, { source: f }), text };
    });
  const devPlan = planWorkbook(dev);
  const trends = devPlan.sheets.find((s) => s.key === "trends")!;
  const t = trends.table!;
  // The first indicator measured as growth: its target row starts the rows its chart reads.
  const start = Math.max(
    0,
    t.rows.findIndex((r) => r[3] === labelsFor("zh").measure.yoy && r[5] === trendLabelsFor("zh").lines.target),
  );
  const chart = trends.charts!.find((c) => Number(/\$(\d+)$/.exec(c.series[0]!.values)![1]) === start + 2);
  const shown = {
    ...trends,
    freeze: undefined,
    table: { ...t, rows: t.rows.slice(0, start + TREND_ROWS) },
    charts: chart ? [{ ...chart, anchor: { col: 2, row: start + TREND_ROWS + 2, cols: 9, rows: 16 } }] : [],
  };
  const sheets = devPlan.sheets
    .filter((s) => s.key === "indicators")
    .map((s) => ({ ...s, hidden: true, charts: undefined }));
  await render("trends", { ...devPlan, sheets: [shown, ...sheets] }, { height: 900 });
  // 透视 as it opens: indicator × year for the body with most results, reported levels, one unit per row.
  const pivot = devPlan.sheets.find((s) => s.key === "pivot")!;
  await render("pivot", { ...devPlan, sheets: [pivot, ...sheets] }, { height: 560 });
}
