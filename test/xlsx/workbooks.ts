// The workbooks the package tests build: real reports (seeds, a review fixture, the 保定 development corpus)
// and two edge cases, a report with no figures and one whose sentences run past 255 characters.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../../src/report/index.ts";
import { planWorkbook, type ParsedReport } from "../../src/workbook/plan.ts";
import type { Lang, WorkbookPlan } from "../../src/workbook/types.ts";
import { writeXlsx } from "../../src/xlsx/write.ts";

const root = new URL("../..", import.meta.url).pathname;
export const DEV_RAW = join(root, "../shared/dev/raw");

function parsed(path: string, text = readFileSync(path, "utf8")): ParsedReport {
  return { report: parseReport(text, { source: path.split("/").pop()! }), text };
}

export const seedReports = (): ParsedReport[] =>
  [
    ...readdirSync(join(root, "seeds")).map((f) => join(root, "seeds", f)),
    join(root, "test/fixtures/dongliu-2024-review.txt"),
  ]
    .sort()
    .map((p) => parsed(p));

export const devReports = (): ParsedReport[] =>
  existsSync(DEV_RAW)
    ? readdirSync(DEV_RAW)
        .sort()
        .map((f) => parsed(join(DEV_RAW, f)))
    : [];

/** A report that states no figure at all. */
export const noFigures = (): ParsedReport =>
  parsed("no-figures.txt", "东柳街道2025年政府工作报告\n\n今年我们继续努力，做好各项工作。\n");

/** A report that names no year: its figures' year cells stay blank beside other reports' years. */
export const noYear = (): ParsedReport =>
  parsed("no-year.txt", "东柳街道工作报告\n\n全年地区生产总值增长6.5%，新增就业500人。\n");

/** A report whose two indicators sit in one sentence of more than 300 characters. */
export const longSentences = (): ParsedReport => {
  const clause = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，";
  return parsed(
    "long-sentences.txt",
    `东柳街道2025年政府工作报告\n\n一、2024年工作回顾\n\n${clause.repeat(7)}全年地区生产总值增长6.5%，` +
      `一般公共预算收入达到3.2亿元，${clause.repeat(2)}。\n`,
  );
};

export interface BuiltWorkbook {
  label: string;
  plan: WorkbookPlan;
  file: string;
}

export async function build(label: string, inputs: ParsedReport[], lang: Lang = "zh"): Promise<BuiltWorkbook> {
  const plan = planWorkbook(inputs, { lang });
  const file = join(mkdtempSync(join(tmpdir(), "zb-pkg-")), `${label}.xlsx`);
  writeFileSync(file, await writeXlsx(plan));
  return { label, plan, file };
}
