// Statistical tables in a hand-built HTML page and a hand-built .docx: each figure read with its row header as
// the name and its column header as the period or change, in the unit the table gives it.
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { readReportSource } from "../../src/source/index.ts";
import { parseReport, type Indicator } from "../../src/report/index.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function recordsOf(bytes: Uint8Array, name: string) {
  const read = await readReportSource(bytes, name);
  if (!read.ok) throw new Error(read.problem.code);
  const report = parseReport(read.text, { source: name });
  return { text: read.text, records: report.indicators };
}

const row = (r: Indicator) => [r.name, r.value, r.unit, r.measure, r.kind, r.year];

/** Every record's quote stands at its offset in the extracted text. */
function expectOffsets(text: string, records: readonly Indicator[]) {
  for (const r of records) expect(text.slice(r.at, r.at + r.quote.length)).toBe(r.quote);
}

describe("an HTML page with statistical tables", () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东湖区2024年政府工作报告</title></head><body>
  <p>一、2023年工作回顾</p><p>全区经济运行稳中向好。</p>
  <table border="1"><caption>表1 主要指标</caption>
    <tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年目标</th></tr>
    <tr><td>1</td><td>地区生产总值</td><td>亿元</td><td>1234.5</td><td>增长6%</td></tr>
    <tr><td>2</td><td>一般公共预算收入</td><td>亿元</td><td>52.3</td><td>55</td></tr>
    <tr><td>3</td><td>城镇新增就业</td><td>万人</td><td>1.2</td><td>—</td></tr>
  </table>
  <p>单位：万元</p>
  <table><tr><td rowspan="2">项目</td><td colspan="2">2023年</td></tr><tr><td>完成</td><td>增长（%）</td></tr>
    <tr><td>社会消费品零售总额</td><td>86500</td><td>7.2</td></tr>
    <tr><td>城镇居民人均可支配收入（元）</td><td>52340</td><td>5.1</td></tr></table>
  <table><tr><td>年份</td><td>地区生产总值（亿元）</td><td>增速（%）</td></tr>
    <tr><td>2022年</td><td>1180</td><td>4.5</td></tr></table>
  <table><tr><td><p>首页</p><p>政务公开</p></td><td>这是一个用表格排版的页面，正文在这一格里：全年新增市场主体1200户。</td></tr></table>
  </body></html>`;

  it("reads each figure with its row header as the name and its column header as the period or change", async () => {
    const { text, records } = await recordsOf(utf8(page), "report.shtml");
    expect(records.map(row)).toEqual([
      ["地区生产总值", 1234.5, "亿元", "level", "actual", 2023],
      ["地区生产总值", 6, "%", "yoy", "target", 2024],
      ["一般公共预算收入", 52.3, "亿元", "level", "actual", 2023],
      ["一般公共预算收入", 55, "亿元", "level", "target", 2024],
      ["城镇新增就业", 1.2, "万人", "level", "actual", 2023],
      ["社会消费品零售总额", 86500, "万元", "level", "actual", 2023],
      ["社会消费品零售总额", 7.2, "%", "yoy", "actual", 2023],
      ["城镇居民人均可支配收入", 52340, "元", "level", "actual", 2023],
      ["城镇居民人均可支配收入", 5.1, "%", "yoy", "actual", 2023],
      ["地区生产总值", 1180, "亿元", "level", "actual", 2022],
      ["地区生产总值", 4.5, "%", "yoy", "actual", 2022],
      ["新增市场主体", 1200, "户", "level", "actual", 2023],
    ]);
    expectOffsets(text, records);
    // A table laid out as a page keeps its cells' paragraphs as lines.
    expect(text).toContain("首页\n政务公开\n");
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string) =>
  `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;

function docx(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  });
}

describe("a .docx with paragraphs and a statistical table", () => {
  const body = [
    para("西湖街道2023年工作总结"),
    `<w:p><w:r><w:t>一、主要经济指标</w:t></w:r></w:p>`,
    // A run split in two, a deleted run and a field code: the text is what Word shows.
    `<w:p><w:r><w:t>全年固定资产投资</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>力争达到12.5亿元。</w:t></w:r></w:p>`,
    para("单位：万元"),
    "<w:tbl>",
    `<w:tr>${cell("指标", '<w:vMerge w:val="restart"/>')}${cell("2023年", '<w:gridSpan w:val="2"/>')}${cell("2024年目标")}</w:tr>`,
    `<w:tr>${cell("", "<w:vMerge/>")}${cell("完成")}${cell("同比增长（%）")}${cell("")}</w:tr>`,
    `<w:tr>${cell("规上工业总产值")}${cell("45600")}${cell("8.1")}${cell("50000")}</w:tr>`,
    `<w:tr>${cell("城镇新增就业（人）")}${cell("3200")}${cell("—")}${cell("3500")}</w:tr>`,
    "</w:tbl>",
    para("二、保障措施"),
  ].join("");

  it("keeps paragraphs in order and reads the table's figures with names, periods and units", async () => {
    const { text, records } = await recordsOf(docx(body), "plan.docx");
    expect(text.split("\n").slice(0, 3)).toEqual([
      "西湖街道2023年工作总结",
      "一、主要经济指标",
      "全年固定资产投资力争达到12.5亿元。",
    ]);
    expect(records.map(row)).toEqual([
      ["固定资产投资", 12.5, "亿元", "level", "target", 2023],
      ["规上工业总产值", 45600, "万元", "level", "actual", 2023],
      ["规上工业总产值", 8.1, "%", "yoy", "actual", 2023],
      ["规上工业总产值", 50000, "万元", "level", "target", 2024],
      ["城镇新增就业", 3200, "人", "level", "actual", 2023],
      ["城镇新增就业", 3500, "人", "level", "target", 2024],
    ]);
    expectOffsets(text, records);
  });

  it("is recognised by its content whatever it is called", async () => {
    const read = await readReportSource(docx(body), "report.bin");
    expect(read.ok && read.format).toBe("docx");
  });
});
