// ../shared/dev/pairs.json, measured in the built workbook as LibreOffice recalculates it: each hand-checked
// target row is there with its body, year, indicator and value, and shows the right actual, or 待数据.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../../src/report/index.ts";
import { planWorkbook } from "../../src/workbook/plan.ts";
import { labelsFor } from "../../src/workbook/labels.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";
import { recalculatedSheets, sofficePath } from "../support/libreoffice.ts";

const dev = new URL("../../../shared/dev/", import.meta.url).pathname;
interface PairRow {
  canonical: string;
  measure: "yoy" | "level";
  target: number;
  qualifier: "exact" | "approx" | "at_least" | "at_most";
  actual: number | null;
  preliminary?: boolean;
}
const expected = JSON.parse(readFileSync(join(dev, "pairs.json"), "utf8")) as {
  pairs: { body: string; year: number; targetFile: string; actualFile: string; rows: PairRow[] }[];
};
const l = labelsFor("zh");

interface Meta {
  file: string;
  body: string;
  reviewYear: number | null;
  planYear: number | null;
}
const metas = JSON.parse(readFileSync(join(dev, "meta.json"), "utf8")) as Meta[];

describe.runIf(sofficePath())("pairs.json in the recalculated workbook", () => {
  let rows: Record<string, string>[] = [];
  /** Files whose body and years the parser reads as a careful reader does (meta.json). */
  const metaRight = new Set<string>();
  beforeAll(async () => {
    const files = readdirSync(join(dev, "raw")).filter((f) => f.endsWith(".txt"));
    const parsed = files.map((f) => {
      const text = readFileSync(join(dev, "raw", f), "utf8");
      return { report: parseReport(text, { source: f }), text };
    });
    for (const { report } of parsed) {
      const m = metas.find((x) => x.file === report.source)!;
      const { body, reviewYear, planYear } = report.meta;
      if (body === m.body && reviewYear === m.reviewYear && planYear === m.planYear) metaRight.add(report.source);
    }
    const file = join(mkdtempSync(join(tmpdir(), "zb-pairs-")), "dev.xlsx");
    writeFileSync(file, await writeXlsx(planWorkbook(parsed)));
    const [header, ...body] = recalculatedSheets(file).get(l.sheets.goals)!;
    rows = body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
  }, 180_000);

  const c = l.columns;
  const cases = expected.pairs.flatMap((p) => p.rows.map((row) => ({ ...p, row })));

  it("holds all 20 hand-checked rows", () => expect(cases).toHaveLength(20));

  it.each(cases.map((x) => [`${x.body} ${x.year} ${x.row.canonical} ${x.row.target}`, x] as const))(
    "%s: the target row and its actual (or 待数据)",
    (_, { body, year, targetFile, actualFile, row }) => {
      // While the parser misreads a report's body or years, the row may be missing, but never shows a wrong actual.
      if (!metaRight.has(targetFile) || !metaRight.has(actualFile)) {
        const shown = rows
          .filter((r) => r[c.body!] === body && r[c.indicator!] === row.canonical && r[c.actualStd!] !== "")
          .filter((r) => r[c.targetYear!] === String(year) || r[c.targetYear!] === "")
          .filter(
            (r) => Number.parseFloat(r[c.targetStd!]!) === row.target && r[c.measure!] === l.measure[row.measure],
          );
        for (const r of shown) expect(Number.parseFloat(r[c.actualStd!]!)).toBeCloseTo(row.actual ?? NaN, 9);
        return;
      }
      const found = rows.filter(
        (r) =>
          r[c.body!] === body &&
          r[c.targetYear!] === String(year) &&
          r[c.indicator!] === row.canonical &&
          Number.parseFloat(r[c.targetStd!]!) === row.target &&
          r[c.measure!] === l.measure[row.measure],
      );
      expect(found.length, "target row present once").toBe(1);
      const r = found[0]!;
      if (row.actual === null) {
        expect([r[c.actualText!], r[c.status!]]).toEqual(["", l.status.pending]);
      } else {
        expect(Number.parseFloat(r[c.actualStd!]!)).toBeCloseTo(row.actual, 9);
        expect(r[c.actualSource!]!.startsWith(actualFile)).toBe(true);
        expect([l.status.met, l.status.missed]).toContain(r[c.status!]);
      }
    },
  );
});
