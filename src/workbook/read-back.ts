// Reading a table the user may have edited back from a workbook: cells as text, columns by their header in
// either language.
import { labelsFor, type Labels } from "./labels.ts";

/** The labels of both languages: a workbook written in one may be read back while the other is shown. */
export const BOTH_LANGUAGES: readonly Labels[] = [labelsFor("zh"), labelsFor("en")];

/** A cell's text as the user sees it: no leading text marker ('), no surrounding spaces. */
export function cellText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).replace(/^'/, "").trim();
}

/** Finds a column by its key: the index of the header cell that names it in either language, or -1. */
export function headerFinder(header: readonly unknown[]): (key: string) => number {
  return (key) => header.findIndex((h) => BOTH_LANGUAGES.some((l) => l.columns[key] === cellText(h)));
}
