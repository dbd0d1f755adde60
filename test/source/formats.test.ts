// Formats recognised by their content: UTF-16 with and without a BOM, PDFs with no text layer, old Word
// documents and other files refused with a message that says what to do, in Chinese and English.
import { describe, expect, it } from "vitest";
import { decodeReport, readReportSource } from "../../src/source/index.ts";
import { sourceText } from "../../src/messages/index.ts";

const REPORT = "一、2023年工作总结\r\n全年新增市场主体1200户，同比增长8.5%。\r\n";

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, k) => {
    bytes[2 * k + (bigEndian ? 0 : 1)] = u >> 8;
    bytes[2 * k + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return bytes;
}

/** A one-page PDF whose page has no text (a scan has only pictures). */
function blankPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, k) => `${3 + k} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe("UTF-16", () => {
  it.each([
    ["little-endian with a BOM", false, true, "utf-16le"],
    ["big-endian with a BOM", true, true, "utf-16be"],
    ["little-endian without a BOM", false, false, "utf-16le"],
    ["big-endian without a BOM", true, false, "utf-16be"],
  ])("reads %s", (_, bigEndian, bom, encoding) => {
    expect(decodeReport(utf16(REPORT, bigEndian, bom))).toEqual({ text: REPORT, encoding });
  });

  it("reads BOM-less UTF-16 that has no ASCII at all (no zero bytes) by its characters", () => {
    const text = "东湖街道二〇二三年工作总结，全年新增市场主体一千二百户。".repeat(4);
    expect(decodeReport(utf16(text, false, false))).toEqual({ text, encoding: "utf-16le" });
  });
});

describe("files that are not text", () => {
  it("says a PDF without a text layer is a scan, with its page count", async () => {
    const read = await readReportSource(blankPdf(3), "扫描件.pdf");
    expect(read).toEqual({ ok: false, problem: { code: "pdfNoText", params: { name: "扫描件.pdf", pages: 3 } } });
    if (!read.ok) {
      expect(sourceText(read.problem, "zh")).toMatch(/扫描版 PDF（3 页，没有文字层）.*OCR/);
      expect(sourceText(read.problem, "en")).toMatch(/scanned PDF \(3 pages, no text layer\)/);
    }
  });

  it("says how to convert an old Word or WPS document, recognised by its content whatever its name", async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ["报告.doc", "报告.wps", "报告.txt"]) {
      const read = await readReportSource(ole2, name);
      expect(read.ok ? read.format : read.problem.code).toBe("legacyWord");
      if (!read.ok) expect(sourceText(read.problem, "zh")).toContain("另存为 .docx");
    }
  });

  it("names a damaged PDF as damaged, not as a scan", async () => {
    const read = await readReportSource(new TextEncoder().encode("%PDF-1.7\nnot really a pdf"), "x.pdf");
    expect(read.ok ? read.format : read.problem.code).toBe("pdfDamaged");
  });

  it("reads a text report with no file name ending as text", async () => {
    const read = await readReportSource(new TextEncoder().encode(REPORT), "REPORT");
    expect(read).toMatchObject({ ok: true, format: "text", text: REPORT });
  });
});
