// Files and folders named on the command line → report files, read and parsed; failures kept by name.
// Folders are searched recursively (to MAX_DEPTH levels, each folder once however links lead to it);
// a page saved with its folder (X.html + X_files/) is read as the page alone.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, extname, join } from "node:path";
import { parseReport, type Report } from "../report/index.ts";
import { readReportSource, REPORT_EXTENSIONS, type SourceProblem } from "../source/index.ts";
import { sourceText } from "../messages/index.ts";
import type { Lang } from "../workbook/types.ts";
import { loadGazetteer } from "../gazetteer/index.ts";

/** Folders nested deeper than this below a folder named on the command line are not searched. */
export const MAX_DEPTH = 8;
/** Companion folders a browser saves a page's images and scripts in: X_files, X.files, X_文件. */
const SAVED_PAGE_FOLDER = /^(.+)(?:_files|\.files|_文件)$/i;
const PAGE_EXTENSIONS = [".html", ".htm", ".shtml", ".xhtml"];
/** Files never meant as reports: hidden files and Office's lock files (~$报告.docx). */
const IGNORED_FILE = /^(?:\.|~\$)/;

export interface ParsedFile {
  path: string;
  report?: Report;
  /** The text the report was parsed from (decoded, HTML reduced to text). */
  text?: string;
  /** Why the file could not be read (rendered in the language asked for). */
  error?: string;
  problem?: SourceProblem;
  /** A file or folder passed over inside a folder, and why (not an error). */
  notice?: string;
}

export interface FoundFiles {
  files: string[];
  /** Inputs that could not be read (they make the exit status non-zero). */
  errors: ParsedFile[];
  /** Files and folders passed over inside folders, each with why. */
  notices: ParsedFile[];
}

function problemFile(path: string, problem: SourceProblem, lang: Lang): ParsedFile {
  return { path, problem, error: sourceText(problem, lang) };
}

export function fsProblem(e: unknown, name: string): SourceProblem {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "notFound", params: { name } };
  if (code === "EACCES" || code === "EPERM") return { code: "noPermission", params: { name } };
  return { code: "readFailed", params: { name, detail: e instanceof Error ? e.message : String(e) } };
}

/** Expands folders to the report files in them (sorted, recursively); keeps files as named. */
export async function expandPaths(paths: readonly string[], lang: Lang = "zh"): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], errors: [], notices: [] };
  const seen = new Set<string>();
  const notice = (problem: SourceProblem) =>
    found.notices.push({ path: problem.params.name, problem, notice: sourceText(problem, lang) });

  async function walk(dir: string, depth: number, ancestors: readonly string[]): Promise<number> {
    const real = await realpath(dir);
    if (ancestors.includes(real)) {
      notice({ code: "linkLoop", params: { name: dir } });
      return 0;
    }
    if (seen.has(real)) return 0;
    seen.add(real);
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    let count = 0;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (IGNORED_FILE.test(entry.name)) continue;
      const info = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
      if (!info) continue;
      if (info.isDirectory()) {
        const page = SAVED_PAGE_FOLDER.exec(entry.name)?.[1]?.toLowerCase();
        if (page && PAGE_EXTENSIONS.some((ext) => names.has(page + ext))) continue;
        if (depth >= MAX_DEPTH) notice({ code: "tooDeep", params: { name: path, limit: MAX_DEPTH } });
        else count += await walk(path, depth + 1, [...ancestors, real]);
      } else if (info.isFile()) {
        const ext = extname(entry.name).toLowerCase();
        if (REPORT_EXTENSIONS.includes(ext)) {
          found.files.push(path);
          count++;
        } else notice({ code: "skippedType", params: { name: path, detail: ext || "?" } });
      }
    }
    return count;
  }

  for (const p of paths) {
    try {
      const info = await stat(p);
      if (!info.isDirectory()) {
        found.files.push(p);
        continue;
      }
      if (!(await walk(p, 0, [])))
        found.errors.push(problemFile(p, { code: "folderEmpty", params: { name: p } }, lang));
    } catch (e) {
      found.errors.push(problemFile(p, fsProblem(e, p), lang));
    }
  }
  return found;
}

/** pdf.js's character maps (older CJK PDFs need them), as a folder path pdf.js reads in Node. */
function pdfCMapFolder(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps") + "/";
  } catch {
    return undefined;
  }
}

export async function parseFile(path: string, lang: Lang = "zh"): Promise<ParsedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return problemFile(path, fsProblem(e, path), lang);
  }
  const read = await readReportSource(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, {
    cMapUrl: pdfCMapFolder(),
  });
  if (!read.ok) return problemFile(path, read.problem, lang);
  const gazetteer = await loadGazetteer();
  return { path, report: parseReport(read.text, { source: basename(path), gazetteer }), text: read.text };
}

/** Every input read and parsed: failures (`error`), passed-over files (`notice`), then the reports. */
export async function parsePaths(paths: readonly string[], lang: Lang = "zh"): Promise<ParsedFile[]> {
  const { files, errors, notices } = await expandPaths(paths, lang);
  const parsed: ParsedFile[] = [...errors, ...notices];
  for (const f of files) parsed.push(await parseFile(f, lang));
  return parsed;
}
