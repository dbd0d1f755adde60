// Adding an element to a part another writer made, at the place its schema's sequence requires
// (ECMA-376 Part 1: CT_Worksheet §18.3.1.99, CT_Workbook §18.2.28).
import { raw, type Markup } from "./xml.ts";

export const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export const WORKBOOK_CHILDREN = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** Position just after the last child of `xml`'s root element that the sequence puts at or before `name`. */
function insertionPoint(xml: string, root: string, name: string, order: readonly string[]): number {
  const rank = order.indexOf(name);
  if (rank < 0) throw new Error(`<${name}> is not a child of <${root}>`);
  const close = xml.lastIndexOf(`</${root}>`);
  if (close < 0) throw new Error(`no </${root}> to insert <${name}> into`);
  // The first child that must come after `name`: insert before it.
  const tags = /<([A-Za-z][\w.:-]*)\b/g;
  tags.lastIndex = xml.indexOf(">", xml.indexOf(`<${root}`)) + 1;
  for (let m = tags.exec(xml); m && m.index < close; m = tags.exec(xml)) {
    if (order.indexOf(m[1]!) > rank) return m.index;
    // Skip the element's content: find its end (self-closed or matching close tag).
    const end = xml.indexOf(">", m.index);
    if (xml[end - 1] === "/") {
      tags.lastIndex = end + 1;
      continue;
    }
    tags.lastIndex = closingTagEnd(xml, m[1]!, end + 1);
  }
  return close;
}

/** Index just after the `</name>` that closes an element opened before `from` (same-name nesting counted). */
function closingTagEnd(xml: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, "g");
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`<${name}> is not closed`);
}

/** `xml` with `child` (an element named `name`) added among the root's children where `order` puts it. */
export function insertChild(xml: string, root: string, name: string, child: Markup, order: readonly string[]): Markup {
  const at = insertionPoint(xml, root, name, order);
  return raw(xml.slice(0, at) + child + xml.slice(at));
}
