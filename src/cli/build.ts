// zhibiao build: report files → the comparison workbook (.xlsx). Never loses work: an existing workbook is
// replaced only by one with reports, only when writable (or --force), and only once the new file is
// completely written; a file another program holds open is left as it was.
import { chmod, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { expandPaths, parseFile, type ParsedFile } from "./files.ts";
import { planWorkbook, type FailedReport, type ParsedReport } from "../workbook/plan.ts";
import { readCarried } from "./existing.ts";
import type { Lang } from "../workbook/types.ts";
import { warningText } from "../messages/index.ts";

/** Called after each report: done, total, file name. */
export type Progress = (done: number, total: number, name: string) => void;

export interface WriteOptions {
  output: string;
  lang: Lang;
  /** Replace a read-only output. */
  force?: boolean;
}

export interface WriteResult {
  output: string;
  reports: number;
  records: number;
  targets: number;
  targetsMatched: number;
}

/** Why the workbook was not written: refused (nothing done) or the write failed (the old file kept). */
export type OutputProblem = "no-reports" | "read-only" | "locked" | "write-failed";

export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly path: string,
    cause?: unknown,
  ) {
    super(cause instanceof Error ? cause.message : problem, { cause });
    this.name = "OutputError";
  }
}

/** Reads and parses the inputs; files that cannot be read, and empty reports, become failures. */
export async function readReports(
  inputs: readonly string[],
  lang: Lang,
  progress?: Progress,
): Promise<{ parsed: ParsedReport[]; failures: FailedReport[]; notices: ParsedFile[] }> {
  const { files, errors, notices } = await expandPaths(inputs, lang);
  const failures: FailedReport[] = errors.map((e) => ({ source: e.path, error: e.error ?? "" }));
  const parsed: ParsedReport[] = [];
  for (const [i, file] of files.entries()) {
    const { report, text, error } = await parseFile(file, lang);
    const empty = report?.warnings.find((w) => w.code === "empty");
    if (!report) failures.push({ source: file, error: error ?? "" });
    else if (empty) failures.push({ source: report.source, error: warningText(empty, lang) });
    else parsed.push({ report, text: text ?? "" });
    progress?.(i + 1, files.length, file);
  }
  return { parsed, failures, notices };
}

const LOCKED = new Set(["EPERM", "EBUSY"]);

/** Refuses, before anything is written, to replace a workbook with an empty one or a read-only file. */
async function checkOutput(output: string, reports: number, force: boolean): Promise<void> {
  const existing = await stat(output).catch(() => null);
  if (!existing?.isFile()) return;
  if (!reports) throw new OutputError("no-reports", output);
  if ((existing.mode & 0o222) === 0) {
    if (!force) throw new OutputError("read-only", output);
    await chmod(output, existing.mode | 0o200);
  }
}

/** Writes the workbook of the parsed reports (the failures listed in 报告) to opts.output. */
export async function writeWorkbook(
  parsed: readonly ParsedReport[],
  failures: readonly FailedReport[],
  opts: WriteOptions,
): Promise<WriteResult> {
  const output = resolve(opts.output);
  await checkOutput(output, parsed.length, opts.force ?? false);
  // Building onto an existing workbook keeps the user's cells, added columns, typed goals and corrections.
  const carried = await readCarried(output);
  const plan = planWorkbook(parsed, { lang: opts.lang, failures, ...carried });
  const { writeXlsx } = await import("../xlsx/write.ts");
  const { nodeDeflate } = await import("./deflate.ts");
  const bytes = await writeXlsx(plan, { deflateRaw: nodeDeflate });
  const temp = `${output}.${process.pid}.tmp`;
  let step = "write";
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(temp, bytes);
    step = "rename";
    await rename(temp, output);
  } catch (e) {
    await rm(temp, { force: true });
    // Windows refuses to replace a file Excel holds open (EBUSY, or EPERM through the sharing mode).
    const locked = step === "rename" && LOCKED.has((e as { code?: string }).code ?? "");
    throw new OutputError(locked ? "locked" : "write-failed", output, e);
  }
  return { output, ...plan.summary };
}
