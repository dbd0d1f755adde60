// Download .xlsx from the pane: exceljs is loaded only now, as its own chunk.
import type { WorkbookPlan } from "../workbook/types.ts";

export async function downloadWorkbook(plan: WorkbookPlan, fileName: string): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/write.ts");
  const bytes = await writeXlsx(plan);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const blob = new Blob([copy], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
