// Pivot tables for an exceljs package, which cannot make them: the pivot cache definition, its records
// and the pivot table definition (ECMA-376 Part 1, §18.10), with their relationships and content types.
import type { PackageParts } from "./parts.ts";
import type { PivotPlan, SheetPlan, WorkbookPlan } from "../workbook/types.ts";
import { columnLetter, shownValue } from "../workbook/cells.ts";
import { sheetPartOf, xmlEscape } from "./xml.ts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
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

type Value = string | number | boolean | null;

interface Field {
  name: string;
  values: Value[];
  /** Distinct values, in first-seen order, for fields on an axis. */
  items: Value[] | null;
}

function fieldsOf(source: SheetPlan, axisKeys: ReadonlySet<string>): Field[] {
  const t = source.table!;
  return t.columns.map((c, k) => {
    const values = t.rows.map((r) => shownValue(r[k] ?? null)).map((v) => (v === "" ? null : v));
    // Axis fields must list their items; text fields list theirs too, so records hold indexes, not copies.
    const textual = values.some((v) => typeof v === "string");
    const items = axisKeys.has(c.key) || textual ? [...new Set(values)] : null;
    return { name: c.header, values, items };
  });
}

function sharedItemsXml(f: Field): string {
  const present = f.values.filter((v) => v !== null);
  const hasBlank = present.length < f.values.length;
  const numbers = present.every((v) => typeof v === "number");
  const attrs: string[] = [];
  if (present.length && numbers) {
    const nums = present as number[];
    attrs.push('containsSemiMixedTypes="0"', 'containsString="0"', 'containsNumber="1"');
    if (nums.every(Number.isInteger)) attrs.push('containsInteger="1"');
    attrs.push(`minValue="${Math.min(...nums)}"`, `maxValue="${Math.max(...nums)}"`);
  } else if (!present.length) {
    attrs.push('containsNonDate="0"', 'containsString="0"');
  }
  if (hasBlank) attrs.push('containsBlank="1"');
  if (!f.items) return `<sharedItems${attrs.length ? " " + attrs.join(" ") : ""}/>`;
  return `<sharedItems${attrs.length ? " " + attrs.join(" ") : ""} count="${f.items.length}">${f.items.map(itemXml).join("")}</sharedItems>`;
}

function itemXml(v: Value): string {
  if (v === null) return "<m/>";
  if (typeof v === "number") return `<n v="${v}"/>`;
  if (typeof v === "boolean") return `<b v="${v ? 1 : 0}"/>`;
  return `<s v="${xmlEscape(v)}"/>`;
}

function cacheDefinitionXml(fields: Field[], source: SheetPlan, rowCount: number): string {
  const lastCol = columnLetter(fields.length - 1);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" r:id="rId1" refreshOnLoad="1" refreshedBy="Zhibiao" ` +
    `createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${rowCount}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:${lastCol}${rowCount + 1}" sheet="${xmlEscape(source.name)}"/></cacheSource>` +
    `<cacheFields count="${fields.length}">` +
    fields
      .map((f) => `<cacheField name="${xmlEscape(f.name)}" numFmtId="0">${sharedItemsXml(f)}</cacheField>`)
      .join("") +
    `</cacheFields></pivotCacheDefinition>`
  );
}

function cacheRecordsXml(fields: Field[], rowCount: number): string {
  const index = fields.map((f) => (f.items ? new Map(f.items.map((v, i) => [v, i])) : null));
  let body = "";
  for (let r = 0; r < rowCount; r++) {
    body += "<r>";
    fields.forEach((f, k) => {
      const v = f.values[r] ?? null;
      body += index[k] ? `<x v="${index[k]!.get(v)}"/>` : itemXml(v);
    });
    body += "</r>";
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" count="${rowCount}">${body}</pivotCacheRecords>`;
}

function parseCell(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

function pivotTableXml(p: PivotPlan, fields: Field[], keys: string[]): string {
  const idx = (key: string) => keys.indexOf(key);
  const rowIdx = p.rowFields.map(idx);
  const colIdx = p.columnFields.map(idx);
  const pageIdx = p.pageFields.map(idx);
  const dataIdx = idx(p.dataField.column);
  const axisOf = (k: number) =>
    rowIdx.includes(k) ? "axisRow" : colIdx.includes(k) ? "axisCol" : pageIdx.includes(k) ? "axisPage" : null;
  const pivotFields = fields
    .map((f, k) => {
      const axis = axisOf(k);
      if (axis && f.items) {
        const items = f.items.map((_, i) => `<item x="${i}"/>`).join("") + '<item t="default"/>';
        return `<pivotField axis="${axis}" showAll="0"><items count="${f.items.length + 1}">${items}</items></pivotField>`;
      }
      return k === dataIdx ? '<pivotField dataField="1" showAll="0"/>' : '<pivotField showAll="0"/>';
    })
    .join("");
  // The report's size as Excel will lay it out (rows: one per row item and subtotal, columns: one per body).
  const rowItems = rowIdx.reduce((n, k) => n + (fields[k]!.items?.length ?? 0), 0);
  const colItems = colIdx.reduce((n, k) => n + (fields[k]!.items?.length ?? 0), 0);
  const start = parseCell(p.anchor);
  const ref = `${p.anchor}:${columnLetter(start.col + colItems + 1)}${start.row + rowItems + 2}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotTableDefinition xmlns="${NS_MAIN}" name="${xmlEscape(p.name)}" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" ` +
    `applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" ` +
    `updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" ` +
    `outline="1" outlineData="1" multipleFieldFilters="0">` +
    `<location ref="${ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1" rowPageCount="${pageIdx.length}" colPageCount="1"/>` +
    `<pivotFields count="${fields.length}">${pivotFields}</pivotFields>` +
    `<rowFields count="${rowIdx.length}">${rowIdx.map((k) => `<field x="${k}"/>`).join("")}</rowFields>` +
    `<rowItems count="1"><i t="grand"><x/></i></rowItems>` +
    `<colFields count="${colIdx.length}">${colIdx.map((k) => `<field x="${k}"/>`).join("")}</colFields>` +
    `<colItems count="1"><i t="grand"><x/></i></colItems>` +
    (pageIdx.length
      ? `<pageFields count="${pageIdx.length}">${pageIdx.map((k) => pageFieldXml(p, k, keys, fields)).join("")}</pageFields>`
      : "") +
    `<dataFields count="1"><dataField name="${xmlEscape(p.dataField.caption)}" fld="${dataIdx}" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}

function pageFieldXml(p: PivotPlan, k: number, keys: string[], fields: Field[]): string {
  const wanted = p.pageSelection[keys[k]!];
  const item = wanted === undefined ? -1 : (fields[k]!.items ?? []).indexOf(wanted);
  return `<pageField fld="${k}"${item >= 0 ? ` item="${item}"` : ""} hier="-1"/>`;
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** Adds the plan's pivot tables (their caches, records, definitions, relationships and content types) to a package. */
export function addPivotTables(parts: PackageParts, plan: WorkbookPlan): void {
  const pivots = plan.sheets.filter((s) => s.pivot);
  if (!pivots.length) return;
  let contentTypes = parts.text("[Content_Types].xml");
  let wbXml = parts.text("xl/workbook.xml");
  let wbRels = parts.text("xl/_rels/workbook.xml.rels");
  const caches: string[] = [];
  for (const [n, sheet] of pivots.entries()) {
    const p = sheet.pivot!;
    const source = plan.sheets.find((s) => s.name === p.sourceSheet && s.table)!;
    const keys = source.table!.columns.map((c) => c.key);
    const axisKeys = new Set([...p.rowFields, ...p.columnFields, ...p.pageFields]);
    const fields = fieldsOf(source, axisKeys);
    const rowCount = source.table!.rows.length;
    const id = n + 1;
    parts.write(`xl/pivotCache/pivotCacheDefinition${id}.xml`, cacheDefinitionXml(fields, source, rowCount));
    parts.write(`xl/pivotCache/pivotCacheRecords${id}.xml`, cacheRecordsXml(fields, rowCount));
    parts.write(
      `xl/pivotCache/_rels/pivotCacheDefinition${id}.xml.rels`,
      relsXml([{ id: "rId1", type: REL.cacheRecords, target: `pivotCacheRecords${id}.xml` }]),
    );
    parts.write(
      `xl/pivotTables/pivotTable${id}.xml`,
      pivotTableXml(p, fields, keys).replace('cacheId="1"', `cacheId="${id}"`),
    );
    parts.write(
      `xl/pivotTables/_rels/pivotTable${id}.xml.rels`,
      relsXml([{ id: "rId1", type: REL.cacheDefinition, target: `../pivotCache/pivotCacheDefinition${id}.xml` }]),
    );
    const sheetPart = sheetPartOf(parts, sheet.name);
    const sheetRelsPath = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
    const existing = parts.has(sheetRelsPath) ? parts.text(sheetRelsPath) : relsXml([]);
    parts.write(
      sheetRelsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="rIdPivot${id}" Type="${REL.table}" Target="../pivotTables/pivotTable${id}.xml"/></Relationships>`,
      ),
    );
    wbRels = wbRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdPivotCache${id}" Type="${REL.cacheDefinition}" Target="pivotCache/pivotCacheDefinition${id}.xml"/></Relationships>`,
    );
    caches.push(`<pivotCache cacheId="${id}" r:id="rIdPivotCache${id}"/>`);
    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition${id}.xml" ContentType="${CONTENT.cacheDefinition}"/>` +
        `<Override PartName="/xl/pivotCache/pivotCacheRecords${id}.xml" ContentType="${CONTENT.cacheRecords}"/>` +
        `<Override PartName="/xl/pivotTables/pivotTable${id}.xml" ContentType="${CONTENT.table}"/></Types>`,
    );
  }
  // <pivotCaches> follows <calcPr> in CT_Workbook's sequence.
  const pivotCaches = `<pivotCaches>${caches.join("")}</pivotCaches>`;
  wbXml = /<calcPr\b[^>]*\/>/.test(wbXml)
    ? wbXml.replace(/(<calcPr\b[^>]*\/>)/, `$1${pivotCaches}`)
    : wbXml.replace("</workbook>", `${pivotCaches}</workbook>`);
  parts.write("xl/workbook.xml", wbXml);
  parts.write("xl/_rels/workbook.xml.rels", wbRels);
  parts.write("[Content_Types].xml", contentTypes);
}
