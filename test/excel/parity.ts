// Parity between the two writers: a table's cells as the add-in leaves them in the fake and as exceljs wrote them
// in the .xlsx, and each chart as the fake records it and as the package's DrawingML parts describe it.
import { expect } from "vitest";
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/workbook/types.ts";
import { columnLetter } from "../../src/workbook/cells.ts";
import { PackageParts } from "../../src/xlsx/parts.ts";
import { POINTS_PER_CHAR } from "../../src/excel/table.ts";
import { parseXml, walk, type XmlElement } from "../support/xml.ts";
import type { FakeChartModel, FakeWorkbookModel } from "./fake.ts";

/** A table's header and body: the same values or formulas, number formats, fills, header bold and column widths. */
export function expectSameTable(model: FakeWorkbookModel, wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const t = model.table(sheet.table!.name)!;
  const ws = wb.getWorksheet(sheet.name)!;
  expect(t.sheet.name).toBe(ws.name);
  for (let r = t.box.r0; r <= t.box.r1; r++)
    for (let c = t.box.c0; c <= t.box.c1; c++) {
      const mine = t.sheet.cell(r, c);
      const theirs = ws.getCell(r + 1, c + 1);
      const x = theirs.value as unknown;
      const excel = x && typeof x === "object" && "formula" in x ? `=${(x as { formula: string }).formula}` : (x ?? "");
      const officeJs = mine?.formula ?? mine?.value ?? "";
      const fill = (theirs.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(2);
      const where = `${sheet.name}!${theirs.address}`;
      expect(officeJs, `${where} value`).toStrictEqual(excel);
      // exceljs gives the header the column's style too; a header is text, so only the body's formats count.
      if (r > 0) expect(mine?.numberFormat ?? "General", `${where} number format`).toBe(theirs.numFmt ?? "General");
      expect(mine?.fill?.replace("#", ""), `${where} fill`).toBe(fill);
      if (r === 0) expect(mine?.font?.bold ?? false, `${where} bold`).toBe(theirs.font?.bold ?? false);
    }
  sheet.table!.columns.forEach((col, c) =>
    expect(t.sheet.columnWidths.get(c)! / POINTS_PER_CHAR, `${sheet.name} column ${col.header} width`).toBeCloseTo(
      ws.getColumn(c + 1).width!,
    ),
  );
}

const decode = (s: string) =>
  s.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e]!);

/** A reference as the fake records a range: Sheet!A1:B2 (no quotes, no $, a single cell as A1:A1). */
export function asRange(ref: string): string {
  const m = /^'?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a single range: ${ref}`);
  const cell = (a: string) => a.replace(/\$/g, "");
  return `${m[1]!.replace(/''/g, "'")}!${cell(m[2]!)}:${cell(m[3] ?? m[2]!)}`;
}

const find = (el: XmlElement, name: string) => [...walk(el)].find((e) => e.name === name);
const textOf = (el: XmlElement | undefined, name: string) =>
  el ? [...walk(el)].filter((e) => e.name === name).map((e) => decode(e.text)) : [];

/** Office.js chart types of the DrawingML plots Zhibiao writes. */
function typeOf(plot: XmlElement): string {
  if (plot.name === "c:lineChart") return "Line";
  const dir = plot.children.find((e) => e.name === "c:barDir")?.attrs.val;
  return dir === "bar" ? "BarClustered" : "ColumnClustered";
}

/** The charts a sheet of the package draws, as the fake records charts (position as setPosition's cells). */
export function packageCharts(xlsx: Uint8Array, sheetName: string): FakeChartModel[] {
  const parts = PackageParts.unzip(xlsx);
  const sheetPart = parts.sheetPart(sheetName);
  const drawing = parts.relationships(sheetPart).find((r) => r.type.endsWith("/drawing"));
  if (!drawing) return [];
  const anchors = parseXml(parts.text(drawing.target)).children.filter((e) => e.name === "xdr:twoCellAnchor");
  return anchors.map((anchor) => {
    const corner = (name: string) => {
      const el = anchor.children.find((e) => e.name === name)!;
      const at = (n: string) => Number(el.children.find((e) => e.name === n)!.text);
      return { col: at("xdr:col"), row: at("xdr:row") };
    };
    const [from, to] = [corner("xdr:from"), corner("xdr:to")];
    const chartPart = parts.target(drawing.target, find(anchor, "c:chart")!.attrs["r:id"]!);
    const space = parseXml(parts.text(chartPart));
    const plotArea = find(space, "c:plotArea")!;
    const plot = plotArea.children.find((e) => /^c:(line|bar)Chart$/.test(e.name))!;
    return {
      name: decode(find(anchor, "xdr:cNvPr")!.attrs.name!),
      type: typeOf(plot),
      title: textOf(find(space, "c:title"), "a:t").join(""),
      from: `${columnLetter(from.col)}${from.row + 1}`,
      to: `${columnLetter(to.col - 1)}${to.row}`,
      series: plot.children
        .filter((e) => e.name === "c:ser")
        .map((ser) => {
          const child = (name: string) => ser.children.find((e) => e.name === name);
          return {
            name: textOf(child("c:tx"), "c:v").join(""),
            categories: asRange(textOf(child("c:cat"), "c:f")[0]!),
            values: asRange(textOf(child("c:val"), "c:f")[0]!),
          };
        }),
    };
  });
}
