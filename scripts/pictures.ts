// npm run pictures: renders the top of 目标对比 and 指标, as LibreOffice computes and prints them, to
// docs/*.png for the README. Input: the sample reports plus the next-year fixture (so goals meet results).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../src/report/index.ts";
import { planWorkbook, type ParsedReport } from "../src/workbook/plan.ts";
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

async function render(name: string, p: WorkbookPlan): Promise<void> {
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
    "330",
    "-singlefile",
    pdf,
    join(dir, name),
  ]);
  renameSync(join(dir, `${name}.png`), join(root, "docs", `${name}.png`));
  console.log(`docs/${name}.png`);
}

if (!sofficePath()) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui poppler-utils");
// Only trailing columns may go from the goals view: formulas address columns by letter.
await render(
  "goals",
  view("goals", (k) => k === "sentence"),
);
await render(
  "indicators",
  view("indicators", (k) => ["sentence", "id", "key", "section", "report", "parent"].includes(k)),
);
