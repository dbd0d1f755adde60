// Data bars as Excel writes them: the SpreadsheetML rule (ECMA-376 §18.3.1.28) carrying an x14:id, paired
// with the Excel 2010 rule of that id in the worksheet's extLst ([MS-XLSX] 2.6.29). exceljs writes the x14:id
// empty for gradient bars, which points at nothing; a dangling id is a known cause of Excel's repair prompt.
import type { ConditionalFormatPlan, SheetPlan, TablePlan } from "../workbook/types.ts";
import { columnLetter } from "../workbook/cells.ts";
import type { PackageParts } from "./parts.ts";
import { insertChild, WORKSHEET_CHILDREN } from "./sequence.ts";
import { crc32 } from "./zip.ts";
import { el, raw, text, type Markup } from "./xml.ts";

const NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const NS_XM = "http://schemas.microsoft.com/office/excel/2006/main";
/** [MS-XLSX] 2.3.1: the ext of a cfRule that has an x14 counterpart, and the worksheet's x14 rules. */
const EXT_RULE_ID = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const EXT_CONDITIONAL_FORMATTINGS = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

type DataBar = Extract<ConditionalFormatPlan, { type: "dataBar" }>;

/** The cells a conditional format covers: its column over the table body (one row for an empty table). */
export function conditionalRange(t: TablePlan, column: string): string {
  const letter = columnLetter(t.columns.findIndex((c) => c.key === column));
  return `${letter}2:${letter}${Math.max(2, t.rows.length + 1)}`;
}

/** A GUID derived from `seed`, so the same plan gives the same package bytes. */
function guidFor(seed: string): string {
  const bytes = new TextEncoder().encode(seed);
  const hex = [0, 1, 2, 3]
    .map((i) =>
      crc32(new Uint8Array([i, ...bytes]))
        .toString(16)
        .padStart(8, "0"),
    )
    .join("")
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

const argb = (rgb: string) => `FF${rgb}`;

function cfvo(value: number): Markup {
  return el("x14:cfvo", { type: "num" }, el("xm:f", {}, text(String(value))));
}

interface Bar {
  bar: DataBar;
  sqref: string;
  priority: number;
  id: string;
}

function ruleXml({ bar, sqref, priority, id }: Bar): Markup {
  return el(
    "conditionalFormatting",
    { sqref },
    el(
      "cfRule",
      { type: "dataBar", priority },
      el(
        "dataBar",
        { minLength: 0, maxLength: 100 },
        el("cfvo", { type: "num", val: 0 }),
        el("cfvo", { type: "num", val: 1 }),
        el("color", { rgb: argb(bar.color) }),
      ),
      el("extLst", {}, el("ext", { uri: EXT_RULE_ID, "xmlns:x14": NS_X14 }, el("x14:id", {}, text(id)))),
    ),
  );
}

function extRuleXml({ sqref, id }: Bar): Markup {
  return el(
    "x14:conditionalFormatting",
    { "xmlns:xm": NS_XM },
    el(
      "x14:cfRule",
      { type: "dataBar", id },
      el(
        "x14:dataBar",
        { minLength: 0, maxLength: 100 },
        cfvo(0),
        cfvo(1),
        el("x14:negativeFillColor", { rgb: "FFFF0000" }),
        el("x14:axisColor", { rgb: "FF000000" }),
      ),
    ),
    el("xm:sqref", {}, text(sqref)),
  );
}

/** Adds the plan's data bars to each sheet's part (the other conditional formats are exceljs's). */
export function addDataBars(parts: PackageParts, sheets: readonly SheetPlan[]): void {
  for (const sheet of sheets) {
    const t = sheet.table;
    const bars = sheet.conditionalFormats.flatMap((cf, i): Bar[] => {
      if (cf.type !== "dataBar" || !t) return [];
      const sqref = conditionalRange(t, cf.column);
      return [{ bar: cf, sqref, priority: i + 1, id: guidFor(`${sheet.name}!${sqref}#${i + 1}`) }];
    });
    if (!bars.length) continue;
    const path = parts.sheetPart(sheet.name);
    let xml: string = parts.text(path);
    for (const b of bars) xml = insertChild(xml, "worksheet", "conditionalFormatting", ruleXml(b), WORKSHEET_CHILDREN);
    const ext = el(
      "ext",
      { uri: EXT_CONDITIONAL_FORMATTINGS, "xmlns:x14": NS_X14 },
      el("x14:conditionalFormattings", {}, bars.map(extRuleXml)),
    );
    const ownExtLst = xml.lastIndexOf("</extLst></worksheet>");
    xml =
      ownExtLst >= 0
        ? raw(xml.slice(0, ownExtLst) + ext + xml.slice(ownExtLst))
        : insertChild(xml, "worksheet", "extLst", el("extLst", {}, ext), WORKSHEET_CHILDREN);
    parts.write(path, xml);
  }
}
