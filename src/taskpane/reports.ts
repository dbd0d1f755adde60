// The pane's list of reports: texts are parsed and added. A text already in the list (whatever its format or
// name: compared by its characters without spaces and punctuation) is not added twice, and a different text
// under a file name already used is kept too, with an id told apart by a short hash of its text.
import { parseReport, type ParseOptions, type Report } from "../report/index.ts";
import type { ParsedReport } from "../workbook/plan.ts";
import { contentKey, hashedId, renamed } from "../workbook/distinct.ts";

export interface Added {
  reports: Report[];
  /** Files named like a report already in the list but with another text: kept under a distinct id. */
  sameName: { name: string; id: string }[];
  /** Texts already in the list under another (or the same) name: not added. */
  duplicates: { name: string; existing: string }[];
}

const keys = new WeakMap<ParsedReport, string>();
function keyOf(p: ParsedReport): string {
  let key = keys.get(p);
  if (key === undefined) keys.set(p, (key = contentKey(p.text)));
  return key;
}

/** Parses each text and adds it to `into` (in place); `progress` is awaited after each one. */
export async function addReports(
  into: ParsedReport[],
  texts: readonly { text: string; name: string }[],
  options: Omit<ParseOptions, "source"> = {},
  progress?: (done: number) => Promise<void> | void,
): Promise<Added> {
  const added: Added = { reports: [], sameName: [], duplicates: [] };
  for (const [k, { text, name }] of texts.entries()) {
    const key = contentKey(text);
    const same = into.find((p) => keyOf(p) === key);
    if (same) added.duplicates.push({ name, existing: same.report.source });
    else {
      let report = parseReport(text, { ...options, source: name });
      if (into.some((p) => p.report.id === report.id)) {
        report = renamed(report, hashedId(report.id, text));
        added.sameName.push({ name, id: report.id });
      }
      const entry = { report, text };
      keys.set(entry, key);
      into.push(entry);
      added.reports.push(report);
    }
    await progress?.(k + 1);
  }
  return added;
}
