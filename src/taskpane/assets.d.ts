declare module "*.txt" {
  const text: string;
  export default text;
}
// pdf.js's worker: loaded for its side effect (it registers itself for pdf.js on the page's thread).
declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs";
