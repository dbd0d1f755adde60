// Why a record has its kind and its year: one code per rule of records.ts that decides either, with the cue
// word as written where there is one. The words shown for each code are in src/messages/reasons.ts.

/** Every reason code, kind rules first, then year rules. */
export const REASON_CODES = [
  // Kind.
  "cue-forecast",
  "cue-target",
  "cue-governing",
  "cue-target-after",
  "state",
  "past",
  "section-plan",
  "section-review",
  "section-other",
  // Year.
  "year-named",
  "year-span",
  "year-average",
  "year-plan",
  "year-review",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** One rule that decided a record's kind or year, and its cue word as written in the text (力争, 十四五). */
export interface Reason {
  code: ReasonCode;
  word?: string;
}

/** The reason for `code`; `word` is kept only when the rule found one. */
export function reason(code: ReasonCode, word = ""): Readonly<Reason> {
  return word ? { code, word } : Object.freeze({ code });
}
