// What each reason code of a record (its 依据: why it has its kind and year) says, in Simplified Chinese and
// English. The cue word stays as the report writes it, quoted.
import type { Reason, ReasonCode } from "../report/index.ts";
import type { Lang } from "../workbook/types.ts";

/** The cue word as written, in quotation marks; nothing when the rule has none. */
const quoted = (word: string) => (word ? `“${word}”` : "");

type ReasonWords = Record<ReasonCode, (word: string) => string>;

const zh: ReasonWords = {
  "cue-forecast": (w) => `预计词${quoted(w)}`,
  "cue-target": (w) => `目标词${quoted(w)}`,
  "cue-governing": (w) => `领起句${quoted(w)}`,
  "cue-target-after": (w) => `目标词(后)${quoted(w)}`,
  state: (w) => `现状描述${quoted(w)}`,
  past: (w) => `过去时${quoted(w)}`,
  "section-plan": () => "计划部分",
  "section-review": () => "回顾部分",
  "section-other": () => "其他部分",
  "year-named": (w) => `句中年份${quoted(w)}`,
  "year-span": (w) => `多年期${quoted(w)}`,
  "year-average": (w) => `多年期${quoted(w)}`,
  "year-plan": () => "计划年",
  "year-review": () => "总结年",
};

const en: ReasonWords = {
  "cue-forecast": (w) => `forecast word ${quoted(w)}`,
  "cue-target": (w) => `target word ${quoted(w)}`,
  "cue-governing": (w) => `opening words ${quoted(w)}`,
  "cue-target-after": (w) => `target word after the figure ${quoted(w)}`,
  state: (w) => `describes the place ${quoted(w)}`,
  past: (w) => `already done ${quoted(w)}`,
  "section-plan": () => "plan part",
  "section-review": () => "review part",
  "section-other": () => "other part",
  "year-named": (w) => `year named in the sentence ${quoted(w)}`,
  "year-span": (w) => `multi-year span ${quoted(w)}`,
  "year-average": (w) => `yearly average over several years ${quoted(w)}`,
  "year-plan": () => "plan year",
  "year-review": () => "review year",
};

const WORDS: Record<Lang, ReasonWords> = { zh, en };
const SEPARATOR: Record<Lang, string> = { zh: "；", en: "; " };

/** What one reason says in `lang`. */
export function reasonPhrase(r: Reason, lang: Lang): string {
  return WORDS[lang][r.code](r.word ?? "").trimEnd();
}

/** A record's reasons as one line (回顾部分；总结年 / review part; review year). */
export function reasonText(why: readonly Reason[], lang: Lang): string {
  return why.map((r) => reasonPhrase(r, lang)).join(SEPARATOR[lang]);
}
