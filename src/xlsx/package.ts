// The last steps on an exceljs-written package: full table bodies, pivot tables, one compression pass.
import JSZip from "jszip";
import type { WorkbookPlan } from "../workbook/types.ts";
import { writeTableBodies } from "./table-body.ts";
import { addPivotTables } from "./pivot.ts";

/** Deflate level for the final package: most of the size gain of level 6 at a fraction of the time. */
const DEFLATE_LEVEL = 3;

export async function finishPackage(stored: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(stored);
  await writeTableBodies(zip, plan.sheets);
  await addPivotTables(zip, plan);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: DEFLATE_LEVEL } });
}
