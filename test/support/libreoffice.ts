// LibreOffice (headless, throwaway profile) recalculates a workbook on load and exports every sheet as CSV:
// a real spreadsheet engine's view of the formulas and the pivot table.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

export function sofficePath(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"])
    if (existsSync(p)) return p;
  return null;
}

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "zb-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/** Parses RFC 4180 CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Every sheet of the workbook after LibreOffice recalculated it, as rows of displayed text. */
export function recalculatedSheets(xlsx: string): Map<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), "zb-csv-"));
  execFileSync(
    sofficePath()!,
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const stem = basename(xlsx).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out))
    sheets.set(f.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, f), "utf8")));
  return sheets;
}

/** Converts the workbook to PDF with LibreOffice, formulas recalculated on load (for pictures of the sheets). */
export function toPdf(file: string, outDir: string): string {
  execFileSync(
    sofficePath()!,
    [`-env:UserInstallation=file://${profile()}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  return join(outDir, basename(file).replace(/\.[^.]+$/, ".pdf"));
}

/** Converts UTF-8 text files to .docx or PDF with LibreOffice Writer (headless, throwaway profile); returns outDir. */
export function convertText(files: readonly string[], format: "docx" | "pdf", outDir: string): string {
  execFileSync(
    sofficePath()!,
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--infilter=Text (encoded):UTF8,LF,,,",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 600_000 },
  );
  return outDir;
}
