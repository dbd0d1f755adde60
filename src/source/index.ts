// Report sources: bytes from a file (or text from a paste or a workbook) → the text the parser reads.
// One registry of formats, each recognised by its content first and its file name second.
import { decodeReport } from "./decode.ts";
import { docxToText, zipEntries } from "./docx.ts";
import { htmlToText, looksLikeHtml } from "./html.ts";
import { InputError, type SourceProblem } from "./messages.ts";
import { pdfToText, type PdfJs, type PdfOptions } from "./pdf.ts";

export { decodeReport } from "./decode.ts";
export { htmlToText, looksLikeHtml } from "./html.ts";
export { InputError, type SourceCode, type SourceParams, type SourceProblem } from "./messages.ts";

/** Reports larger than this are refused with a message (a work report is rarely over 1 MB; a PDF may be 20). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export type SourceFormat = "text" | "html" | "docx" | "pdf";

export interface SourceText {
  text: string;
  format: SourceFormat;
  /** The character encoding of a text or HTML file. */
  encoding?: string;
}

export type SourceResult = ({ ok: true } & SourceText) | { ok: false; problem: SourceProblem };

export interface ReadOptions extends PdfOptions {
  /** Loads pdf.js when a PDF is read (the task pane gives one that starts its worker). */
  loadPdfJs?: () => Promise<PdfJs>;
}

interface Format {
  id: SourceFormat | "refused";
  /** File name endings this format owns (lower case, with the dot). */
  extensions: readonly string[];
  /** True when the bytes are this format, whatever the file is called. */
  sniff: (bytes: Uint8Array) => boolean;
  read: (bytes: Uint8Array, name: string, options: ReadOptions) => Promise<SourceText> | SourceText;
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, k) => bytes[k] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, .wps, .xls: Compound File Binary
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** A PDF may have a few bytes of junk before its header (the format allows 1024). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return startsWith(bytes, ...PDF) || head.includes("%PDF-");
}

function refuse(problem: SourceProblem): never {
  throw new InputError(problem);
}

/** pdf.js's legacy build, as Node loads it; the task pane passes its own loader (webpack leaves this one out). */
const loadPdfJs = (): Promise<PdfJs> => import(/* webpackIgnore: true */ "pdfjs-dist/legacy/build/pdf.mjs");

const FORMATS: readonly Format[] = [
  {
    id: "pdf",
    extensions: [".pdf"],
    sniff: isPdf,
    read: async (bytes, name, options) => ({
      text: await pdfToText(bytes, name, await (options.loadPdfJs ?? loadPdfJs)(), options),
      format: "pdf",
    }),
  },
  {
    id: "docx",
    extensions: [".docx", ".docm", ".dotx"],
    sniff: (bytes) => zipEntries(bytes)?.some((n) => n.startsWith("word/")) ?? false,
    read: (bytes, name) => ({ text: docxToText(bytes, name), format: "docx" }),
  },
  {
    id: "refused",
    extensions: [".doc", ".wps", ".dot", ".rtf"],
    sniff: (bytes) => startsWith(bytes, ...OLE2) || startsWith(bytes, ...RTF),
    read: (_bytes, name) => refuse({ code: "legacyWord", params: { name } }),
  },
  {
    id: "refused",
    extensions: [".xlsx", ".xls", ".pptx", ".ppt", ".zip", ".rar", ".7z", ".png", ".jpg", ".jpeg", ".gif"],
    sniff: (bytes) => zipEntries(bytes) !== null,
    read: (_bytes, name) => refuse({ code: "unsupported", params: { name, detail: extensionOf(name) || "zip" } }),
  },
  {
    id: "html",
    extensions: [".html", ".htm", ".shtml", ".xhtml"],
    sniff: () => false,
    read: (bytes, name) => {
      const { text, encoding } = decodeReport(bytes, name);
      return { text: htmlToText(text), format: "html", encoding };
    },
  },
];

function extensionOf(name: string): string {
  return /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? "";
}

/** Plain text, or HTML when the content is a page whatever the file is called. */
function readText(bytes: Uint8Array, name: string): SourceText {
  const { text, encoding } = decodeReport(bytes, name);
  return looksLikeHtml(text)
    ? { text: htmlToText(text), format: "html", encoding }
    : { text, format: "text", encoding };
}

/** The file name endings read as reports (a folder stands for its files with these). */
export const REPORT_EXTENSIONS: readonly string[] = [
  ".txt",
  ...FORMATS.filter((f) => f.id !== "refused" || f.extensions.includes(".doc")).flatMap((f) => f.extensions),
];

/** The format a file is read as: its content decides, its name only when the content says nothing. */
function formatOf(bytes: Uint8Array, name: string): Format | null {
  return FORMATS.find((f) => f.sniff(bytes)) ?? FORMATS.find((f) => f.extensions.includes(extensionOf(name))) ?? null;
}

function checkSize(bytes: Uint8Array, name: string): void {
  if (bytes.length > MAX_REPORT_BYTES)
    refuse({
      code: "tooLarge",
      params: { name, size: (bytes.length / 1048576).toFixed(1), limit: MAX_REPORT_BYTES / 1048576 },
    });
}

/** Reads a report file of any supported format. Throws InputError with a problem code. */
export async function readReport(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<SourceText> {
  checkSize(bytes, name);
  const format = formatOf(bytes, name);
  return format ? format.read(bytes, name, options) : readText(bytes, name);
}

/** The one entry point for the CLI and the pane: the report's text, or why it cannot be read. */
export async function readReportSource(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<SourceResult> {
  try {
    return { ok: true, ...(await readReport(bytes, name, options)) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problem: e.problem };
    return {
      ok: false,
      problem: { code: "readFailed", params: { name, detail: e instanceof Error ? e.message : String(e) } },
    };
  }
}

/** Decodes a text or HTML report synchronously (for text already known not to be a document format). */
export function readReportBytes(bytes: Uint8Array, name: string): SourceText {
  checkSize(bytes, name);
  return readText(bytes, name);
}
