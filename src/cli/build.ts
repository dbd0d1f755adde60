// zhibiao build: reports → the comparison workbook (.xlsx), written atomically.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { expandPaths, parseFile } from "./files.ts";
import { planWorkbook, type FailedReport, type ParsedReport } from "../workbook/plan.ts";
import type { Lang } from "../workbook/types.ts";

export interface BuildOptions {
  inputs: readonly string[];
  output: string;
  lang: Lang;
  /** Called after each report: done, total, file name. */
  progress?: (done: number, total: number, name: string) => void;
}

export interface BuildResult {
  output: string;
  reports: number;
  records: number;
  targets: number;
  targetsMatched: number;
  failures: FailedReport[];
  skipped: string[];
}

export async function buildWorkbook(opts: BuildOptions): Promise<BuildResult> {
  const { files, errors } = await expandPaths(opts.inputs);
  const failures: FailedReport[] = errors.map((e) => ({ source: e.path, error: e.error ?? "" }));
  const parsed: ParsedReport[] = [];
  const skipped: string[] = [];
  for (const [i, file] of files.entries()) {
    const result = await parseFile(file);
    if (result.report) {
      if (!result.report.length) {
        failures.push({ source: result.report.source, error: result.report.warnings.join("；") || "报告为空" });
        skipped.push(file);
      } else parsed.push({ report: result.report, text: result.text ?? "" });
    } else {
      failures.push({ source: file, error: result.error ?? "" });
      skipped.push(file);
    }
    opts.progress?.(i + 1, files.length, file);
  }
  const plan = planWorkbook(parsed, { lang: opts.lang, failures });
  const { writeXlsx } = await import("../xlsx/write.ts");
  const { nodeDeflate } = await import("./deflate.ts");
  const bytes = await writeXlsx(plan, { deflateRaw: nodeDeflate });
  const output = resolve(opts.output);
  await mkdir(dirname(output), { recursive: true });
  // Replace an existing file only once the new one is completely written.
  const temp = `${output}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return { output, ...plan.summary, failures, skipped };
}
