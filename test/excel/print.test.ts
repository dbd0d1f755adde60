// 目标对比 prints legibly (issue 9): landscape A4, the header repeated on every page, and only the analyst's
// columns (body … 配对方式) one page wide, at a scale where the text stays readable; the technical columns after
// them (sentences, standard values, record ids) stay on screen. Checked in the plan, in the package's page setup
// and defined names, in the add-in (the fake, ExcelApi 1.9), and on the pages LibreOffice prints.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { columnLetter } from "../../src/workbook/cells.ts";
import { MIN_PRINT_SCALE, printScale } from "../../src/workbook/styles.ts";
import type { SheetPlan } from "../../src/workbook/types.ts";
import { parseXml, walk } from "../support/xml.ts";
import { sofficePath, toPdf } from "../support/libreoffice.ts";
import { build, devReports, seedReports, type BuiltWorkbook } from "../xlsx/workbooks.ts";
import { FakeWorkbookModel, NEWEST_SET } from "./fake.ts";
import { apply } from "./support.ts";

let dev: BuiltWorkbook;
let goals: SheetPlan;
let parts: Record<string, Uint8Array>;
beforeAll(async () => {
  const reports = devReports();
  dev = await build("print", reports.length ? reports : seedReports());
  goals = dev.plan.sheets.find((s) => s.key === "goals")!;
  parts = unzipSync(readFileSync(dev.file));
}, 60_000);

const printedKeys = () => goals.table!.columns.slice(0, goals.print!.columns).map((c) => c.key);

describe("目标对比's print setup in the plan", () => {
  it("prints the analyst's columns, body … 配对方式, and leaves sentences, standard values and ids on screen", () => {
    expect(printedKeys()).toEqual([
      "body",
      "targetYear",
      "indicator",
      "measure",
      "direction",
      "target",
      "actualText",
      "actualSource",
      "manual",
      "completion",
      "gap",
      "status",
      "notes",
      "match",
    ]);
    expect(goals.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: 1 });
  });

  it("fits them one page wide only at a readable scale (11-point text no smaller than 8 points)", () => {
    const widths = goals.table!.columns.slice(0, goals.print!.columns).map((c) => c.width);
    expect(printScale(widths)).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    // All the table's columns on one A4 width would not be: those print as many pages wide as they need.
    expect(printScale(goals.table!.columns.map((c) => c.width))).toBeLessThan(MIN_PRINT_SCALE);
  });
});

describe("in the .xlsx package", () => {
  const sheetIndex = () => dev.plan.sheets.indexOf(goals);

  it("sets landscape A4, fit to one page wide and as many tall (sheetPr, pageSetup)", () => {
    const workbook = strFromU8(parts["xl/workbook.xml"]!);
    const rId = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].find(
      (m) => m[1] === goals.name,
    )![2];
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]!);
    const target =
      new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1]!;
    const sheet = parseXml(strFromU8(parts[`xl/${target.replace(/^\/?xl\//, "")}`]!));
    const find = (name: string) => [...walk(sheet)].find((e) => e.name === name)!;
    expect(find("pageSetUpPr").attrs.fitToPage).toBe("1");
    expect(find("pageSetup").attrs).toMatchObject({
      orientation: "landscape",
      paperSize: "9",
      fitToWidth: "1",
      fitToHeight: "0",
    });
  });

  it("defines the print area as whole columns A:N (rows added later print too) and row 1 as print titles", () => {
    const names = Object.fromEntries(
      [...strFromU8(parts["xl/workbook.xml"]!).matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]+)</g)]
        .filter((m) => Number(m[2]) === sheetIndex())
        .map((m) => [m[1], m[3]!.replace(/&apos;/g, "'")]),
    );
    const last = columnLetter(goals.print!.columns! - 1);
    expect(last).toBe("N");
    expect(names).toEqual({
      "_xlnm.Print_Area": `'${goals.name}'!$A:$${last}`,
      "_xlnm.Print_Titles": `'${goals.name}'!$1:$1`,
    });
  });
});

describe("in the add-in", () => {
  it("sets the same page layout, print area and title rows at ExcelApi 1.9 and above", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, dev.plan, undefined, { api: NEWEST_SET });
    expect(model.sheet(goals.name)!.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A:N",
      printTitleRows: "$1:$1",
    });
  });

  it("leaves printing as it is below 1.9 (PageLayout is ExcelApi 1.9)", async () => {
    const model = new FakeWorkbookModel();
    await apply(model, dev.plan, undefined, { api: "1.7" });
    expect(model.sheet(goals.name)!.page).toEqual({});
  });
});

describe.runIf(sofficePath())("as LibreOffice prints it", () => {
  it("prints landscape pages of the 14 columns, each with the header, none with the technical columns", () => {
    const pdf = toPdf(dev.file, mkdtempSync(join(tmpdir(), "zb-print-")));
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "200", pdf], { encoding: "utf8" });
    const pageText = (n: number) =>
      execFileSync("pdftotext", ["-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" }).replace(/\s/g, "");
    const pages: string[] = [];
    for (let n = 1; ; n++) {
      const text = pageText(n);
      if (!text.includes("对比指标")) break;
      pages.push(text);
    }
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, text] of pages.entries()) {
      for (const header of ["主体", "目标年份", "对比指标", "实际来源", "状态", "配对方式"])
        expect(text, `page ${i + 1}`).toContain(header);
      for (const header of ["实际原句", "原文句子", "配对记录", "记录ID"])
        expect(text, `page ${i + 1}`).not.toContain(header);
      const size = new RegExp(`Page\\s+${i + 1} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(info)!;
      expect(Number(size[1]), `page ${i + 1} is landscape`).toBeGreaterThan(Number(size[2]));
    }
  }, 180_000);
});
