// Multi-year spans: 十四五 (2021–2025), 五年来 (the five years up to the review year). A figure a span
// covers is not a figure of one year: its period is the span and its year the span's last.
import { ADDED_WORDS, FIVE_YEAR_PLAN, LAST_FIVE_YEARS, MULTI_YEAR_WORDS, YEARLY_AVERAGE } from "./lexicon.ts";
import { FIVE_YEAR_PLAN_NUMBER } from "./lexicon/numerals.ts";
import { parseChineseNumeral } from "./numbers.ts";

export interface Span {
  /** Offset where the span's words end. */
  end: number;
  first: number;
  last: number;
  /** The words as written (十四五, 五年来). */
  words: string;
}

const PLAN_LENGTH = 5;
const PLAN_NUMBER = new RegExp(FIVE_YEAR_PLAN_NUMBER, "g");

/** The years of the N-th five-year plan (十四五 → 2021–2025). */
export function fiveYearPlan(words: string): [number, number] | null {
  const n = parseChineseNumeral(words.slice(0, -FIVE_YEAR_PLAN.label.length));
  if (!Number.isFinite(n) || n < FIVE_YEAR_PLAN.first) return null;
  const first = FIVE_YEAR_PLAN.firstStart + PLAN_LENGTH * (n - FIVE_YEAR_PLAN.first);
  return [first, first + PLAN_LENGTH - 1];
}

/** The spans a report names, in text order; `reviewYear` ends the 五年来 kind. */
export function findSpans(text: string, reviewYear: number | null): Span[] {
  const spans: Span[] = [];
  PLAN_NUMBER.lastIndex = 0;
  for (let m = PLAN_NUMBER.exec(text); m; m = PLAN_NUMBER.exec(text)) {
    const years = fiveYearPlan(m[0]);
    if (years) spans.push({ end: m.index + m[0].length, first: years[0], last: years[1], words: m[0] });
  }
  if (reviewYear !== null) {
    for (const w of LAST_FIVE_YEARS)
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length))
        spans.push({ end: i + w.length, first: reviewYear - PLAN_LENGTH + 1, last: reviewYear, words: w });
  }
  return spans.sort((a, b) => a.end - b.end);
}

/** Visits figures in text order and answers which span, if any, covers each. */
export class MultiYearSpans {
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly spans: readonly Span[],
  ) {}

  /** The last span named before `at`, at or after `from`. */
  private lastBefore(from: number, at: number): Span | null {
    while (this.next < this.spans.length && this.spans[this.next]!.end <= at) this.next++;
    while (this.next > 0 && this.spans[this.next - 1]!.end > at) this.next--;
    const s = this.next > 0 ? this.spans[this.next - 1]! : null;
    return s && s.end > from ? s : null;
  }

  /**
   * The span of the figure at `at`: one its sentence names before it, or — when its own words say 年均 or
   * 累计, or 新增 in a review of the last five years (五年来) — the last one named earlier in its paragraph
   * (no line break between, a few sentences back).
   */
  spanOf(sentenceStart: number, ownWords: string, at: number): Span | null {
    if (this.spans.length === 0) return null;
    const inSentence = this.lastBefore(sentenceStart, at);
    const multiYear = saysMultiYear(ownWords);
    if (inSentence || !(multiYear || saysAdded(ownWords))) return inSentence;
    const s = this.lastBefore(at - PARAGRAPH_REACH, at);
    if (!s || !(multiYear || LAST_FIVE_YEARS.includes(s.words))) return null;
    for (let k = s.end; k < at; k++) if (this.text.charCodeAt(k) === LINE_FEED) return null;
    return s;
  }
}

const PARAGRAPH_REACH = 400;
const LINE_FEED = 10;

function saysMultiYear(words: string): boolean {
  return MULTI_YEAR_WORDS.some((w) => words.includes(w));
}

function saysAdded(words: string): boolean {
  return ADDED_WORDS.some((w) => words.includes(w));
}

/** 年均增长 with no span in scope: an average over years the text does not say, so no one year. */
export function isYearlyAverage(ownWords: string): boolean {
  return ownWords.includes(YEARLY_AVERAGE);
}
