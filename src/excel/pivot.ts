// The pivot table over tblIndicators (ExcelApi 1.8): created with its fields and the plan's opening page
// filters (applyFilter, ExcelApi 1.12), refreshed when it is there; refresh on open where the host has it
// (ExcelApi 1.13).
import type { PivotPlan } from "../workbook/types.ts";
import type { Requirements } from "./requirements.ts";
import type { Target } from "./sheets.ts";

export type PivotResult = "created" | "refreshed" | "unsupported";

/** `fieldName` gives a source column's header as it is in the table (by the plan's column key). */
export async function applyPivot(
  context: Excel.RequestContext,
  target: Target,
  p: PivotPlan,
  fieldName: (key: string) => string,
  requirements: Requirements,
): Promise<PivotResult> {
  if (!requirements.isSetSupported("ExcelApi", "1.8")) return "unsupported";
  const existing = target.sheet.pivotTables.getItemOrNullObject(p.name);
  await context.sync();
  let pivot = existing;
  const result: PivotResult = existing.isNullObject ? "created" : "refreshed";
  if (existing.isNullObject) {
    pivot = target.sheet.pivotTables.add(
      p.name,
      context.workbook.tables.getItem(p.sourceTable),
      target.sheet.getRange(p.anchor),
    );
    const field = (key: string) => pivot.hierarchies.getItem(fieldName(key));
    for (const k of p.rowFields) pivot.rowHierarchies.add(field(k));
    for (const k of p.columnFields) pivot.columnHierarchies.add(field(k));
    const filters = p.pageFields.map((k) => [k, pivot.filterHierarchies.add(field(k))] as const);
    const data = pivot.dataHierarchies.add(field(p.dataField.column));
    data.name = p.dataField.caption;
    if (requirements.isSetSupported("ExcelApi", "1.12"))
      for (const [key, hierarchy] of filters) {
        const item = p.pageSelection[key];
        if (item !== undefined)
          hierarchy.fields.getItem(fieldName(key)).applyFilter({ manualFilter: { selectedItems: [item] } });
      }
  } else pivot.refresh();
  if (requirements.isSetSupported("ExcelApi", "1.13")) pivot.refreshOnOpen = true;
  await context.sync();
  return result;
}
