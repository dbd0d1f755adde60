// Files and folders named on the command line → report files, read and parsed; failures kept by name.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseReport, type Report } from "../report/index.ts";
import { readReportBytes } from "../source/index.ts";
import { loadGazetteer } from "../gazetteer/index.ts";

const REPORT_FILE = /\.(txt|html?)$/i;

export interface ParsedFile {
  path: string;
  report?: Report;
  /** The text the report was parsed from (decoded, HTML reduced to text). */
  text?: string;
  error?: string;
}

/** Expands folders to their .txt/.html files (sorted); keeps files as named. */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; errors: ParsedFile[] }> {
  const files: string[] = [];
  const errors: ParsedFile[] = [];
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isDirectory()) {
        const names = (await readdir(p)).filter((n) => REPORT_FILE.test(n)).sort();
        if (!names.length) errors.push({ path: p, error: "文件夹里没有 .txt 或 .html 报告" });
        files.push(...names.map((n) => join(p, n)));
      } else files.push(p);
    } catch (e) {
      errors.push({ path: p, error: describeFsError(e) });
    }
  }
  return { files, errors };
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return "找不到文件（请检查路径）";
  if (code === "EACCES" || code === "EPERM") return "没有读取权限";
  if (code === "EISDIR") return "这是文件夹";
  return e instanceof Error ? e.message : String(e);
}

export async function parseFile(path: string): Promise<ParsedFile> {
  try {
    const bytes = await readFile(path);
    const { text } = readReportBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(path));
    const gazetteer = await loadGazetteer();
    return { path, report: parseReport(text, { source: basename(path), gazetteer }), text };
  } catch (e) {
    return { path, error: e instanceof Error && e.name === "InputError" ? e.message : describeFsError(e) };
  }
}

export async function parsePaths(paths: readonly string[]): Promise<ParsedFile[]> {
  const { files, errors } = await expandPaths(paths);
  const parsed: ParsedFile[] = [...errors];
  for (const f of files) parsed.push(await parseFile(f));
  return parsed;
}
