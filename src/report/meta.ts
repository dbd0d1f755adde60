// Report metadata: title, reporting body and the level above it, years, publication date.
import type { ReportMeta, Section, SectionRole } from "./types.ts";
import type { TextIndex } from "./text.ts";
import type { Gazetteer } from "../gazetteer/gazetteer.ts";
import { roleOfTitle, yearOf } from "./sections.ts";
import { HEADER_SPAN, findBody } from "./body.ts";
import { YEAR_SOURCE } from "./sections.ts";
import {
  DATE_LABEL_NOUNS,
  DATE_LABEL_VERBS,
  DELIVERED_WORDS,
  GOVERNMENT_REPORT,
  SPEECH_AT,
  TITLE_LABELS,
  TITLE_WORDS,
} from "./lexicon/headers.ts";
import { NONZERO_DIGITS, SMALL_NUMERAL, TEN } from "./lexicon/numerals.ts";
import { ARABIC_YEAR, DAY_WORD, MONTH_WORD, YEAR_PERIOD_MARK, YEAR_WORD } from "./lexicon/time.ts";

const TITLE_START = new RegExp(`^(?:${TITLE_LABELS.join("|")})\\s*:\\s*`);
/** 政 府 工 作 报 告: a title spaced out, one character at a time. */
const SPACED = /([\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?: |$))/g;

export function findTitle(text: string): string | null {
  const head = text.slice(0, HEADER_SPAN * 2);
  for (const raw of head.split(/\n|\|/)) {
    const trimmed = raw.trim();
    const line = (trimmed.includes(" ") ? trimmed.replace(SPACED, "$1") : trimmed).replace(TITLE_START, "");
    if (line.length >= 6 && line.length <= 60 && TITLE_WORDS.some((w) => line.includes(w))) return line;
  }
  return null;
}

/** Portals print the date in the page's header or footer. */
const DATE_SPAN = 3000;
const CN_SMALL = SMALL_NUMERAL;
const MONTH_DAY = `(\\d{1,2}|${CN_SMALL})${MONTH_WORD}(\\d{1,2}|${CN_SMALL})${DAY_WORD}`;
const LABELLED_DATE = new RegExp(
  `(?:${DATE_LABEL_VERBS.join("|")})(?:${DATE_LABEL_NOUNS.join("|")})[^\\d\\n]{0,6}(${ARABIC_YEAR})[-/.${YEAR_WORD}]\\s*(\\d{1,2})[-/.${MONTH_WORD}]\\s*(\\d{1,2})`,
);
/** A speech's date line: ——2024年1月10日在…人民代表大会…上, (二〇二四年一月十日在…). */
const SPEECH_DATE = new RegExp(`(?:^|\\n)[\\s(—―–─-]*(${YEAR_SOURCE})\\s*${MONTH_DAY}\\s*${SPEECH_AT}`);
/** A speech line that gives the year alone, or the year and month: ——2024年1月在…人民代表大会…上. */
const SPEECH_YEAR = new RegExp(
  `(?:^|\\n)[\\s(—―–─-]*(${YEAR_SOURCE})(?:\\s*(?:\\d{1,2}|${CN_SMALL})${MONTH_WORD})?\\s*${SPEECH_AT}`,
);
/** A news item on the speech: 2月4日,市长…在…会议上作政府工作报告 (the year is the report's). */
const NEWS_DATE = new RegExp(`${MONTH_DAY},?[^。\\n]{0,40}?(?:${DELIVERED_WORDS.join("|")})`);

/** 10 → 10, 十二 → 12, 二十一 → 21. */
function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string | undefined) => (c ? NONZERO_DIGITS.indexOf(c) + 1 : 0);
  const ten = s.indexOf(TEN);
  if (ten < 0) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

const isoDate = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;

/** The publication date: a labelled date, the speech's date line, or a news item's date in the report's year. */
export function findPublished(text: string, reportYear: number | null = null): string | null {
  const ends = text.length > 2 * DATE_SPAN ? text.slice(0, DATE_SPAN) + "\n" + text.slice(-DATE_SPAN) : text;
  // The pattern opens with a verb at every offset; without a label noun it cannot match (the common case).
  const labelled = DATE_LABEL_NOUNS.some((n) => ends.includes(n)) ? LABELLED_DATE.exec(ends) : null;
  if (labelled) return isoDate(Number(labelled[1]), Number(labelled[2]), Number(labelled[3]));
  const head = text.slice(0, HEADER_SPAN * 2);
  const speech = SPEECH_DATE.exec(head);
  const year = speech ? yearOf(speech[1]!) : null;
  if (speech && year) return isoDate(year, smallNumber(speech[2]!), smallNumber(speech[3]!));
  const news = reportYear === null ? null : NEWS_DATE.exec(head);
  return news ? isoDate(reportYear!, smallNumber(news[1]!), smallNumber(news[2]!)) : null;
}

/** The year a 政府工作报告 with no year in its title was delivered: its speech line's. */
function speechYear(text: string, title: string | null): number | null {
  if (!title?.includes(GOVERNMENT_REPORT)) return null;
  const head = text.slice(0, HEADER_SPAN * 2);
  const speech = SPEECH_DATE.exec(head) ?? SPEECH_YEAR.exec(head);
  return speech ? yearOf(speech[1]!) : null;
}

const TITLE_YEAR = new RegExp(`(${YEAR_SOURCE})${YEAR_PERIOD_MARK}?([^\\d]{0,8})`, "g");
/** 2024年政府工作报告, 2023年保定市政府工作报告, 保定市2023年政府工作报告. */
const DELIVERED_IN = new RegExp(`(${YEAR_SOURCE})[^\\d]{0,12}?${GOVERNMENT_REPORT}`);

/** Years a title assigns: 2023年工作总结和2024年工作思路 → review 2023, plan 2024; `delivered` for 2024年政府工作报告. */
function titleYears(title: string | null): { review: number | null; plan: number | null; delivered: number | null } {
  const out = { review: null as number | null, plan: null as number | null, delivered: null as number | null };
  if (!title) return out;
  for (const m of title.matchAll(TITLE_YEAR)) {
    const year = yearOf(m[1]!);
    const role = roleOfTitle(m[2]!);
    if (year === null) continue;
    if (role === "review" && out.review === null) out.review = year;
    if (role === "plan" && out.plan === null) out.plan = year;
  }
  const speech = DELIVERED_IN.exec(title);
  if (speech) out.delivered = yearOf(speech[1]!);
  return out;
}

/** `title` is findTitle(text), found once by the caller. */
export function findMeta(
  text: string,
  index: TextIndex,
  title: string | null,
  sections: readonly Section[],
  hasRole: (role: SectionRole) => boolean,
  gazetteer?: Gazetteer,
): ReportMeta {
  const { body, parent } = findBody(text, index, title, gazetteer);
  const fromTitle = titleYears(title);
  const published = findPublished(text, fromTitle.delivered);
  const yearOfRole = (role: SectionRole): number | null =>
    sections.find((s) => s.level === 1 && s.role === role && s.year !== null)?.year ?? null;
  const hasReview = hasRole("review");
  const hasPlan = hasRole("plan");
  // 2024年政府工作报告 is given early in 2024: it sets the goals of 2024 and, if it reviews, reviews 2023.
  const delivered = fromTitle.delivered ?? speechYear(text, title);
  let reviewYear = yearOfRole("review") ?? fromTitle.review ?? (delivered !== null && hasReview ? delivered - 1 : null);
  let planYear = yearOfRole("plan") ?? fromTitle.plan ?? delivered;
  if (reviewYear === null && hasReview) {
    if (planYear !== null) reviewYear = planYear - 1;
    else if (published) reviewYear = Number(published.slice(0, 4)) - (Number(published.slice(5, 7)) <= 6 ? 1 : 0);
  }
  if (planYear === null && hasPlan && reviewYear !== null) planYear = reviewYear + 1;
  return { title, body, parent, reviewYear, planYear, published };
}
