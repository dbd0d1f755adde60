// The last steps on an exceljs-written package: full table bodies, data bars, pivot tables, charts, one compression pass.
import type { WorkbookPlan } from "../workbook/types.ts";
import { writeTableBodies } from "./table-body.ts";
import { addPivotTables } from "./pivot.ts";
import { addDataBars } from "./data-bars.ts";
import { addCharts } from "./charts.ts";
import { PackageParts } from "./parts.ts";
import type { DeflateRaw } from "./zip.ts";

export function finishPackage(stored: Uint8Array, plan: WorkbookPlan, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  const parts = PackageParts.unzip(stored);
  writeTableBodies(parts, plan.sheets);
  addDataBars(parts, plan.sheets);
  addPivotTables(parts, plan);
  addCharts(parts, plan.sheets);
  return parts.zip(deflateRaw);
}
