// The chart parts: valid DrawingML (validate_xsd.py maps no schema to chart or drawing roots, so they are
// validated here against the same ECMA-376 schemas), and LibreOffice recalculates 历年趋势 and draws the charts.
import { beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { recalculatedSheets, sofficePath, toPdf } from "../support/libreoffice.ts";
import { build, DEV_RAW, devReports, type BuiltWorkbook } from "./workbooks.ts";

const XSD = join(new URL("../..", import.meta.url).pathname, "../shared/ooxml/xsd");
const SCHEMA = {
  chart: join(XSD, "ISO-IEC29500-4_2016/dml-chart.xsd"),
  drawing: join(XSD, "ISO-IEC29500-4_2016/dml-spreadsheetDrawing.xsd"),
};
const has = (cmd: string, args: string[]) => {
  try {
    execFileSync(cmd, args, { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
};

describe.runIf(existsSync(DEV_RAW))("charts of the 保定 workbook", () => {
  let dev: BuiltWorkbook;
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    dev = await build("baoding", devReports());
    parts = unzipSync(readFileSync(dev.file));
  }, 60_000);

  it.runIf(has("xmllint", ["--version"]) && existsSync(SCHEMA.chart))(
    "writes chart and drawing parts valid against ECMA-376's DrawingML schemas",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "zb-chart-"));
      const chartParts = Object.keys(parts).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p));
      expect(chartParts.filter((p) => p.startsWith("xl/charts/")).length).toBeGreaterThanOrEqual(2);
      for (const p of chartParts) {
        const file = join(dir, p.replace(/\//g, "_"));
        writeFileSync(file, parts[p]!);
        const schema = p.startsWith("xl/charts/") ? SCHEMA.chart : SCHEMA.drawing;
        const { stderr } = await promisify(execFile)("xmllint", ["--noout", "--schema", schema, file], {
          env: { ...process.env, XML_CATALOG_FILES: join(XSD, "catalog.xml") },
        });
        expect(stderr.trim(), p).toBe(`${file} validates`);
      }
    },
  );

  it("relates each sheet's drawing to its charts, with content types", () => {
    const types = strFromU8(parts["[Content_Types].xml"]!);
    for (const p of Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)))
      expect(types).toContain(
        `PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
    const sheetRels = Object.keys(parts).filter((k) => /^xl\/worksheets\/_rels\//.test(k));
    const drawings = sheetRels.filter((k) => strFromU8(parts[k]!).includes("/relationships/drawing"));
    expect(drawings).toHaveLength(2); // 目标对比 and 历年趋势
  });

  describe.runIf(sofficePath())("in LibreOffice", () => {
    let trends: string[][];
    beforeAll(() => {
      trends = recalculatedSheets(dev.file).get("历年趋势")!;
    }, 180_000);

    it("recalculates 保定市's GDP growth by year: each target and result as pairs.json states it, 待数据 without one", () => {
      const gold = JSON.parse(readFileSync(join(DEV_RAW, "../pairs.json"), "utf8")) as {
        pairs: {
          body: string;
          year: number;
          rows: { canonical: string; measure: string; target: number; actual: number | null }[];
        }[];
      };
      const header = trends[0]!;
      const line = (name: string) =>
        trends.find((r) => r[0] === "保定市" && r[2] === "地区生产总值" && r[3] === "同比" && r[5] === name)!;
      let checked = 0;
      for (const p of gold.pairs.filter((g) => g.body === "保定市"))
        for (const r of p.rows.filter((x) => x.canonical === "地区生产总值" && x.measure === "yoy")) {
          const k = header.indexOf(String(p.year));
          expect(Number(line("目标")[k]), `${p.year} target`).toBe(r.target);
          if (r.actual === null) {
            expect(line("实际")[k], `${p.year} result`).toBe("");
            expect(line("状态")[k]).toBe("待数据");
          } else {
            expect(Number(line("实际")[k]), `${p.year} result`).toBe(r.actual);
            expect(line("状态")[k]).toBe(r.actual >= r.target ? "达成" : "未达成");
            expect(line("差距")[k]).toMatch(/^[+-]?[\d.]+个百分点$/);
          }
          checked++;
        }
      expect(checked).toBeGreaterThanOrEqual(4);
    });

    it.runIf(has("pdftotext", ["-v"]))(
      "draws the trend charts when it prints the sheet",
      () => {
        const dir = mkdtempSync(join(tmpdir(), "zb-chart-pdf-"));
        const pdf = toPdf(dev.file, dir);
        const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
        // Chart titles are text only the charts carry: in the PDF only if LibreOffice drew the charts.
        const words = text.replace(/\s/g, "");
        const charts = dev.plan.sheets.find((s) => s.key === "trends")!.charts!;
        expect(charts.length).toBeGreaterThanOrEqual(2);
        expect(words.split("目标与实际").length - 1).toBeGreaterThanOrEqual(2);
        // 目标对比's completion chart sits beside the printed columns (print area A:N): on screen, not on paper.
        expect(words.includes("主要指标完成度(%)")).toBe(false);
      },
      180_000,
    );
  });
});
