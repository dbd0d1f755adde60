// The seeds and the dev reports, converted to .docx and PDF by LibreOffice Writer, read as the .txt is: the
// .docx gives the same records, the PDF (its text layer through pdf.js) nearly all the values.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { convertText, sofficePath, toPdf } from "../support/libreoffice.ts";
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

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A flat OpenDocument text: each line a paragraph with a first-line indent, justified, a running header and page numbers. */
function typesetReport(text: string): string {
  const paragraphs = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `<text:p text:style-name="Body">${escapeXml(l.trim())}</text:p>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:text-align="justify"/></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">
<style:header><text:p>新城街道办事处文件</text:p></style:header>
<style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${paragraphs}
</office:text></office:body></office:document>`;
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

  it("drops a PDF's running header and page numbers and joins each paragraph's lines back", async () => {
    const file = "seeds/000_e503b99b59d123f0.txt";
    const typeset = join(out, "typeset.fodt");
    writeFileSync(typeset, typesetReport(readFileSync(file, "utf8")));
    const pdf = await recordsOf(toPdf(typeset, out));
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim());
    expect(pdf.text).not.toContain("办事处文件");
    expect(pdf.text).not.toMatch(/^—\s*\d+\s*—$/m);
    expect(pdf.text.split("\n")).toHaveLength(lines.length);
    const txt = await recordsOf(file);
    expect(matchedValues(pdf.records, txt.records)).toBe(txt.records.length);
  });
});
