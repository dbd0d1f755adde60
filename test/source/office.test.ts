// The seeds and the dev reports, converted to .docx and PDF by LibreOffice Writer, read as the .txt is: the
// .docx gives the same records, the PDF (its text layer through pdf.js) nearly all the values.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { convertText, sofficePath } from "../support/libreoffice.ts";
import { readReportSource } from "../../src/source/index.ts";
import { parseReport, type Indicator } from "../../src/report/index.ts";

const SOURCES = ["seeds", "../shared/dev/raw"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(dir, f)),
);
const stem = (file: string) => basename(file).replace(/\.txt$/, "");
const same = (r: Indicator) => ({ value: r.value, unit: r.unit, name: r.name, kind: r.kind, measure: r.measure });

async function recordsOf(file: string) {
  const read = await readReportSource(new Uint8Array(readFileSync(file)), basename(file));
  if (!read.ok) throw new Error(`${file}: ${read.problem.code}`);
  return { text: read.text, records: parseReport(read.text, { source: basename(file) }).indicators };
}

/** Matched (value, unit) pairs between two lists of records, each record matched at most once. */
function matchedValues(found: readonly Indicator[], gold: readonly Indicator[]): number {
  const left = new Map<string, number>();
  for (const r of gold) left.set(`${r.value}|${r.unit}`, (left.get(`${r.value}|${r.unit}`) ?? 0) + 1);
  let matched = 0;
  for (const r of found) {
    const k = `${r.value}|${r.unit}`;
    if (left.get(k)) {
      matched++;
      left.set(k, left.get(k)! - 1);
    }
  }
  return matched;
}

describe.skipIf(!sofficePath())("reports converted by LibreOffice Writer", () => {
  const out = mkdtempSync(join(tmpdir(), "zb-office-"));
  beforeAll(() => {
    convertText(SOURCES, "docx", out);
    convertText(SOURCES, "pdf", out);
  }, 600_000);

  it("reads each .docx to the same records as its .txt, offsets into the extracted text", async () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(10);
    for (const file of SOURCES) {
      const txt = await recordsOf(file);
      const docx = await recordsOf(join(out, `${stem(file)}.docx`));
      expect(docx.records.map(same), file).toEqual(txt.records.map(same));
      for (const r of docx.records) expect(docx.text.slice(r.at, r.at + r.quote.length)).toBe(r.quote);
    }
  });

  it("reads the PDFs' values with F1 ≥ 0.98 against the .txt records", async () => {
    let matched = 0;
    let found = 0;
    let gold = 0;
    for (const file of SOURCES) {
      const txt = await recordsOf(file);
      const pdf = await recordsOf(join(out, `${stem(file)}.pdf`));
      for (const r of pdf.records) expect(pdf.text.slice(r.at, r.at + r.quote.length)).toBe(r.quote);
      matched += matchedValues(pdf.records, txt.records);
      found += pdf.records.length;
      gold += txt.records.length;
    }
    const f1 = (2 * matched) / (found + gold);
    console.log(`PDF value F1 ${f1.toFixed(4)} (${matched} matched, ${found} found, ${gold} in the .txt files)`);
    expect(f1).toBeGreaterThanOrEqual(0.98);
  });
});
