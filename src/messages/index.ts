// The message catalogue: every word Zhibiao shows (workbook labels, parser warnings, the command line,
// the task pane), in Simplified Chinese and English, reached through one function.
import { labelsFor, type Labels } from "../workbook/labels.ts";
import type { Lang } from "../workbook/types.ts";
import { cliWords, type CliWords } from "./cli.ts";
import { paneWords, type PaneWords } from "./pane.ts";
import { warningText } from "./warnings.ts";
import { sourceText } from "./sources.ts";
import { reasonText } from "./reasons.ts";
import type { Reason, ReportWarning } from "../report/index.ts";

export type { Lang, Labels, CliWords, PaneWords };
export { warningText, sourceText, reasonText };

export interface Messages {
  lang: Lang;
  labels: Labels;
  warning: (w: ReportWarning) => string;
  /** A record's 依据: why it has its kind and year. */
  reasons: (why: readonly Reason[]) => string;
  cli: CliWords;
  pane: PaneWords;
}

export function messagesFor(lang: Lang): Messages {
  return {
    lang,
    labels: labelsFor(lang),
    warning: (w) => warningText(w, lang),
    reasons: (why) => reasonText(why, lang),
    cli: cliWords(lang),
    pane: paneWords(lang),
  };
}

/** Chinese unless the locale is English (Office's display language, the browser's, or --lang). */
export function langOf(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "zh";
}
