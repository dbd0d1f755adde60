// Headings → sections with roles. Works on multi-line text and on reports that lost their line breaks.
import type { Section, SectionRole } from "./types.ts";
import { ROLE_TITLE_MAX_SUBLEVEL, ROLE_WORDS } from "./lexicon.ts";
import { HEADING_ENDINGS, LIST_LABEL_WORD } from "./lexicon/headers.ts";
import { FIVE_YEAR_PLAN_NUMBER, NONZERO_DIGITS, SMALL_NUMERAL, TEN, ZERO } from "./lexicon/numerals.ts";
import { ARABIC_YEAR, SPAN_TO_WORDS, YEAR_WORD } from "./lexicon/time.ts";
import { WordTrie, charTable, codeOf, firstChars, type TextIndex } from "./text.ts";

const CN_ORDINAL = SMALL_NUMERAL;
const ORDINAL_CHARS = NONZERO_DIGITS + TEN;
const DIGITS = "0123456789";
/**
 * Heading markers and their levels, tried in this order; each is read only where it may start (`starts`), as a
 * sticky pattern at the offset (no slice of the text).
 */
const MARKERS: ReadonlyArray<{ level: number; starts: string; re: RegExp }> = [
  { level: 1, starts: ORDINAL_CHARS, re: new RegExp(`${CN_ORDINAL}[、.]`, "y") },
  { level: 2, starts: "(", re: new RegExp(`\\(${CN_ORDINAL}\\)`, "y") },
  { level: 3, starts: DIGITS, re: /\d{1,2}[.、](?!\d)/y },
  { level: 4, starts: ORDINAL_CHARS, re: new RegExp(`${CN_ORDINAL}${LIST_LABEL_WORD}`, "y") },
];
/** Bit k: the k-th marker may start with the character. */
const MARKER_FIRST = charTable(...MARKERS.map((m) => m.starts));

const MAX_TITLE = 60;
const [LINE_FEED, FULL_STOP, BAR, SEMICOLON, SPACE, COMMA, COLON] = ["\n", "。", "|", ";", " ", ",", ":"].map(codeOf);

/**
 * Where a heading's title starts at `from` ends: a line break, sentence end, bar or semicolon; a gap in a title of
 * level 1 or 2; a comma or colon in a list label's (level 4). All but commas are heading gaps, so titles of levels
 * 1–3 (often long) are ended by a walk over `gaps` from the k-th, not over their characters.
 */
function titleEnd(text: string, gaps: Int32Array, k: number, from: number, level: number): number {
  const limit = Math.min(text.length, from + MAX_TITLE);
  if (level === 4) {
    for (let i = from; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === LINE_FEED || c === FULL_STOP || c === BAR || c === SEMICOLON || c === COMMA || c === COLON) return i;
    }
    return limit;
  }
  for (; k < gaps.length && gaps[k]! < limit; k++) {
    const i = gaps[k]!;
    if (i < from) continue;
    const c = text.charCodeAt(i);
    if (c === LINE_FEED || c === FULL_STOP || c === BAR || c === SEMICOLON) return i;
    if (c === SPACE && level <= 2 && i > from + 1) return i;
  }
  return limit;
}

/** The role words of every role, in ROLE_WORDS order: the first word listed is of the first role that has one. */
const ROLE_TITLE_LIST = ROLE_WORDS.flatMap(([, words]) => words);
const ROLE_TITLE_WORDS = WordTrie.prefixes(ROLE_TITLE_LIST);
const ROLE_OF_WORD = ROLE_WORDS.flatMap(([role, words]) => words.map(() => role));
/** 1 for the first character of a role word: the trie is read only where one may start. */
const ROLE_WORD_FIRST = charTable(firstChars(ROLE_TITLE_LIST));

/** The first role (in ROLE_WORDS order) one of whose words the title holds, or null. */
export function roleOfTitle(title: string): SectionRole | null {
  let first = -1;
  for (let i = 0; i < title.length; i++) {
    if (ROLE_WORD_FIRST[title.charCodeAt(i)] === 0) continue;
    const word = ROLE_TITLE_WORDS.firstListedAt(title, i, title.length);
    if (word >= 0 && (first < 0 || word < first)) first = word;
  }
  return first < 0 ? null : ROLE_OF_WORD[first]!;
}

const CN_YEAR_DIGITS = ZERO + NONZERO_DIGITS;
/** A Chinese numeral digit; a 〇 lost to mojibake leaves one to three U+FFFD (二��二三年). */
const CN_DIGIT = `(?:[${CN_YEAR_DIGITS}]|\uFFFD{1,3})`;
const LOST_ZERO = /\uFFFD{1,3}/g;
/** A year as written: 2023年, 二〇二三年 (〇 is normalised to 零). */
export const YEAR_SOURCE = `(?:${ARABIC_YEAR}|${CN_DIGIT}{4})${YEAR_WORD}`;
const YEAR_RE = new RegExp(`(?:^|[^\\d])(${ARABIC_YEAR}|${CN_DIGIT}{4})${YEAR_WORD}`);
const CN_YEAR = new RegExp(`^[${CN_YEAR_DIGITS}]{4}$`);

/** 二零二三 (〇 is normalised to 零), 二��二三 → 2023. */
export function chineseYear(s: string): number | null {
  const digits = s.replace(LOST_ZERO, ZERO);
  if (!CN_YEAR.test(digits)) return null;
  const y = Number([...digits].map((c) => CN_YEAR_DIGITS.indexOf(c)).join(""));
  return y >= 1900 && y <= 2100 ? y : null;
}

/** A span's end after its first year: 2018年至2022年, 2018年—2022年. */
const SPAN_END = new RegExp(
  `^(?:${[...SPAN_TO_WORDS, "—", "-", "~"].join("|")})(${ARABIC_YEAR}|${CN_DIGIT}{4})${YEAR_WORD}`,
);

const yearValue = (written: string) => (/^\d/.test(written) ? Number(written) : chineseYear(written));

/** The year `s` names: 2023年, 二〇二三年; of a span (2018年至2022年, 2018—2022年) its last year. */
export function yearOf(s: string): number | null {
  if (!s.includes(YEAR_WORD)) return null; // the pattern would scan for it from every offset
  const m = YEAR_RE.exec(s);
  if (!m) return null;
  const end = SPAN_END.exec(s.slice(m.index + m[0].length));
  return yearValue(end ? end[1]! : m[1]!);
}

interface Heading {
  at: number;
  level: number;
  title: string;
}

/** What a heading marker starts with. */
const MARKER_START = charTable(`(0123456789${NONZERO_DIGITS}${TEN}"“\uFFFD${ZERO}`);

/** Longest line read as a heading without a marker. */
const MAX_UNNUMBERED = 24;
const UNNUMBERED_START = new RegExp(`^(?:${YEAR_SOURCE}|["“]${FIVE_YEAR_PLAN_NUMBER}["”])`);
const SENTENCE_MARKS = /[。,;:!?、]/;
const HEADING_END = new RegExp(`(?:${HEADING_ENDINGS.join("|")})$`);

/** A line of its own that names a year and says what part it opens: 2022年政府工作回顾, 2023年主要工作. */
function unnumberedTitle(text: string, from: number): string | null {
  const limit = Math.min(text.length, from + MAX_UNNUMBERED + 1);
  let end = from;
  while (end < limit && text.charCodeAt(end) !== LINE_FEED) end++;
  if (end === limit && end < text.length) return null;
  const line = text.slice(from, end).trim();
  if (!UNNUMBERED_START.test(line) || SENTENCE_MARKS.test(line)) return null;
  return roleOfTitle(line) || HEADING_END.test(line) ? line : null;
}

function findHeadings(text: string, index: TextIndex): Heading[] {
  const out: Heading[] = [];
  // Headings start the text or follow a line break, a sentence end, a gap or a colon.
  const gaps = index.headingGaps;
  for (let g = -1; g < gaps.length; g++) {
    const i = g < 0 ? 0 : gaps[g]! + 1;
    // Not past the end (a gap may end the text): a table read at NaN would make the reads generic.
    if (i >= text.length || MARKER_START[text.charCodeAt(i)] !== 1) continue;
    const markers = MARKER_FIRST[text.charCodeAt(i)]!;
    let numbered = false;
    for (let k = 0; k < MARKERS.length; k++) {
      if (!(markers & (1 << k))) continue;
      const { level, re } = MARKERS[k]!;
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      numbered = true;
      const from = i + m[0].length;
      const end = titleEnd(text, gaps, g + 1, from, level);
      const title = text.slice(from, end).trim();
      if (title.length >= 2) out.push({ at: i, level, title });
      break;
    }
    // Not the first line: that is the report's title.
    if (!numbered && g >= 0 && text.charCodeAt(i - 1) === LINE_FEED) {
      const title = unnumberedTitle(text, i);
      if (title) out.push({ at: i, level: 1, title });
    }
  }
  return out;
}

/**
 * Splits the text into sections. Roles come from heading words; headings without one inherit their
 * parent's; top-level sections with no word get `fallback(at, end)` (a judgement on their content).
 */
export function findSections(
  text: string,
  index: TextIndex,
  fallback: (at: number, end: number) => SectionRole,
): Section[] {
  const headings = findHeadings(text, index);
  const sections: Section[] = [];
  const stack: number[] = [];
  for (const h of headings) {
    // A section ends where the next heading of the same or a higher level begins.
    while (stack.length && sections[stack[stack.length - 1]!]!.level >= h.level) sections[stack.pop()!]!.end = h.at;
    const parent = stack.length ? stack[stack.length - 1]! : null;
    sections.push({
      title: h.title,
      at: h.at,
      end: text.length,
      level: h.level,
      role: "other",
      year: yearOf(h.title),
      parent,
    });
    stack.push(sections.length - 1);
  }
  assignRoles(sections, fallback);
  return sections;
}

function assignRoles(sections: Section[], fallback: (at: number, end: number) => SectionRole): void {
  // Years named by review and plan headings order the others: a later year than the review is a plan.
  const reviewYears = sections.filter((s) => s.year !== null && roleOfTitle(s.title) === "review").map((s) => s.year!);
  const reviewYear = reviewYears.length ? Math.max(...reviewYears) : null;
  for (const s of sections) {
    const own = s.level === 1 || s.title.length <= ROLE_TITLE_MAX_SUBLEVEL ? roleOfTitle(s.title) : null;
    const inherited = s.parent !== null ? sections[s.parent]!.role : null;
    if (own) s.role = own;
    else if (s.year !== null && reviewYear !== null && s.level === 1) s.role = s.year > reviewYear ? "plan" : "review";
    else if (inherited) s.role = inherited;
    else s.role = fallback(s.at, s.end);
  }
}

/** The innermost section containing offset `at`, or -1: the last one started before it, or its nearest open ancestor. */
export function sectionIndexAt(sections: readonly Section[], at: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  let k: number | null = lo - 1;
  while (k !== null && k >= 0 && sections[k]!.end <= at) k = sections[k]!.parent;
  return k ?? -1;
}

/** Heading titles from the top section down to section `k`. */
export function sectionPath(sections: readonly Section[], k: number): string[] {
  const path: string[] = [];
  for (let i: number | null = k; i !== null && i >= 0; i = sections[i]!.parent) path.unshift(sections[i]!.title);
  return path;
}
