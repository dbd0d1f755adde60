import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeReport, htmlToText, InputError, readReportBytes, MAX_REPORT_BYTES } from "../../src/source/index.ts";
import { parseReport } from "../../src/report/index.ts";

const sample = "一、2023年工作总结\r\n全年新增市场主体1200户，同比增长8.5%。\r\n";
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decoding report files", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decodeReport(utf8(sample)).text).toBe(sample);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    expect(decodeReport(withBom)).toEqual({ text: sample, encoding: "utf-8" });
  });

  it("detects GBK / GB18030 and parses it like UTF-8", () => {
    const gbk = new Uint8Array(iconv.encode(sample, "gbk"));
    const decoded = decodeReport(gbk);
    expect(decoded).toEqual({ text: sample, encoding: "gb18030" });
    expect(parseReport(decoded.text).indicators.map((r) => r.quote)).toEqual(["1200户", "8.5%"]);
  });

  it("refuses binary files with a message that says what to do", () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7) % 256);
    expect(() => decodeReport(bytes)).toThrow(InputError);
    expect(() => decodeReport(bytes)).toThrow(/\.txt、\.html、\.docx 或 \.pdf/);
  });

  it("refuses a file over the size limit before decoding it", () => {
    const big = new Uint8Array(MAX_REPORT_BYTES + 1).fill(0x31);
    expect(big.length).toBeGreaterThan(MAX_REPORT_BYTES);
    expect(() => readReportBytes(big, "huge.txt")).toThrow(/太大/);
  });
});

describe("HTML pages", () => {
  const page = `<!DOCTYPE html><html><head><title>东湖街道2023年工作总结</title><style>p{color:red}</style>
    <script>var x = "预计完成100亿元";</script></head><body><div class="nav">首页 &gt; 政务公开</div>
    <p>一、2023年工作回顾</p><p>全年完成固定资产投资&nbsp;12.5亿元，同比增长&#54;%。</p><!-- 注释 30个 --></body></html>`;

  it("keeps the text, drops scripts, styles and comments, and decodes entities", () => {
    const text = htmlToText(page);
    expect(text).toContain("东湖街道2023年工作总结");
    expect(text).toContain("全年完成固定资产投资 12.5亿元，同比增长6%。");
    expect(text).toContain("首页 > 政务公开");
    expect(text).not.toMatch(/预计完成|color|注释/);
  });

  it("parses an HTML page read from bytes", () => {
    const { text, format } = readReportBytes(utf8(page), "page.html");
    expect(format).toBe("html");
    const r = parseReport(text, { source: "page.html" });
    expect(r.indicators.map((i) => [i.quote, i.measure])).toEqual([
      ["12.5亿元", "level"],
      ["6%", "yoy"],
    ]);
    expect(r.meta.title).toBe("东湖街道2023年工作总结");
  });
});
