// The last steps on an exceljs-written package: full table bodies, data bars, pivot tables, one compression pass.
import type { WorkbookPlan } from "../workbook/types.ts";
import { writeTableBodies } from "./table-body.ts";
import { addPivotTables } from "./pivot.ts";
import { addDataBars } from "./data-bars.ts";
import { PackageParts } from "./parts.ts";
import type { DeflateRaw } from "./zip.ts";

export function finishPackage(stored: Uint8Array, plan: WorkbookPlan, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  const parts = PackageParts.unzip(stored);
  writeTableBodies(parts, plan.sheets);
  addDataBars(parts, plan.sheets);
  addPivotTables(parts, plan);
  return parts.zip(deflateRaw);
}
