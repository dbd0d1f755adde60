// Download .xlsx from the pane: exceljs is loaded only now, as its own chunk.
import type { WorkbookPlan } from "../workbook/types.ts";
import type { DeflateRaw } from "../xlsx/zip.ts";

/** The browser's own raw deflate, where it has one (Chromium 103+, Safari 16.4+, Firefox 113+). */
function browserDeflate(): DeflateRaw | undefined {
  try {
    new CompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  return async (data) => {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new CompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}

export async function downloadWorkbook(plan: WorkbookPlan, fileName: string): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/write.ts");
  const bytes = await writeXlsx(plan, { deflateRaw: browserDeflate() });
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
