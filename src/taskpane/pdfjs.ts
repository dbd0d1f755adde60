// pdf.js for the task pane, loaded only when a PDF is added (its own chunks), its parser in a worker.
import type { PdfJs } from "../source/pdf.ts";

let loaded: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
    try {
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(
        new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url),
        { type: "module" },
      );
    } catch {
      // No module workers here: run pdf.js's parser on the page's thread instead.
      await import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.min.mjs");
    }
    return pdfjs;
  })();
  return loaded;
}
