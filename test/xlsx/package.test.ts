// The .xlsx package's own parts, checked against what Excel writes (issue 10, defects 11–13).
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { local, parseXml, walk, type XmlElement } from "../support/xml.ts";
import { build, devReports, longSentences, noFigures, noYear, seedReports, type BuiltWorkbook } from "./workbooks.ts";

const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;

function entries(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}
const part = (file: string, path: string) => parseXml(strFromU8(entries(file)[path]!));
const all = (el: XmlElement, name: string) => [...walk(el)].filter((e) => e.name === name);

let seeds: BuiltWorkbook;
let empty: BuiltWorkbook;
let long: BuiltWorkbook;
let many: BuiltWorkbook;
beforeAll(async () => {
  [seeds, many, empty, long] = await Promise.all([
    build("seeds", seedReports()),
    build("many", [...seedReports(), ...devReports(), noYear()]),
    build("no-figures", [noFigures()]),
    build("long", [longSentences()]),
  ]);
});

describe("data bars", () => {
  it("pair each rule's x14:id with an Excel 2010 rule of that id in the worksheet's extLst", () => {
    const sheet = part(seeds.file, "xl/worksheets/sheet1.xml");
    const ids = all(sheet, "x14:id").map((e) => e.text);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(GUID);
    const extRules = all(sheet, "x14:cfRule");
    expect(extRules.map((r) => r.attrs.id)).toEqual(ids);
    expect(extRules[0]!.attrs.type).toBe("dataBar");
    const sqref = all(sheet, "xm:sqref")[0]!.text;
    const rule = all(sheet, "conditionalFormatting").find((c) => all(c, "dataBar").length)!;
    expect(rule.attrs.sqref).toBe(sqref);
  });

  it("are the same bytes for the same plan (the GUID comes from the sheet, not from chance)", async () => {
    const again = await build("seeds", seedReports());
    expect(readFileSync(again.file)).toEqual(readFileSync(seeds.file));
  });
});

describe("pivot tables", () => {
  it("share one cache: both views' parts point to the one cache definition, listed once in the workbook", () => {
    const names = Object.keys(entries(seeds.file));
    expect(names.filter((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n))).toEqual([
      "xl/pivotCache/pivotCacheDefinition1.xml",
    ]);
    for (const k of [1, 2]) {
      const rels = part(seeds.file, `xl/pivotTables/_rels/pivotTable${k}.xml.rels`);
      expect(all(rels, "Relationship").map((r) => r.attrs.Target)).toEqual(["../pivotCache/pivotCacheDefinition1.xml"]);
      expect(part(seeds.file, `xl/pivotTables/pivotTable${k}.xml`).attrs.cacheId).toBe("1");
    }
    expect(all(part(seeds.file, "xl/workbook.xml"), "pivotCache")).toHaveLength(1);
  });
});

describe("pivot cache", () => {
  const cache = (w: BuiltWorkbook) => part(w.file, "xl/pivotCache/pivotCacheDefinition1.xml");
  const field = (w: BuiltWorkbook, key: string) => {
    const ind = w.plan.sheets.find((s) => s.key === "indicators")!.table!;
    const k = ind.columns.findIndex((c) => c.key === key);
    return all(cache(w), "cacheField")[k]!;
  };
  const shared = (f: XmlElement) => f.children.find((c) => c.name === "sharedItems")!;

  it("marks a text field with items over 255 characters longText", () => {
    const sentence = shared(field(long, "sentence"));
    expect(sentence.attrs.longText).toBe("1");
    expect(shared(field(long, "name")).attrs.longText).toBeUndefined();
  });

  it("writes a numeric field with blanks as Excel does: containsBlank without containsSemiMixedTypes=0", () => {
    const ind = many.plan.sheets.find((s) => s.key === "indicators")!.table!;
    const numericWithBlanks = ind.columns.filter((c, k) => {
      const values = ind.rows.map((r) => r[k]);
      return (
        values.some((v) => v === null || v === "") &&
        values.every((v) => v == null || v === "" || typeof v === "number")
      );
    });
    expect(numericWithBlanks.length).toBeGreaterThan(0);
    for (const c of numericWithBlanks) {
      const attrs = shared(field(many, c.key)).attrs;
      expect(attrs, c.key).toMatchObject({ containsBlank: "1", containsNumber: "1", containsString: "0" });
      expect(attrs.containsSemiMixedTypes, c.key).toBeUndefined();
    }
  });

  it("lists items only for fields on an axis; the others are written inline in the records", () => {
    const pivot = seeds.plan.sheets.find((s) => s.pivot)!.pivot!;
    const onAxis = new Set([...pivot.rowFields, ...pivot.columnFields, ...pivot.pageFields]);
    const ind = seeds.plan.sheets.find((s) => s.key === "indicators")!.table!;
    const records = part(seeds.file, "xl/pivotCache/pivotCacheRecords1.xml");
    const first = records.children[0]!.children;
    ind.columns.forEach((c, k) => {
      const items = shared(field(seeds, c.key)).children;
      if (onAxis.has(c.key)) {
        expect(items.length, c.key).toBeGreaterThan(0);
        expect(local(first[k]!.name), c.key).toBe("x");
      } else {
        expect(items, c.key).toHaveLength(0);
        expect(first[k]!.name, c.key).not.toBe("x");
      }
    });
  });

  it("gives a report with no figures a source range with a data row, not the header alone", () => {
    expect(empty.plan.sheets.find((s) => s.key === "indicators")!.table!.rows).toHaveLength(0);
    const def = cache(empty);
    const source = all(def, "worksheetSource")[0]!;
    const [, lastRow] = /(\d+)$/.exec(source.attrs.ref!)!;
    expect(Number(lastRow)).toBe(2);
    expect(def.attrs.recordCount).toBe("1");
    const table = [...Object.keys(entries(empty.file))]
      .filter((p) => /^xl\/tables\//.test(p))
      .map((p) => part(empty.file, p))
      .find((t) => t.attrs.name === "tblIndicators")!;
    expect(table.attrs.ref).toBe(source.attrs.ref);
  });
});

describe("zip", () => {
  it("holds parts only, no folder entries", () => {
    for (const w of [seeds, empty]) expect(Object.keys(entries(w.file)).filter((p) => p.endsWith("/"))).toEqual([]);
  });
});
