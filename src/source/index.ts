// Report sources: bytes or text from a file, a paste or a workbook → the text the parser reads.
import { decodeReport, InputError } from "./decode.ts";
import { htmlToText, looksLikeHtml } from "./html.ts";

export { decodeReport, InputError } from "./decode.ts";
export { htmlToText, looksLikeHtml } from "./html.ts";

/** Reports larger than this are refused with a message (a work report is rarely over 1 MB). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export interface SourceText {
  text: string;
  encoding: string;
  html: boolean;
}

/** Decodes a report file's bytes and, for an HTML page, extracts its text. */
export function readReportBytes(bytes: Uint8Array, name: string): SourceText {
  if (bytes.length > MAX_REPORT_BYTES)
    throw new InputError(
      `${name} 太大（${(bytes.length / 1048576).toFixed(1)} MB）：报告文件不应超过 ${MAX_REPORT_BYTES / 1048576} MB，请确认选对了文件。`,
    );
  const { text, encoding } = decodeReport(bytes);
  const html = /\.html?$/i.test(name) || looksLikeHtml(text);
  return { text: html ? htmlToText(text) : text, encoding, html };
}
