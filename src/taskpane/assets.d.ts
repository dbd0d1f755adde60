declare module "*.txt" {
  const text: string;
  export default text;
}
// pdf.js's minified build: the same module as its readable one.
declare module "pdfjs-dist/legacy/build/pdf.min.mjs" {
  export * from "pdfjs-dist/legacy/build/pdf.mjs";
}
