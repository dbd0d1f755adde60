// The 校正 table: corrections a user makes to records (not an indicator, kind, year, body, canonical name, the
// record a target pairs with). Written by the plan, read back by 刷新 and by `zhibiao build -o EXISTING.xlsx`.
import type { Correction, CorrectionField } from "../compare/index.ts";
import type { Indicator, Kind } from "../report/index.ts";
import type { CellValue, SheetPlan } from "./types.ts";
import type { Labels } from "./labels.ts";
import { safeText } from "./cells.ts";
import { BOTH_LANGUAGES, cellText, headerFinder } from "./read-back.ts";
import { col } from "./columns.ts";
import { userSheet } from "./styles.ts";

export const CORRECTIONS_TABLE = "tblCorrections";
const FIELDS: CorrectionField[] = ["notIndicator", "kind", "year", "body", "canonical", "pairWith"];
const KINDS: Kind[] = ["actual", "target", "forecast"];

export function correctionsSheet(
  corrections: readonly Correction[],
  records: ReadonlyMap<string, Indicator>,
  l: Labels,
): SheetPlan {
  const columns = [
    col(l, "id", 28),
    col(l, "field", 10),
    col(l, "newValue", 28),
    col(l, "name", 24),
    col(l, "sentence", 60, { wrap: false }),
  ];
  const rows: CellValue[][] = corrections.map((c) => {
    const value = c.field === "notIndicator" ? "" : c.field === "kind" ? l.kind[c.value] : c.value;
    const r = records.get(c.record);
    return [
      safeText(c.record),
      l.correction[c.field],
      safeText(String(value)),
      safeText(r?.name),
      safeText(r?.sentence),
    ];
  });
  return userSheet("corrections", l.sheets.corrections, 1, { name: CORRECTIONS_TABLE, columns, rows });
}

/** Which correction a cell names, in either language. */
function fieldOf(cell: string): CorrectionField | null {
  const c = cell.toLowerCase();
  for (const l of BOTH_LANGUAGES)
    for (const f of FIELDS) if (l.correction[f].toLowerCase() === c || f.toLowerCase() === c) return f;
  return null;
}

function kindOf(cell: string): Kind | null {
  for (const l of BOTH_LANGUAGES) for (const k of KINDS) if (l.kind[k] === cell || k === cell) return k;
  return null;
}

/**
 * The corrections in a 校正 table read back from a workbook (header and rows of cell values, either language).
 * Rows that say nothing usable (no record, an unknown correction, a year that is no number) are left out.
 */
export function readCorrections(header: readonly unknown[], rows: readonly (readonly unknown[])[]): Correction[] {
  const find = headerFinder(header);
  const [id, field, value] = [find("id"), find("field"), find("newValue")];
  if (id < 0 || field < 0) return [];
  const out: Correction[] = [];
  for (const row of rows) {
    const record = cellText(row[id]);
    const f = fieldOf(cellText(row[field]));
    const v = value >= 0 ? cellText(row[value]) : "";
    if (!record || !f) continue;
    if (f === "notIndicator") out.push({ record, field: f });
    else if (f === "kind") {
      const k = kindOf(v);
      if (k) out.push({ record, field: f, value: k });
    } else if (f === "year") {
      const y = Number(v);
      if (Number.isInteger(y) && v) out.push({ record, field: f, value: y });
    } else if (v) out.push({ record, field: f, value: v });
  }
  return out;
}
