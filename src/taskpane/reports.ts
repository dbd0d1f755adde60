// The pane's list of reports: texts are parsed and added; a text already in the list is not added twice,
// and a new text under a name already used replaces the report of that name.
import { parseReport, reportIdOf, type ParseOptions, type Report } from "../report/index.ts";
import type { ParsedReport } from "../workbook/plan.ts";

export interface Added {
  reports: Report[];
  /** Names whose earlier report was replaced by a new text. */
  replaced: string[];
  /** Texts already in the list under another (or the same) name: not added. */
  duplicates: { name: string; existing: string }[];
}

/** Parses each text and adds it to `into` (in place); `progress` is awaited after each one. */
export async function addReports(
  into: ParsedReport[],
  texts: readonly { text: string; name: string }[],
  options: Omit<ParseOptions, "source"> = {},
  progress?: (done: number) => Promise<void> | void,
): Promise<Added> {
  const added: Added = { reports: [], replaced: [], duplicates: [] };
  for (const [k, { text, name }] of texts.entries()) {
    const same = into.find((p) => p.text.length === text.length && p.text === text);
    if (same) added.duplicates.push({ name, existing: same.report.source });
    else {
      const report = parseReport(text, { ...options, source: name });
      const at = into.findIndex((p) => p.report.id === reportIdOf(name));
      if (at >= 0) {
        into[at] = { report, text };
        added.replaced.push(name);
      } else into.push({ report, text });
      added.reports.push(report);
    }
    await progress?.(k + 1);
  }
  return added;
}
