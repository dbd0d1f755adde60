// pdf.js for the task pane, loaded only when a PDF is added. webpack copies its files to dist/pdfjs/ as they
// are published (already minified, so neither parsed nor minified again) and the browser imports them itself;
// pdf.js starts its parser in a worker and reads CJK character maps from there.
import type { PdfJs } from "../source/pdf.ts";

const base = () => new URL("pdfjs/", document.baseURI).href;

/** Where pdf.js finds its character maps (older CJK PDFs need them). */
export const pdfCMapUrl = () => base() + "cmaps/";

let loaded: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const pdfjs = (await import(
      /* webpackIgnore: true */ base() + "pdf.min.mjs"
    )) as typeof import("pdfjs-dist/legacy/build/pdf.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = base() + "pdf.worker.min.mjs";
    return pdfjs;
  })();
  return loaded;
}
