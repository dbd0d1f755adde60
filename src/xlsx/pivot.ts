// Pivot tables for an exceljs package, which cannot make them: the pivot cache definition, its records
// and the pivot table definition (ECMA-376 Part 1, §18.10), written the way Excel writes them.
import type { PackageParts } from "./parts.ts";
import { NS_REL, WORKBOOK } from "./parts.ts";
import type { PivotPlan, SheetPlan, WorkbookPlan } from "../workbook/types.ts";
import { columnLetter, shownValue } from "../workbook/cells.ts";
import { insertChild, WORKBOOK_CHILDREN } from "./sequence.ts";
import { attrValue, el, largeXmlDocument, xmlDocument, type Attrs, type Markup } from "./xml.ts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = {
  cacheDefinition: `${NS_REL}/pivotCacheDefinition`,
  cacheRecords: `${NS_REL}/pivotCacheRecords`,
  table: `${NS_REL}/pivotTable`,
};
const CONTENT = {
  cacheDefinition: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  cacheRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
};
/** Excel marks a field whose text items exceed this many characters `longText` (§18.10.1.90). */
const SHORT_TEXT_LIMIT = 255;

type Value = string | number | boolean | null;

interface Field {
  name: string;
  values: Value[];
  /** Distinct values, in first-seen order, for fields on an axis; other fields are written inline. */
  items: Value[] | null;
}

/** The cache's source rows: the table body, or the one blank row an empty table keeps (never a header alone). */
function sourceRows(source: SheetPlan): Value[][] {
  const t = source.table!;
  const rows = t.rows.length ? t.rows : [t.columns.map(() => null)];
  return rows.map((r) => t.columns.map((_, k) => shownValue(r[k] ?? null)).map((v) => (v === "" ? null : v)));
}

/** An axis field's distinct values: numbers (years) in order, text in the order first seen, a blank last. */
function axisItems(values: readonly Value[]): Value[] {
  const distinct = [...new Set(values)];
  if (!distinct.every((v) => typeof v === "number" || v === null)) return distinct;
  return distinct.sort((a, b) => (a === null ? 1 : b === null ? -1 : (a as number) - (b as number)));
}

function fieldsOf(source: SheetPlan, rows: Value[][], axisKeys: ReadonlySet<string>): Field[] {
  return source.table!.columns.map((c, k) => {
    const values = rows.map((r) => r[k] ?? null);
    return { name: c.header, values, items: axisKeys.has(c.key) ? axisItems(values) : null };
  });
}

/** The sharedItems statistics Excel writes for a field's values (only those differing from the defaults). */
function sharedItemsAttrs(values: readonly Value[]): Attrs {
  const kinds = new Set(values.map((v) => (v === null ? "blank" : typeof v)));
  const nonBlank = [...kinds].filter((k) => k !== "blank");
  const hasText = kinds.has("string");
  const numbers = values.filter((v): v is number => typeof v === "number");
  return {
    // "Semi-mixed" is text or blanks beside other values: off only for one non-text kind without blanks.
    containsSemiMixedTypes: !hasText && kinds.size === 1 && nonBlank.length === 1 ? false : undefined,
    containsString: hasText ? undefined : false,
    containsBlank: kinds.has("blank") || undefined,
    containsMixedTypes: nonBlank.length > 1 || undefined,
    containsNumber: numbers.length > 0 || undefined,
    containsInteger: (numbers.length > 0 && numbers.every(Number.isInteger)) || undefined,
    minValue: numbers.length ? Math.min(...numbers) : undefined,
    maxValue: numbers.length ? Math.max(...numbers) : undefined,
    longText: values.some((v) => typeof v === "string" && v.length > SHORT_TEXT_LIMIT) || undefined,
  };
}

function sharedItemsXml(f: Field): Markup {
  if (!f.items) return el("sharedItems", sharedItemsAttrs(f.values));
  return el("sharedItems", { ...sharedItemsAttrs(f.items), count: f.items.length }, f.items.map(itemXml));
}

function itemXml(v: Value): Markup {
  return v === null ? el("m") : el(valueTag(v), { v });
}

/** The cache's element for a value: n(umber), b(oolean) or s(tring). */
function valueTag(v: string | number | boolean): "n" | "b" | "s" {
  return typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s";
}

function cacheDefinitionXml(fields: Field[], source: SheetPlan, recordCount: number, recordsId: string): Markup {
  const ref = `A1:${columnLetter(fields.length - 1)}${recordCount + 1}`;
  return el(
    "pivotCacheDefinition",
    {
      xmlns: NS_MAIN,
      "xmlns:r": NS_REL,
      "r:id": recordsId,
      refreshOnLoad: true,
      refreshedBy: "Zhibiao",
      createdVersion: 6,
      refreshedVersion: 6,
      minRefreshableVersion: 3,
      recordCount,
    },
    el("cacheSource", { type: "worksheet" }, el("worksheetSource", { ref, sheet: source.name })),
    el(
      "cacheFields",
      { count: fields.length },
      fields.map((f) => el("cacheField", { name: f.name, numFmtId: 0 }, sharedItemsXml(f))),
    ),
  );
}

function cacheRecordsPart(fields: Field[], recordCount: number): Uint8Array {
  const index = fields.map((f) => (f.items ? new Map(f.items.map((v, i) => [v, i])) : null));
  // One record per indicator row, tens of thousands of them: written as strings (with the same escaping as `el`),
  // not through `el`, whose per-element objects made the pivot most of the workbook's build time.
  return largeXmlDocument("pivotCacheRecords", { xmlns: NS_MAIN, "xmlns:r": NS_REL, count: recordCount }, (part) => {
    for (let r = 0; r < recordCount; r++) {
      let record = "<r>";
      for (let k = 0; k < fields.length; k++) {
        const v = fields[k]!.values[r] ?? null;
        const shared = index[k];
        record += shared ? `<x v="${shared.get(v)!}"/>` : v === null ? "<m/>" : `<${valueTag(v)} v="${attrValue(v)}"/>`;
      }
      part.add(record + "</r>");
    }
  });
}

function parseCell(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

function pivotTableXml(p: PivotPlan, cacheId: number, fields: Field[], keys: string[]): Markup {
  const idx = (key: string) => keys.indexOf(key);
  const rowIdx = p.rowFields.map(idx);
  const colIdx = p.columnFields.map(idx);
  const pageIdx = p.pageFields.map(idx);
  const dataIdx = idx(p.dataField.column);
  const axisOf = (k: number) =>
    rowIdx.includes(k) ? "axisRow" : colIdx.includes(k) ? "axisCol" : pageIdx.includes(k) ? "axisPage" : null;
  const pivotFields = fields.map((f, k) => {
    const axis = axisOf(k);
    if (axis && f.items) {
      const items = [...f.items.map((_, i) => el("item", { x: i })), el("item", { t: "default" })];
      return el("pivotField", { axis, showAll: false }, el("items", { count: items.length }, items));
    }
    return el("pivotField", { dataField: k === dataIdx || undefined, showAll: false });
  });
  // The report's size as Excel will lay it out (rows: one per row item and subtotal, columns: one per body).
  const rowItems = rowIdx.reduce((n, k) => n + (fields[k]!.items?.length ?? 0), 0);
  const colItems = colIdx.reduce((n, k) => n + (fields[k]!.items?.length ?? 0), 0);
  const start = parseCell(p.anchor);
  const ref = `${p.anchor}:${columnLetter(start.col + colItems + 1)}${start.row + rowItems + 2}`;
  const fieldList = (name: string, list: number[]) =>
    el(
      name,
      { count: list.length },
      list.map((x) => el("field", { x })),
    );
  return el(
    "pivotTableDefinition",
    {
      xmlns: NS_MAIN,
      name: p.name,
      cacheId,
      applyNumberFormats: false,
      applyBorderFormats: false,
      applyFontFormats: false,
      applyPatternFormats: false,
      applyAlignmentFormats: false,
      applyWidthHeightFormats: true,
      dataCaption: "Values",
      updatedVersion: 6,
      minRefreshableVersion: 3,
      createdVersion: 6,
      useAutoFormatting: true,
      itemPrintTitles: true,
      indent: 0,
      outline: true,
      outlineData: true,
      multipleFieldFilters: false,
      rowGrandTotals: p.grandTotals === false ? false : undefined,
      colGrandTotals: p.grandTotals === false ? false : undefined,
    },
    el("location", {
      ref,
      firstHeaderRow: 1,
      firstDataRow: 2,
      firstDataCol: 1,
      rowPageCount: pageIdx.length,
      colPageCount: 1,
    }),
    el("pivotFields", { count: fields.length }, pivotFields),
    fieldList("rowFields", rowIdx),
    el("rowItems", { count: 1 }, el("i", { t: "grand" }, el("x"))),
    fieldList("colFields", colIdx),
    el("colItems", { count: 1 }, el("i", { t: "grand" }, el("x"))),
    pageIdx.length
      ? el(
          "pageFields",
          { count: pageIdx.length },
          pageIdx.map((k) => pageFieldXml(p, k, keys, fields)),
        )
      : [],
    el(
      "dataFields",
      { count: 1 },
      el("dataField", { name: p.dataField.caption, fld: dataIdx, baseField: 0, baseItem: 0 }),
    ),
    el("pivotTableStyleInfo", {
      name: "PivotStyleLight16",
      showRowHeaders: true,
      showColHeaders: true,
      showRowStripes: false,
      showColStripes: false,
      showLastColumn: true,
    }),
  );
}

function pageFieldXml(p: PivotPlan, k: number, keys: string[], fields: Field[]): Markup {
  const wanted = p.pageSelection[keys[k]!];
  // Items are selected as they are shown: a year 2024 by "2024".
  const item =
    wanted === undefined ? -1 : (fields[k]!.items ?? []).findIndex((v) => v !== null && String(v) === wanted);
  return el("pageField", { fld: k, item: item >= 0 ? item : undefined, hier: -1 });
}

/** Adds the plan's pivot tables to a package: one cache (definition and records) per source table, shared by its pivots. */
export function addPivotTables(parts: PackageParts, plan: WorkbookPlan): void {
  const pivots = plan.sheets.filter((s) => s.pivot);
  if (!pivots.length) return;
  const bySource = new Map<string, SheetPlan[]>();
  for (const sheet of pivots)
    bySource.set(sheet.pivot!.sourceSheet, [...(bySource.get(sheet.pivot!.sourceSheet) ?? []), sheet]);
  const caches: Markup[] = [];
  for (const [n, [sourceName, views]] of [...bySource].entries()) {
    const source = plan.sheets.find((s) => s.name === sourceName && s.table)!;
    const keys = source.table!.columns.map((c) => c.key);
    const rows = sourceRows(source);
    const axes = views.flatMap(({ pivot: p }) => [...p!.rowFields, ...p!.columnFields, ...p!.pageFields]);
    const fields = fieldsOf(source, rows, new Set(axes));
    const cacheId = n + 1;
    const definition = parts.freePath((i) => `xl/pivotCache/pivotCacheDefinition${i}.xml`);
    const records = parts.freePath((i) => `xl/pivotCache/pivotCacheRecords${i}.xml`);
    parts.add(records, CONTENT.cacheRecords, cacheRecordsPart(fields, rows.length));
    const recordsId = parts.relate(definition, REL.cacheRecords, records);
    parts.add(
      definition,
      CONTENT.cacheDefinition,
      xmlDocument(cacheDefinitionXml(fields, source, rows.length, recordsId)),
    );
    for (const sheet of views) {
      const table = parts.freePath((i) => `xl/pivotTables/pivotTable${i}.xml`);
      parts.add(table, CONTENT.table, xmlDocument(pivotTableXml(sheet.pivot!, cacheId, fields, keys)));
      parts.relate(table, REL.cacheDefinition, definition);
      parts.relate(parts.sheetPart(sheet.name), REL.table, table);
    }
    caches.push(el("pivotCache", { cacheId, "r:id": parts.relate(WORKBOOK, REL.cacheDefinition, definition) }));
  }
  parts.write(
    WORKBOOK,
    insertChild(parts.text(WORKBOOK), "workbook", "pivotCaches", el("pivotCaches", {}, caches), WORKBOOK_CHILDREN),
  );
}
