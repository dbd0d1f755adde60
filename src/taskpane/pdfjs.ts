// pdf.js for the task pane, loaded only when a PDF is added: the library as a chunk of its own, its worker
// and CJK character maps copied to dist/pdfjs/ as published (the worker already minified: not minified again).
import type { PdfJs } from "../source/pdf.ts";

const base = () => new URL("pdfjs/", document.baseURI).href;

/** Where pdf.js finds its character maps (older CJK PDFs need them). */
export const pdfCMapUrl = () => base() + "cmaps/";

let loaded: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = base() + "pdf.worker.min.mjs";
    return pdfjs;
  })();
  return loaded;
}
