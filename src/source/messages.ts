// Why a report source could not be read: a code with parameters (the catalogue in src/messages renders it
// in Chinese or English; the caller names the file: ✗ 报告.doc：这是旧版 Word/WPS 文档…).
import { sourceText } from "../messages/sources.ts";

export interface SourceParams {
  /** File or folder name as the user gave it. */
  name: string;
  /** Size in MB, the size limit, a page count, a depth… as the code needs. */
  size?: string;
  limit?: number;
  pages?: number;
  detail?: string;
}

/** What can be wrong with a report source; the texts are in src/messages/sources.ts. */
export type SourceCode =
  | "tooLarge"
  | "binary"
  | "legacyWord"
  | "unsupported"
  | "docxDamaged"
  | "pdfNoText"
  | "pdfEncrypted"
  | "pdfDamaged"
  | "notFound"
  | "noPermission"
  | "folderEmpty"
  | "skippedType"
  | "tooDeep"
  | "linkLoop"
  | "readFailed";

export interface SourceProblem {
  code: SourceCode;
  params: SourceParams;
}

/** A report source that cannot be read; `message` is the Chinese text, `problem` the code to render in any language. */
export class InputError extends Error {
  override name = "InputError";
  constructor(readonly problem: SourceProblem) {
    super(sourceText(problem, "zh"));
  }
}
