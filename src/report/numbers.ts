// Number recognisers: propose quantities (number + scale + unit + glued qualifiers) with their spans.
// Every loop advances; no regex with nested quantifiers runs over the text, so time is linear.
import type { Qualifier } from "./types.ts";
import {
  WordTrie,
  charTable,
  codeOf,
  isDigitAt,
  isDigitCode,
  isHanAt,
  isLatinAt,
  isLatinCode,
  isClauseBreakAt,
  type TextIndex,
} from "./text.ts";
import {
  AFTER_RANK,
  CN_DIGITS,
  CN_UNITS,
  CONTINUOUS,
  DURATION_UNITS,
  MORE_MARK,
  OVER_MARK,
  PERCENT_PREFIX,
  PHASE_UNIT,
  RANK_PLACE_WORDS,
  RANK_SCOPE_PATTERN,
  RANK_UNIT,
  SESSION_UNIT,
  MEETING_AFTER_TIMES,
  NUMERAL_LABEL_FOLLOWERS,
  POST_QUALIFIERS,
  RANK_VERBS,
  SCALES,
  SESSION_AFTER_TIMES,
  SESSION_TERM,
  SPECIFICATION_UNITS,
  UNITS,
  UNIT_SPELLING,
} from "./lexicon.ts";
import { HUNDRED, HUNDRED_MILLION, ONE, ORDINAL, TEN, TEN_THOUSAND, TWO, ZERO } from "./lexicon/numerals.ts";
import { SPAN_TO_WORDS, YEAR_WORD } from "./lexicon/time.ts";
import { LIST_LABEL_WORD } from "./lexicon/headers.ts";

export interface Quantity {
  /** Start of the quote (the number, or its minus sign). */
  at: number;
  /** End of the quote (exclusive). */
  end: number;
  value: number;
  /** Scale word(s) and measure word, spelled as the spec wants. */
  unit: string;
  /** Qualifier glued to the quote (余, 多, 以上 …); `exact` when none. */
  qualifier: Qualifier;
  /** A rank: 第N after 列/位列/排名 or 全区/全市. */
  rank: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
}

const UNIT_WORDS = WordTrie.prefixes(UNITS);
const SPELLED_UNITS = new Map(Object.entries(UNIT_SPELLING));
/** By UNITS index (what UNIT_WORDS reads): whether the unit is a duration (年, 个月 …), and how the spec spells it. */
const UNIT_IS_DURATION = UNITS.map((u) => DURATION_UNITS.has(u));
const UNIT_SPELLED = UNITS.map((u) => SPELLED_UNITS.get(u) ?? u);
/** Words after a numeral that make it a label (三个方面, 两部分): one trie read instead of a test per word. */
const LABEL_FOLLOWERS = WordTrie.prefixes(NUMERAL_LABEL_FOLLOWERS);
/** Bit 1: a digit (零 … 九, 两); bit 2: a unit (十, 百, 千); bit 4: a scale word (十 … 亿). Any bit: a numeral character. */
const NUMERAL_CLASS = charTable(Object.keys(CN_DIGITS), Object.keys(CN_UNITS), Object.keys(SCALES));
const enum Numeral {
  IsDigit = 1,
  IsUnit = 2,
  IsScale = 4,
}
const byCode = (values: Record<string, number>) =>
  new Map(Object.entries(values).map(([ch, v]) => [ch.charCodeAt(0), v]));
const DIGIT_VALUE = byCode(CN_DIGITS);
const UNIT_VALUE = byCode(CN_UNITS);
const SCALE_VALUE = byCode(SCALES);
const WAN = codeOf(TEN_THOUSAND);
const YI = codeOf(HUNDRED_MILLION);
const [OVER, MORE, ORDINAL_MARK, LIST_LABEL, ONE_CODE, TWO_CODE, YEAR, TERM, PLUS, STRAIGHT_QUOTE] = [
  OVER_MARK,
  MORE_MARK,
  ORDINAL,
  LIST_LABEL_WORD,
  ONE,
  TWO,
  YEAR_WORD,
  SESSION_TERM,
  "+",
  '"',
].map(codeOf);
const [COMMA, DOT, MINUS, SLASH, COLON, SPACE, TEN_CODE, HUNDRED_CODE] = [
  ",",
  ".",
  "-",
  "/",
  ":",
  " ",
  TEN,
  HUNDRED,
].map(codeOf);
const CN_START = charTable(
  Object.keys(CN_DIGITS)
    .filter((c) => c !== ZERO)
    .concat(TEN),
);
/** Bit 0: a character that opens a label (“331”工程, 《…》); bit 1: the same, or a dot. */
const LABEL_OPENERS = ["“", '"', "「", "『", "‘", "'", "+", "《", "〈", "【", "[", "/", "_", "#", "&", "·", "×", "*"];
const LABEL_OPENER = charTable(LABEL_OPENERS, [...LABEL_OPENERS, "."]);
const enum Opens {
  Label = 1,
  LabelOrDot = 2,
}

/** Parses a Chinese numeral such as 十二, 两千三百, 三十五万 (below 10^12). NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    const kind = NUMERAL_CLASS[code]!;
    if (kind & Numeral.IsDigit) {
      const d = DIGIT_VALUE.get(code)!;
      if (digit >= 0 && digit !== 0) return NaN; // two digits in a row: 十四五 is a label, not a number
      digit = d;
    } else if (kind & Numeral.IsUnit) {
      section += (digit < 0 ? 1 : digit) * UNIT_VALUE.get(code)!;
      digit = -1;
    } else if (code === WAN || code === YI) {
      section += Math.max(digit, 0);
      if (section === 0) return NaN;
      total = (total + section) * SCALE_VALUE.get(code)!;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

/** What the quote test reads: the longest quoted name and char codes (a const enum: literals in the loops). */
const enum Code {
  /** The longest quoted name. */
  QuotedNameMax = 12,
  OpenQuote = 0x201c, // “
  CloseQuote = 0x201d, // ”
  FullStop = 0x3002, // 。
  LineFeed = 0x0a,
}

/** Where the open quotes of a text stand, found as reading moves on (offsets only grow), one indexOf each. */
class OpenQuotes {
  private last = -1;
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf(OPEN_QUOTE);
  }

  /** The offset of the last open quote before `at`, or -1. */
  lastBefore(at: number): number {
    while (this.next >= 0 && this.next < at) {
      this.last = this.next;
      this.next = this.text.indexOf(OPEN_QUOTE, this.last + 1);
    }
    return this.last;
  }
}
const OPEN_QUOTE = String.fromCharCode(Code.OpenQuote);

/** True inside a short quoted name such as “一办十一组五专班” or “331”. */
function insideShortQuote(text: string, i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - Code.QuotedNameMax); k--) {
    const c = text.charCodeAt(k);
    if (c === Code.OpenQuote) {
      open = k;
      break;
    }
    if (c === Code.CloseQuote || c === Code.FullStop || c === Code.LineFeed) return false;
  }
  if (open < 0) return false;
  for (let k = i; k < Math.min(text.length, open + Code.QuotedNameMax + 2); k++) {
    const c = text.charCodeAt(k);
    if (c === Code.CloseQuote) return true;
    if (c === Code.OpenQuote || c === Code.FullStop || c === Code.LineFeed) return false;
  }
  return false;
}

function precededByContinuous(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - 3), at).includes(CONTINUOUS);
}

function atClauseStart(text: string, at: number): boolean {
  return at === 0 || isClauseBreakAt(text, at - 1) || text.charCodeAt(at - 1) === SPACE;
}

const isWanOrYi = (code: number): boolean => code === WAN || code === YI;

function isOverOrMoreAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === OVER || code === MORE;
}

/** Qualifiers glued after a figure: 余/多, then 以上/以下/以内/左右. */
const GLUED: ReadonlyArray<readonly [string, Qualifier]> = [
  [OVER_MARK, "at_least"],
  [MORE_MARK, "at_least"],
  ...POST_QUALIFIERS,
];
/** The index in GLUED of the qualifier glued at an offset: one trie read, no tuple made. */
const GLUED_WORDS = WordTrie.prefixes(GLUED.map(([w]) => w));

interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
  /** Scale already inside a Chinese numeral (两万 → 万). */
  scale: string;
}

function readArabic(text: string, i: number): NumberToken | null {
  let j = i;
  let digits = 0; // the value of the digits read so far
  for (let c = text.charCodeAt(j); isDigitCode(c); c = text.charCodeAt(++j)) digits = digits * 10 + (c - 0x30);
  const digitsEnd = j;
  // Thousands separators: 1,234,567 (only groups of exactly three digits).
  while (
    text.charCodeAt(j) === COMMA &&
    j - i <= 11 &&
    isDigitAt(text, j + 1) &&
    isDigitAt(text, j + 2) &&
    isDigitAt(text, j + 3) &&
    !isDigitAt(text, j + 4)
  ) {
    if (text.slice(i, j).replace(/,/g, "").length > 3 && !text.slice(i, j).includes(",")) break;
    j += 4;
  }
  const grouped = j !== digitsEnd;
  let point = 0; // the decimal point's length: 0 or 1
  let scale = 1; // 10 to the number of decimals
  if (text.charCodeAt(j) === DOT && isDigitAt(text, j + 1)) {
    point = 1;
    for (let c = text.charCodeAt(++j); isDigitCode(c); c = text.charCodeAt(++j)) {
      digits = digits * 10 + (c - 0x30);
      scale *= 10;
    }
  }
  // Up to 15 digits, no separators: the digits and the power of ten are exact, and their quotient rounds as
  // Number() rounds the decimal (the same number), with no string made.
  const value =
    !grouped && j - i - point <= MAX_EXACT_DIGITS ? digits / scale : Number(text.slice(i, j).replace(/,/g, ""));
  return Number.isFinite(value) ? { start: i, end: j, value, chinese: false, scale: "" } : null;
}

/** Up to 15 digits, an integer is exact as a double. */
const MAX_EXACT_DIGITS = 15;

function readChinese(text: string, i: number): NumberToken | null {
  let j = i;
  while (j < text.length && j - i < 12 && NUMERAL_CLASS[text.charCodeAt(j)] !== 0) j++;
  // 一 and 二 alone (一批, 统一, 二次) are never counts: decided before any parsing.
  if (j === i + 1 && (text.charCodeAt(i) === ONE_CODE || text.charCodeAt(i) === TWO_CODE)) return null;
  let body = text.slice(i, j);
  let scale = "";
  // A trailing 万/亿 is a scale word, as with Arabic numbers (两万人 → 2 万人).
  while (body.length > 1 && isWanOrYi(body.charCodeAt(body.length - 1))) {
    scale = body.slice(-1) + scale;
    body = body.slice(0, -1);
  }
  // Keep the run to what parses: 三十五 yes, 十四五 no.
  const value = parseChineseNumeral(body);
  if (!Number.isFinite(value)) return null;
  return { start: i, end: i + body.length + scale.length, value, chinese: true, scale };
}

/** Each scale word by char code, and the two-character ones by their first character's (十万, 亿万 …; 万亿). */
const SCALE_WORD = new Map(Object.keys(SCALES).map((w) => [w.charCodeAt(0), w]));
const SCALE_BEFORE_WAN = new Map([...SCALE_WORD].map(([code, w]) => [code, w + TEN_THOUSAND]));
const SCALE_BEFORE_YI = new Map([...SCALE_WORD].map(([code, w]) => [code, w + HUNDRED_MILLION]));

/** Scale words after an Arabic number: 万, 亿, 千万, 百万, 十万, 万亿 (one string each, as listed). */
function readScale(text: string, i: number): string {
  if (i >= text.length || !(NUMERAL_CLASS[text.charCodeAt(i)]! & Numeral.IsScale)) return "";
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (b === WAN && a !== b) return SCALE_BEFORE_WAN.get(a)!;
  if (b === YI && a !== b) return SCALE_BEFORE_YI.get(a)!;
  if (a === TEN_CODE || a === HUNDRED_CODE) return ""; // 3十 and 5百 are not written; 百 before 分 is 百分点
  return SCALE_WORD.get(a)!;
}

/** Skips past an Arabic number run (digits, dots, separators) starting at i. */
function skipNumberRun(text: string, i: number): number {
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (!(isDigitCode(c) || c === DOT || c === MINUS || c === SLASH || c === COLON)) break;
  }
  return Math.max(j, i + 1);
}

function isRangeOrDate(text: string, j: number): boolean {
  if (j >= text.length) return false;
  const c = text.charCodeAt(j);
  return (RANGE_SIGN[c] === 1 || c === DOT) && isDigitAt(text, j + 1);
}

/** Finds every quantity in normalised text, starting only where `index` saw a digit, numeral or 第. */
export function findQuantities(text: string, index: TextIndex): Quantity[] {
  const out: Quantity[] = [];
  const quotes = new OpenQuotes(text);
  const starts = index.numberStarts;
  let next = 0;
  let i = 0;
  for (;;) {
    while (next < starts.length && starts[next]! < i) next++;
    if (next === starts.length) break;
    const at = starts[next]!;
    i = readAt(text, at, out, quotes);
  }
  return out;
}

/**
 * Reads what stands at an offset where the index saw a digit, a numeral or 第: a rank or ordinal, an Arabic
 * number or a Chinese numeral. Adds the quantity it proposes, if any, to `out` and returns the offset
 * reading goes on from (past what it read).
 */
function readAt(text: string, at: number, out: Quantity[], quotes: OpenQuotes): number {
  const code = text.charCodeAt(at);
  if (code === ORDINAL_MARK) return readRankOrOrdinal(text, at, out);
  if (isDigitAt(text, at)) return readArabicQuantity(text, at, out, quotes);
  if (CN_START[code] !== 0) return readChineseQuantity(text, at, out, quotes);
  return at + 1;
}

/** 第N: a rank (列全区第一) is a quantity; an ordinal (第一批) is skipped with its numeral, so it is not read as a count. */
function readRankOrOrdinal(text: string, at: number, out: Quantity[]): number {
  const rank = readRank(text, at);
  if (rank) {
    out.push(rank);
    return rank.end;
  }
  let i = at + 1;
  while (i < text.length && (isDigitAt(text, i) || NUMERAL_CLASS[text.charCodeAt(i)] !== 0)) i++;
  return i;
}

function readArabicQuantity(text: string, at: number, out: Quantity[], quotes: OpenQuotes): number {
  // Inside a code or label: A3, 5G, “331”, 1.2.3. (No table read before the text: NaN would make it generic.)
  const before = at > 0 ? text.charCodeAt(at - 1) : 0; // read once; 0 (NUL) is none of these
  if (isDigitCode(before) || isLatinCode(before) || (LABEL_OPENER[before]! & Opens.LabelOrDot) !== 0)
    return skipNumberRun(text, at);
  const token = readArabic(text, at);
  if (!token) return skipNumberRun(text, at);
  const q = arabicQuantity(text, token);
  if (q) return proposed(text, at, q, out, quotes);
  return isRangeOrDate(text, token.end) ? skipNumberRun(text, token.end) : Math.max(token.end, at + 1);
}

function readChineseQuantity(text: string, at: number, out: Quantity[], quotes: OpenQuotes): number {
  const token = readChinese(text, at);
  const q = token && chineseQuantity(text, token);
  return q ? proposed(text, at, q, out, quotes) : at + 1;
}

/** Adds `q` unless it stands inside a short quoted name; reading goes on after it either way. */
function proposed(text: string, at: number, q: Quantity, out: Quantity[], quotes: OpenQuotes): number {
  // No open quote in reach before it (most figures): no need to read back for one.
  if (quotes.lastBefore(at) < at - Code.QuotedNameMax || !insideShortQuote(text, at)) out.push(q);
  return q.end;
}

function arabicQuantity(text: string, token: NumberToken): Quantity | null {
  const { start, end } = token;
  const next = text.charCodeAt(end);
  if (
    isRangeOrDate(text, end) ||
    next === PLUS ||
    next === Code.CloseQuote ||
    next === STRAIGHT_QUOTE ||
    (isLatinAt(text, end) && !text.startsWith("m²", end) && !text.startsWith("TEU", end))
  )
    return null;
  // A year: 19xx or 20xx before 年 (or 届).
  if (
    end - start === 4 &&
    (next === YEAR || next === TERM) &&
    (text.startsWith("19", start) || text.startsWith("20", start))
  )
    return null;
  // A leading minus belongs to the number when it is not a range dash (增幅-11.9%).
  const negative = text.charCodeAt(start - 1) === MINUS && !isDigitAt(text, start - 2);
  return finishQuantity(text, negative ? start - 1 : start, end, negative ? -token.value : token.value, "", false);
}

function chineseQuantity(text: string, token: NumberToken): Quantity | null {
  const { start, end, value } = token;
  // 一个, 一批, 一站式: an article, not a count; a bare 二 is a compound (二次供水, 二期, 二级), counts say 两.
  if ((value === 1 || (text.charCodeAt(start) === TWO_CODE && end - start === 1)) && token.scale === "") return null;
  if (
    start > 0 &&
    ((LABEL_OPENER[text.charCodeAt(start - 1)]! & Opens.Label) !== 0 ||
      text.charCodeAt(start - 1) === ORDINAL_MARK ||
      isDigitAt(text, start - 1))
  )
    return null;
  if (text.charCodeAt(end) === LIST_LABEL) return null; // 一是, 二是: list labels
  if (atClauseStart(text, start)) return null; // 十项经济指标…, 三大园区…: enumerations open clauses
  return finishQuantity(text, start, end, value, token.scale, true);
}

/**
 * One string per written unit (万元, 亿元, 万平方米 …), by scale then unit: scale + unit makes a new string each
 * time, and every record's unit is compared and looked up later. Bounded: scales × units.
 */
const WRITTEN_UNITS = new Map<string, Map<string, string>>();
function writtenUnit(scale: string, unit: string): string {
  let units = WRITTEN_UNITS.get(scale);
  if (!units) WRITTEN_UNITS.set(scale, (units = new Map()));
  let written = units.get(unit);
  if (written === undefined) units.set(unit, (written = scale + unit));
  return written;
}

function finishQuantity(
  text: string,
  at: number,
  numberEnd: number,
  value: number,
  innerScale: string,
  chinese: boolean,
): Quantity | null {
  let i = numberEnd;
  let qualifier: Qualifier = "exact";
  let u = UNIT_WORDS.indexAt(text, i); // the unit's UNITS index, -1 for none
  let scale = innerScale;
  if (u < 0 && !scale) {
    scale = readScale(text, i);
    i += scale.length;
  }
  if (u < 0 && isOverOrMoreAt(text, i)) {
    // 1000余家, 36万多条, 500余万元: 余/多 may stand before the scale word or the unit.
    qualifier = "at_least";
    i++;
    if (!scale) {
      scale = readScale(text, i);
      i += scale.length;
    }
  }
  if (u < 0) u = UNIT_WORDS.indexAt(text, i);
  const unit = u < 0 ? "" : UNITS[u]!;
  i += unit.length;
  if (!unit && !scale) return null;
  if (!unit && SPECIFICATION_UNITS.some((w) => text.startsWith(w, numberEnd))) return null;
  if (u >= 0 && UNIT_IS_DURATION[u] && !precededByContinuous(text, at)) return null;
  if (chinese && (unit === PHASE_UNIT || LABEL_FOLLOWERS.indexAt(text, i) >= 0)) return null;
  if (chinese && LABEL_FOLLOWERS.indexAt(text, numberEnd) >= 0) return null;
  if (unit === SESSION_UNIT && isSessionNumber(text, at, i)) return null;
  // 3个以上, 60%以上, 一年多: qualifiers glued after the unit.
  const glued = GLUED_WORDS.indexAt(text, i);
  if (glued >= 0 && qualifier === "exact") {
    const [word, q2] = GLUED[glued]!;
    const afterQ2 = i + word.length;
    const isMore = isOverOrMoreAt(text, i);
    // 多 or 余 after a unit only qualifies when nothing nameable is glued on (3个多月 is rare; 5家多元 is not a qualifier).
    if (!isMore || !isHanAt(text, afterQ2) || isClauseBreakAt(text, afterQ2)) {
      qualifier = q2;
      i = afterQ2;
    }
  }
  const spelled = u < 0 ? unit : UNIT_SPELLED[u]!;
  const written = scale ? writtenUnit(scale, spelled) : spelled;
  return { at, end: i, value, unit: written, qualifier, rank: false, chinese };
}

/** How far before a session number its term (九届, 十六届人大) may stand. */
const SESSION_TERM_SPAN = 6;

/** 九届六次全会, 九届十一次、十二次全会, 十六届人大四次会议: the session of a term, not a count of meetings (召开12次会议 is one). */
function isSessionNumber(text: string, at: number, afterUnit: number): boolean {
  if (text.charCodeAt(at - 1) === TERM || SESSION_AFTER_TIMES.some((w) => text.startsWith(w, afterUnit))) return true;
  if (!MEETING_AFTER_TIMES.some((w) => text.startsWith(w, afterUnit))) return false;
  return text.slice(Math.max(0, at - SESSION_TERM_SPAN), at).includes(SESSION_TERM);
}

const RANK_SCOPE = new RegExp(RANK_SCOPE_PATTERN);
/** What joins the two numbers of a range or a date: 3-5, 2018至2022, 1/8, 11:04. */
const RANGE_SIGN = charTable(["-", "~", "—", ...SPAN_TO_WORDS, "/", ":"].filter((w) => w.length === 1));

/** 第N as a rank: after a rank verb (列, 位列, 排名 …) or 全国/全省/全市/全区/全县 in the same clause. */
function readRank(text: string, i: number): Quantity | null {
  let j = i + 1;
  while (j < text.length && j - i < 4 && (isDigitAt(text, j) || NUMERAL_CLASS[text.charCodeAt(j)] !== 0)) j++;
  if (j === i + 1) return null;
  const numeral = text.slice(i + 1, j);
  const arabic = isDigitAt(numeral, 0);
  const value = arabic ? Number(numeral) : parseChineseNumeral(numeral);
  if (!Number.isFinite(value) || value <= 0) return null;
  if (RANK_PLACE_WORDS.includes(text[j]!)) j++;
  else if (isHanAt(text, j) && !isClauseBreakAt(text, j) && !AFTER_RANK.includes(text[j]!)) {
    return null; // 第一议题, 第五次, 第十届: an ordinal that names something
  }
  let k = i;
  const floor = Math.max(0, i - 24);
  while (k > floor && !isClauseBreakAt(text, k - 1)) k--;
  const before = text.slice(k, i);
  const ranked = RANK_SCOPE.test(before) || RANK_VERBS.some((v) => before.includes(v));
  if (!ranked) return null;
  return { at: i, end: j, value, unit: RANK_UNIT, qualifier: "exact", rank: true, chinese: !arabic };
}

/** The value × scale of a unit's leading scale words (for standard units). */
export function splitScale(unit: string): { scale: number; base: string } {
  let scale = 1;
  let k = 0;
  while (
    k < unit.length &&
    NUMERAL_CLASS[unit.charCodeAt(k)]! & Numeral.IsScale &&
    unit[k] !== TEN &&
    !unit.startsWith(PERCENT_PREFIX, k)
  ) {
    scale *= SCALE_VALUE.get(unit.charCodeAt(k))!;
    k++;
  }
  return k === 0 ? { scale: 1, base: unit } : { scale, base: unit.slice(k) };
}
