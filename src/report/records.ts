// Refiners: quantities → indicator records. Each step adds one thing: measure and sign, name,
// kind, period; then distribution (同比分别…) and inheritance (列全区第一 after a figure) across records.
import type { Indicator, Kind, Measure, Qualifier, Section, SectionRole } from "./types.ts";
import { reason, type Reason } from "./reasons.ts";
import type { Quantity } from "./numbers.ts";
import {
  CLAUSES,
  SEGMENTS,
  SENTENCES,
  WordTrie,
  charTable,
  codeOf,
  endsWithCode,
  firstAtOrAfter,
  firstChars,
  isClauseBreakAt,
  matchAtEnd,
  type BreakIndex,
  type TextIndex,
} from "./text.ts";
import { ALL_OF_THEM } from "./name-words.ts";
import {
  QUALIFIER_WORD_ENDINGS,
  CHANGE_WORDS,
  COUNT_UNITS,
  DURATION_UNITS,
  FORECAST_CUES,
  NOUN_CUES,
  PAST_AFTER_CUE,
  PAST_WORDS,
  PLAN_BEFORE_YOU,
  PRE_QUALIFIERS,
  PREDICATE_VERBS,
  STATE_WORDS,
  TARGET_CUES,
  YEARLY_AVERAGE,
  AFTER_CHANGE_WORDS,
  AGAINST_LAST_YEAR_PATTERN,
  AGAINST_LAST_YEAR_WORDS,
  LIST_CONNECTORS,
  NARROWING_WORDS,
  NOT_QUALIFIERS,
  PERIOD_ON_PERIOD,
  PERIOD_PATTERN,
  RESPECTIVELY,
  TARGET_AFTER_WORDS,
  THRESHOLD_WORDS,
  MEASURED_AFTER_THRESHOLD,
  TRAILING_HEDGES,
  UNNAMED,
  URBAN_RURAL as URBAN_RURAL_WORDS,
  YEAR_ON_YEAR,
  YEAR_PATTERN,
  MULTIPLE_UNIT,
  PERCENTAGE_POINT,
  RANK_UNIT,
} from "./lexicon.ts";
import { HAVE, LIST_END, PERFECTIVE } from "./lexicon/grammar.ts";
import { MODIFIER_MARK } from "./name-words.ts";
import { YEAR_WORD } from "./lexicon/time.ts";
import { MultiYearSpans, findSpans, isYearlyAverage } from "./spans.ts";
import {
  RANK_ASPECTS,
  isRelativeName,
  isWeakName,
  nameAfter,
  nameBefore,
  namesAnIndicator,
  predicateAfter,
  restatesOwner,
  joinNames,
  namesListedMembers,
  withoutTaskWord,
  countedBeforeMeasure,
  withElidedHead,
  topicBefore,
  frameOf,
  FRAMED_NAME_MAX,
  levelNameBefore,
  isRecipientFrame,
  endsWithModifierMark,
  modifiedName,
  compoundBefore,
  withTopic,
  sharedListVerb,
  isBareRemedy,
  objectOfRemedy,
  MEMBER_SEPARATOR,
  endsWithAction,
  actionAfterSharedHead,
  respectiveMembers,
} from "./names.ts";
import { canonicalName, standardValue } from "./canonical.ts";
import { sectionIndexAt, sectionPath } from "./sections.ts";

const LOOKBACK = 240;
const MAX_SENTENCE = 500;
/** Whether a unit ends in a counting word (个, 家, 户 …): its last character read from a table. */
const COUNT_UNIT_LAST = charTable(COUNT_UNITS.filter((u) => u.length === 1));
const isCountUnit = (unit: string) => unit.length > 0 && COUNT_UNIT_LAST[unit.charCodeAt(unit.length - 1)] === 1;
const DECLINE_RE = new RegExp(
  CHANGE_WORDS.filter(([, s]) => s < 0)
    .map(([w]) => w)
    .join("|"),
);
const FORECAST_WORDS = WordTrie.prefixes(FORECAST_CUES);
const TARGET_WORDS = WordTrie.prefixes(TARGET_CUES);
const RISE_OR_FALL = new RegExp(`(?:${CHANGE_WORDS.map(([w]) => w).join("|")})(?:${AFTER_CHANGE_WORDS.join("|")})?$`);
const AGAINST_LAST_YEAR = new RegExp(AGAINST_LAST_YEAR_PATTERN);
const CHANGE_ANYWHERE = new RegExp(CHANGE_WORDS.map(([w]) => w).join("|"));
const CONNECTOR = new RegExp(`^[${LIST_CONNECTORS},]?$`);
const TARGET_AFTER_FIRSTS = [...new Set(firstChars(TARGET_AFTER_WORDS))].join("");
const TARGET_AFTER = new RegExp(`^[^${TARGET_AFTER_FIRSTS}]{0,4}(${TARGET_AFTER_WORDS.join("|")})`);
const TARGET_AFTER_SPAN = 6;
const TARGET_AFTER_FIRST = charTable(TARGET_AFTER_FIRSTS);
const YEAR_RE = new RegExp(YEAR_PATTERN);
const PERIOD_RE = new RegExp(`(?:${PERIOD_PATTERN})`, "g");

interface Draft {
  q: Quantity;
  measure: Measure;
  negate: boolean;
  name: string;
  weak: boolean;
  kind: Kind;
  qualifier: Qualifier;
  period: string | null;
  year: number | null;
  /** The cue, section rule or construction that set the kind and the year. */
  why: Reason[];
  sentenceStart: number;
  sentenceEnd: number;
  clauseStart: number;
  /** Members of one 同比分别… list share a group number. */
  group: number | null;
  section: number;
  drop: boolean;
}

/** What every step of the parse reads: the text, its index, its parts and its years. */
export interface ParseContext {
  /** The normalised text (same offsets as `original`). */
  text: string;
  original: string;
  index: TextIndex;
  reportId: string;
  sections: readonly Section[];
  /** The role of the text before the first heading. */
  preambleRole: SectionRole;
  reviewYear: number | null;
  planYear: number | null;
}

/** What the refiners read: the normalised text and where its breaks stand. */
interface RefineContext {
  text: string;
  breaks: Breaks;
}

/** A named pass over one report's drafts that resolves what a draft cannot decide alone. */
interface Refiner {
  readonly name: string;
  readonly refine: (drafts: Draft[], ctx: RefineContext) => void;
}

/** The refiners, in the order they run: each may rely on the ones before it. */
export const REFINERS: readonly Refiner[] = [
  { name: "numeral modifiers", refine: (drafts, ctx) => dropModifiers(ctx.text, drafts) },
  { name: "respectively distribution", refine: (drafts) => distribute(drafts) },
  { name: "inherited names", refine: (drafts, ctx) => inheritNames(ctx.text, ctx.breaks, drafts) },
  { name: "compounds before", refine: (drafts, ctx) => recoverCompounds(ctx.text, ctx.breaks, drafts) },
  { name: "relative names", refine: (drafts) => ownRelativeNames(drafts) },
  { name: "frame names", refine: (drafts, ctx) => frameNames(ctx.text, ctx.breaks, drafts) },
  { name: "objects before", refine: (drafts, ctx) => objectsBefore(ctx.text, ctx.breaks, drafts) },
  { name: "elided heads", refine: (drafts) => restoreElidedHeads(drafts) },
  { name: "list verb", refine: (drafts, ctx) => shareListVerb(ctx.text, drafts) },
  { name: "list predicate", refine: (drafts, ctx) => shareListPredicate(ctx.text, ctx.breaks, drafts) },
  { name: "list complement", refine: (drafts, ctx) => shareListComplement(ctx.text, ctx.breaks, drafts) },
  { name: "respective members", refine: (drafts, ctx) => splitRespectiveMembers(ctx.text, drafts) },
  { name: "urban-rural split", refine: (drafts, ctx) => splitUrbanRural(ctx.text, drafts) },
];

/** Where sentences, clause groups and clauses begin and end in one report's text. */
class Breaks {
  constructor(
    readonly text: string,
    private readonly index: BreakIndex,
    /** Where the text index saw the first character of a cue word (CUE_WORDS). */
    private readonly cueStarts: Int32Array,
  ) {}

  back(kind: number, at: number): number {
    return this.index.startBefore(kind, at, LOOKBACK);
  }

  forward(kind: number, at: number): number {
    return this.index.endFrom(kind, at, LOOKBACK, this.text.length);
  }

  private cueStart = -1;
  private cues: Cues = NO_CUES;

  /** The first forecast and target cue words of the clause group starting at `start`. */
  cuesOf(start: number): Cues {
    if (start !== this.cueStart) {
      this.cueStart = start;
      this.cues = findCues(this.text, this.cueStarts, start, this.forward(SEGMENTS, start));
    }
    return this.cues;
  }

  private governedStart = -1;
  private governed: Governing | null = null;

  /**
   * A cue that opens the sentence and governs all of it: 初步预计，…; 主要预期目标是：…. Its first clause
   * ends in a colon, or holds little besides the cue.
   */
  governingCue(sentenceStart: number): Governing | null {
    if (sentenceStart !== this.governedStart) {
      this.governedStart = sentenceStart;
      this.governed = null;
      const end = this.forward(CLAUSES, sentenceStart);
      const mark = this.text[end];
      if (mark === ":" || mark === ",") {
        const cues = findCues(this.text, this.cueStarts, sentenceStart, end);
        const forecast = cues.forecast >= 0;
        const word = forecast ? cues.forecastWord : cues.targetWord;
        const rest = end - sentenceStart - word.length;
        if (word && (mark === ":" || rest <= GOVERNING_EXTRA))
          this.governed = { kind: forecast ? "forecast" : "target", word, end };
      }
    }
    return this.governed;
  }
}

interface Cues {
  forecast: number;
  forecastWord: string;
  target: number;
  targetWord: string;
}
const NO_CUES: Cues = { forecast: -1, forecastWord: "", target: -1, targetWord: "" };
/** Characters besides the cue a governing clause without a colon may hold (初步预计, 据预计). */
const GOVERNING_EXTRA = 2;

interface Governing {
  kind: "forecast" | "target";
  word: string;
  /** Where the governing clause ends. */
  end: number;
}

/**
 * The first forecast and target cue in text[start, end), as an alternation of each list would find it (the
 * leftmost; there, the first listed), read only where the index saw a cue's first character.
 */
function findCues(text: string, cueStarts: Int32Array, start: number, end: number): Cues {
  let forecast = -1;
  let target = -1;
  let forecastWord = -1;
  let targetWord = -1;
  for (let k = firstAtOrAfter(cueStarts, start); k < cueStarts.length; k++) {
    const at = cueStarts[k]!;
    if (at >= end) break;
    if (forecast < 0 && (forecastWord = FORECAST_WORDS.firstListedAt(text, at, end)) >= 0) forecast = at;
    if (target < 0 && (targetWord = TARGET_WORDS.firstListedAt(text, at, end)) >= 0) target = at;
    if (forecast >= 0 && target >= 0) break;
  }
  if (forecast < 0 && target < 0) return NO_CUES;
  return {
    forecast,
    forecastWord: forecast >= 0 ? FORECAST_CUES[forecastWord]! : "",
    target,
    targetWord: target >= 0 ? TARGET_CUES[targetWord]! : "",
  };
}

const PRE_QUALIFIER_ENDS = WordTrie.suffixes(PRE_QUALIFIERS.map(([w]) => w));
const PRE_QUALIFIER_OF = new Map(PRE_QUALIFIERS);

/** The qualifier word (约, 近, 超 …) that ends the words before a figure, or "". */
function preQualifier(local: string): string {
  const w = PRE_QUALIFIER_ENDS.wordAt(local, local.length);
  if (!w || NOT_QUALIFIERS.some((n) => local.endsWith(n))) return "";
  // 签约, 节约, 预约, 最近, 附近, 赶超: the character ends another word.
  const before = local[local.length - w.length - 1] ?? "";
  if (w.length === 1 && QUALIFIER_WORD_ENDINGS[w]?.includes(before)) return "";
  return w;
}

/** How far a noun cue may stand before the 的 of a share (占年计划投资的126.5%). */
const NOUN_CUE_REACH = 6;
const NOUN_CUE_SHARE = new RegExp(`^[^,;:]{0,${NOUN_CUE_REACH}}${MODIFIER_MARK}$`);

/**
 * A cue word used as one: not inside a quoted name (“人人营造师”计划), not a bare noun at a clause end, not
 * a past result (确保了, 争取到), and not a noun being measured against (完成年度目标的92%, 占年计划投资的126.5%).
 */
function hasCue(s: string, cue: string): boolean {
  const noun = NOUN_CUES.includes(cue);
  for (let k = s.indexOf(cue); k >= 0; k = s.indexOf(cue, k + cue.length)) {
    const after = s[k + cue.length];
    if (after === MODIFIER_MARK || (after !== undefined && PAST_AFTER_CUE.includes(after))) continue;
    if (noun && (s[k - 1] === "”" || after === undefined || ",;。”".includes(after))) continue;
    if (noun && NOUN_CUE_SHARE.test(s.slice(k + cue.length))) continue;
    return true;
  }
  return false;
}

interface Judged {
  kind: Kind;
  /** The cue word or section rule that decided it. */
  why: Reason;
  /** A sentence-opening cue decided it (主要预期目标是：…): the plan year's targets. */
  governed: boolean;
}

const judged = (kind: Kind, why: Reason, governed = false): Judged => ({ kind, why, governed });
/** The judgements of the section rules, which carry no word: made once. */
const BY_REVIEW_SECTION = judged("actual", reason("section-review"));
const BY_OTHER_SECTION = judged("actual", reason("section-other"));
const BY_PLAN_SECTION = judged("target", reason("section-plan"));

/** 与新区接壤51.2公里, 有3条高速贯穿全境: the clause describes the place as it is. */
function stateWordOf(text: string, q: Quantity, clauseStart: number, clauseEnd: number): string {
  const clause = text.slice(clauseStart, clauseEnd);
  const word = STATE_WORDS.find((w) => clause.includes(w));
  if (word) return word;
  const you = text[q.at - 1] === HAVE && !PLAN_BEFORE_YOU.includes(text[q.at - 2] ?? "");
  return you ? HAVE : "";
}

function kindOf(
  text: string,
  breaks: Breaks,
  q: Quantity,
  role: SectionRole,
  sentenceStart: number,
  clauseStart: number,
  clauseEnd: number,
): Judged {
  const segStart = breaks.back(SEGMENTS, q.at);
  const cues = breaks.cuesOf(segStart);
  if (cues.forecast >= 0 && cues.forecast < q.at) return judged("forecast", reason("cue-forecast", cues.forecastWord));
  const before = cues.target >= 0 && cues.target < q.at ? text.slice(segStart, q.at) : "";
  const cue = before ? TARGET_CUES.find((w) => hasCue(before, w)) : undefined;
  if (cue) return judged("target", reason("cue-target", cue));
  const governing = breaks.governingCue(sentenceStart);
  if (governing && governing.end < q.at) return judged(governing.kind, reason("cue-governing", governing.word), true);
  // 3个项目将于年底完工: a plan word a few characters after the figure.
  const afterEnd = Math.min(clauseEnd, q.end + TARGET_AFTER_SPAN);
  let at = q.end;
  while (at < afterEnd && TARGET_AFTER_FIRST[text.charCodeAt(at)] === 0) at++;
  if (at < afterEnd) {
    const m = TARGET_AFTER.exec(text.slice(q.end, afterEnd));
    if (m) return judged("target", reason("cue-target-after", m[1]));
  }
  if (role !== "plan") return role === "review" ? BY_REVIEW_SECTION : BY_OTHER_SECTION;
  // In a plan section, what the place is and what was done stay actuals.
  const state = stateWordOf(text, q, clauseStart, clauseEnd);
  if (state) return judged("actual", reason("state", state));
  const ownWords = text.slice(clauseStart, q.at);
  const past = PAST_WORDS.find((w) => ownWords.includes(w));
  if (past) return judged("actual", reason("past", past));
  return BY_PLAN_SECTION;
}

/** A year a sentence names: where its words end, the year, the words as written (2024年). */
interface NamedYear {
  end: number;
  year: number;
  words: string;
}

/** Period phrases (1-8月, 全年) and the first year (2024年) of each sentence, found once per sentence. */
class SentenceTimes {
  private sentenceStart = -1;
  private sentenceEnd = -1;
  private periods: { end: number; phrase: string }[] = [];
  private firstYear: NamedYear | null = null;

  constructor(private readonly text: string) {}

  private scan(sentenceStart: number, sentenceEnd: number): void {
    if (sentenceStart === this.sentenceStart && sentenceEnd === this.sentenceEnd) return;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.periods = [];
    const s = this.text.slice(sentenceStart, sentenceEnd);
    PERIOD_RE.lastIndex = 0;
    for (let m = PERIOD_RE.exec(s); m; m = PERIOD_RE.exec(s))
      this.periods.push({ end: sentenceStart + PERIOD_RE.lastIndex, phrase: m[0] });
    const year = s.includes(YEAR_WORD) ? YEAR_RE.exec(s) : null;
    this.firstYear = year
      ? { end: sentenceStart + year.index + year[0].length, year: Number(year[1]), words: year[0] }
      : null;
  }

  /** The last period phrase of the sentence that ends before `at`. */
  periodBefore(sentenceStart: number, sentenceEnd: number, at: number): string | null {
    this.scan(sentenceStart, sentenceEnd);
    let last: string | null = null;
    for (const p of this.periods) if (p.end <= at) last = p.phrase;
    return last;
  }

  /** The first year the sentence names, when it stands before `at`. */
  yearBefore(sentenceStart: number, sentenceEnd: number, at: number): NamedYear | null {
    this.scan(sentenceStart, sentenceEnd);
    return this.firstYear && this.firstYear.end <= at ? this.firstYear : null;
  }
}

interface Dated {
  year: number | null;
  /** The span of a multi-year figure (2021-2025), else null. */
  span: string | null;
  why: Reason;
}

/** The reasons of the report's years, which carry no word: made once. */
const BY_PLAN_YEAR = reason("year-plan");
const BY_REVIEW_YEAR = reason("year-review");

/**
 * The year a sentence names before the figure; else the span a multi-year figure covers (its last year);
 * else the plan year for a plan section or a governed target, the review year otherwise.
 */
function yearOf(
  times: SentenceTimes,
  spans: MultiYearSpans,
  q: Quantity,
  sentenceStart: number,
  sentenceEnd: number,
  ownWords: string,
  ctx: ParseContext,
  role: SectionRole,
  judged: Judged,
): Dated {
  const named = times.yearBefore(sentenceStart, sentenceEnd, q.at);
  if (named !== null) return { year: named.year, span: null, why: reason("year-named", named.words) };
  const span = spans.spanOf(sentenceStart, ownWords, q.at);
  if (span) return { year: span.last, span: `${span.first}-${span.last}`, why: reason("year-span", span.words) };
  if (isYearlyAverage(ownWords)) return { year: null, span: null, why: reason("year-average", YEARLY_AVERAGE) };
  if (role === "plan" || (judged.governed && judged.kind === "target")) {
    const year = ctx.planYear ?? ctx.reviewYear;
    return { year, span: null, why: year === ctx.planYear ? BY_PLAN_YEAR : BY_REVIEW_YEAR };
  }
  const year = ctx.reviewYear ?? ctx.planYear;
  return { year, span: null, why: year === ctx.reviewYear ? BY_REVIEW_YEAR : BY_PLAN_YEAR };
}

/** The words before a figure without a last 约, 近 or 了. */
const TRAILING_HEDGE = charTable(TRAILING_HEDGES);
function withoutTrailingHedge(local: string): string {
  return local.length > 0 && TRAILING_HEDGE[local.charCodeAt(local.length - 1)] === 1 ? local.slice(0, -1) : local;
}

interface Measured {
  readonly measure: Measure;
  /** One of a 同比分别… list. */
  readonly grouped: boolean;
}
const NARROWING = WordTrie.suffixes(NARROWING_WORDS);
/** Every answer measureOf can give, made once. */
const bothWays = (measure: Measure): readonly [Measured, Measured] => [
  { measure, grouped: false },
  { measure, grouped: true },
];
const MEASURED: Record<Measure, readonly [Measured, Measured]> = {
  level: bothWays("level"),
  yoy: bothWays("yoy"),
  mom: bothWays("mom"),
  rank: bothWays("rank"),
  other: bothWays("other"),
};
function measured(measure: Measure, grouped: boolean): Measured {
  return MEASURED[measure][grouped ? 1 : 0];
}

/** First characters of 分别, 环比, 同比 and 比上年/较去年…: words before a figure with none of them say none of those. */
const COMPARISON_FIRST = charTable(
  firstChars([RESPECTIVELY, PERIOD_ON_PERIOD, YEAR_ON_YEAR, ...AGAINST_LAST_YEAR_WORDS]),
);
/** Read in the text itself (not in a slice of it, whose every read goes through its parent). */
function hasComparisonFirst(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COMPARISON_FIRST[text.charCodeAt(i)] === 1) return true;
  return false;
}

const MULTIPLE_UNIT_CODE = codeOf(MULTIPLE_UNIT);
const PERFECTIVE_CODE = codeOf(PERFECTIVE);
const PERCENTAGE_POINT_LAST = PERCENTAGE_POINT.charCodeAt(PERCENTAGE_POINT.length - 1);

/** `local`: the words before the figure, from `localStart` of the text (less a qualifier word ending them). */
function measureOf(
  text: string,
  localStart: number,
  local: string,
  q: Quantity,
  prev: Draft | undefined,
  sameClause: boolean,
): Measured {
  if (q.rank) return measured("rank", false);
  if (endsWithCode(q.unit, MULTIPLE_UNIT_CODE)) return measured("other", false);
  const trimmed = withoutTrailingHedge(local);
  if (prev && sameClause && prev.group !== null && CONNECTOR.test(trimmed) && prev.q.unit === q.unit)
    return measured(prev.measure, true);
  // 降幅收窄了2.1个百分点: the change of a change.
  const verbEnd = endsWithCode(trimmed, PERFECTIVE_CODE) ? trimmed.length - 1 : trimmed.length;
  if (NARROWING.indexAt(trimmed, verbEnd) >= 0) return measured("other", false);
  const isRate = q.unit === "%" || q.unit === "‰";
  const compared = hasComparisonFirst(text, localStart, localStart + local.length);
  const respectively = compared && local.includes(RESPECTIVELY);
  if (compared && local.includes(PERIOD_ON_PERIOD)) return measured("mom", respectively);
  if (compared && local.includes(YEAR_ON_YEAR)) return measured("yoy", respectively);
  // 较上年增加企业120家, 比去年减少3起: a change against last year, whatever the unit.
  if (compared && AGAINST_LAST_YEAR.test(local) && CHANGE_ANYWHERE.test(local)) return measured("yoy", respectively);
  if (isRate && matchAtEnd(trimmed, RISE_OR_FALL)) return measured("yoy", respectively);
  // Percentage points compare two rates (高于全市0.6个百分点, 提高2个百分点): not an amount.
  if (endsWithCode(q.unit, PERCENTAGE_POINT_LAST) && q.unit.endsWith(PERCENTAGE_POINT)) return measured("other", false);
  return measured("level", false);
}

/**
 * Builds indicator records from the quantities the recognisers proposed: a draft per quantity (measure,
 * name, kind, year), then the refiners in order.
 */
export function buildRecords(ctx: ParseContext, quantities: readonly Quantity[]): Indicator[] {
  const { text, original } = ctx;
  const drafts: Draft[] = [];
  const breaks = new Breaks(text, ctx.index.breaks, ctx.index.cueStarts);
  const times = new SentenceTimes(text);
  const spans = new MultiYearSpans(text, findSpans(text, ctx.reviewYear));
  let groupCount = 0;
  for (let n = 0; n < quantities.length; n++) {
    const q = quantities[n]!;
    const prev = drafts[drafts.length - 1];
    const next = quantities[n + 1];
    const sentenceStart = breaks.back(SENTENCES, q.at);
    const sentenceEnd = breaks.forward(SENTENCES, q.end);
    const clauseStart = breaks.back(CLAUSES, q.at);
    const clauseEnd = breaks.forward(CLAUSES, q.end);
    if (isThreshold(text, q, next, clauseEnd)) continue;
    const sameClause = prev !== undefined && prev.q.end > clauseStart;
    const localStart = sameClause ? prev!.q.end : clauseStart;
    let local = text.slice(localStart, q.at);
    const pre = preQualifier(local);
    if (pre) local = local.slice(0, local.length - pre.length);
    const qualifier = q.qualifier !== "exact" ? q.qualifier : pre ? PRE_QUALIFIER_OF.get(pre)! : "exact";
    const { measure, grouped } = measureOf(text, localStart, local, q, prev, sameClause);
    let group: number | null = null;
    if (grouped)
      group =
        prev && prev.group !== null && sameClause && CONNECTOR.test(withoutTrailingHedge(local))
          ? prev.group
          : groupCount++;
    const isChange = measure === "yoy" || measure === "mom";
    const decline = isChange && (DECLINE_RE.test(local) || (group !== null && prev?.group === group && prev.negate));
    const negate = decline && q.value > 0;

    const nextStart = next && next.at < clauseEnd ? next.at : clauseEnd;
    let name: string;
    if (measure === "level") {
      name = levelName(text, q, local, nextStart, sameClause ? prev : undefined);
    } else {
      name = nameBefore(local, measure === "rank" ? "rank" : "change");
      // 受疫情影响同比降幅9.3%: words that name no indicator leave the change to the figure before it.
      const levelBefore = prev !== undefined && prev.sentenceStart === sentenceStart && prev.measure === "level";
      if (measure !== "rank" && levelBefore && !namesAnIndicator(name)) name = "";
    }
    const weak = isWeakName(name);
    const section = sectionIndexAt(ctx.sections, q.at);
    const role = section >= 0 ? ctx.sections[section]!.role : ctx.preambleRole;
    const judgedKind = kindOf(text, breaks, q, role, sentenceStart, clauseStart, clauseEnd);
    const dated = yearOf(times, spans, q, sentenceStart, sentenceEnd, local, ctx, role, judgedKind);
    drafts.push({
      q,
      measure,
      negate,
      name,
      weak,
      kind: judgedKind.kind,
      qualifier,
      group,
      period: dated.span ?? times.periodBefore(sentenceStart, sentenceEnd, q.at),
      year: dated.year,
      why: [judgedKind.why, dated.why],
      sentenceStart,
      sentenceEnd,
      clauseStart,
      section,
      drop: false,
    });
  }
  const refineContext: RefineContext = { text, breaks };
  for (const refiner of REFINERS) refiner.refine(drafts, refineContext);
  const paths: (string[] | undefined)[] = [];
  const pathOf = (k: number) => (k < 0 ? [] : (paths[k] ??= sectionPath(ctx.sections, k)));
  // Records of one sentence share its string.
  let sentenceOfLast: Draft | null = null;
  let sentence = "";
  const sentenceOf = (d: Draft) => {
    if (d.sentenceStart !== sentenceOfLast?.sentenceStart || d.sentenceEnd !== sentenceOfLast.sentenceEnd) {
      sentence = original
        .slice(d.sentenceStart, d.sentenceEnd + 1)
        .trim()
        .slice(0, MAX_SENTENCE);
    }
    sentenceOfLast = d;
    return sentence;
  };
  const records: Indicator[] = [];
  const idPrefix = `${ctx.reportId}:`;
  for (const d of drafts)
    if (!d.drop) records.push(toIndicator(d, original, idPrefix, pathOf(d.section), sentenceOf(d)));
  return records;
}

const THRESHOLD_ENDS = WordTrie.suffixes(THRESHOLD_WORDS);
/** How far a threshold may stand before the figure whose name it is part of. */
const THRESHOLD_SPAN = 16;

/**
 * 注册资本1000万元以上企业12家: a figure with 以上/以下 and a noun after it, before another figure of the
 * same clause, is a threshold in that figure's name, not a record of its own; the last of its clause is one
 * when it describes what follows it (describesWhatFollows).
 */
function isThreshold(text: string, q: Quantity, next: Quantity | undefined, clauseEnd: number): boolean {
  if (q.rank || THRESHOLD_ENDS.indexAt(text, q.end) < 0) return false;
  if (!next || next.at >= clauseEnd) return describesWhatFollows(text, q, clauseEnd);
  return next.at - q.end <= THRESHOLD_SPAN && nameAfter(text, q.end, next.at) !== "";
}

const MEASURED_AFTER = WordTrie.prefixes(MEASURED_AFTER_THRESHOLD);

/**
 * 消除一般公共预算收入10亿元以下的县: an amount with a threshold, 的 and a noun, the last figure of its clause,
 * describes that noun (the counties) and is no record. One before a noun it measures (6%以上的增长) is a record,
 * and so is a count of the noun itself (建成3个以上的示范点).
 */
function describesWhatFollows(text: string, q: Quantity, clauseEnd: number): boolean {
  if (isCountUnit(q.unit) || text[q.end] !== MODIFIER_MARK) return false;
  const noun = nameAfter(text, q.end + 1, clauseEnd);
  return noun !== "" && MEASURED_AFTER.wordAt(noun, 0) === "";
}

/**
 * The name of an amount or count, from the words before it (b) and the noun phrase after it (a):
 * 完成3个转化达产项目 → a; 新增托育驿站4家 → b; 新开工2个小区 → b + a; 巡察反馈的70个问题 → b + a.
 */
const PREDICATE_VERB = WordTrie.prefixes(PREDICATE_VERBS);

function levelName(
  text: string,
  q: Quantity,
  local: string,
  nextStart: number,
  prevInClause: Draft | undefined,
): string {
  const recipient = isRecipientFrame(local);
  const b = levelNameBefore(local, prevInClause !== undefined || recipient);
  const lastInClause = isClauseBreakAt(text, nextStart);
  const after = nameAfter(text, q.end, nextStart, recipient && lastInClause);
  const a = lastInClause ? after : countedBeforeMeasure(after);
  const bEmpty = isWeakName(b);
  if (DURATION_UNITS.has(q.unit)) return local.trim().replace(/^[,、]/, "") + a; // 连续十二年未发生…
  // 新开工2个小区10.2万平方米: a figure after the noun of a count measures what that count names.
  if (!a) return prevInClause && !bEmpty && isCountOf(prevInClause, b) ? prevInClause.name : b;
  if (local.endsWith(LIST_END)) return a;
  // 营商服务清单、企业诉求清单、街区资源清单3张清单: the listed members are what is counted.
  if (namesListedMembers(b, a)) return b;
  const topic = topicBefore(local);
  if (topic) return topic.endsWith(a) ? topic : topic + a;
  // 1500余家企事业单位1700余人次参加学习: the words between two counts belong to the first.
  if (prevInClause && b && prevInClause.name.endsWith(b)) return a;
  if (!bEmpty && endsWithModifierMark(local)) return modifiedName(b, a);
  if (!bEmpty && PREDICATE_VERB.indexAt(a, 0) >= 0) return b;
  if (isCountUnit(q.unit) || q.unit === "%") {
    if (bEmpty) return a;
    return b.length <= 3 || q.unit === "%" ? b + a : a;
  }
  // 打造600余平方米议事平台: the noun after a measured amount is what it measures.
  if (bEmpty || b.length <= 2) return a;
  return b;
}

/** A count (not a duration: 连续10个月) whose name ends in `noun`. */
function isCountOf(d: Draft, noun: string): boolean {
  return !DURATION_UNITS.has(d.q.unit) && d.name.endsWith(noun);
}

/** 两项补贴金额46万余元: a Chinese-numeral count right before a measured figure describes it. */
function dropModifiers(text: string, drafts: Draft[]): void {
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k]!;
    const n = drafts[k + 1]!;
    if (!d.q.chinese || n.clauseStart !== d.clauseStart) continue;
    const between = text.slice(d.q.end, n.q.at);
    if (between.length <= 8 && !LIST_MEMBER.test(between) && !isCountUnit(n.q.unit)) {
      d.drop = true;
      // 发放两项补贴金额46万余元: the numeral stays in the name it modifies (两项补贴金额).
      if (between.startsWith(n.name)) n.name = text.slice(d.q.at, d.q.end) + n.name;
    }
  }
}

/** 同比分别增长10.06%和13.05%: the k-th change belongs to the k-th of the levels before it. */
function distribute(drafts: Draft[]): void {
  const groups = new Map<number, { firstIndex: number; members: Draft[] }>();
  drafts.forEach((d, k) => {
    if (d.group === null) return;
    const g = groups.get(d.group);
    if (g) g.members.push(d);
    else groups.set(d.group, { firstIndex: k, members: [d] });
  });
  for (const { firstIndex, members } of groups.values()) {
    const sentence = drafts[firstIndex]!.sentenceStart;
    const owners: Draft[] = [];
    for (let j = firstIndex - 1; j >= 0 && owners.length < members.length; j--) {
      const d = drafts[j]!;
      if (d.sentenceStart !== sentence) break;
      if (d.measure === "level" && !d.drop) owners.unshift(d);
    }
    if (owners.length === members.length) members.forEach((m, i) => (m.name = owners[i]!.name));
  }
}

/** Records with no name of their own take their neighbour's: 列全区第一 after a figure, 5户7人. */
function inheritNames(text: string, breaks: Breaks, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.measure === "rank" && RANK_ASPECTS.has(d.name)) d.weak = true;
    if (d.drop || (d.group !== null && d.name) || !d.weak) continue;
    const next = drafts[k + 1];
    if (d.measure === "level" && next && next.q.at - d.q.end <= 1 && next.name && !next.weak) {
      d.name = next.name;
      continue;
    }
    let inherited = false;
    if (d.measure === "rank" && k > 0) {
      const all = namesRankedTogether(text, drafts, k);
      if (all) {
        d.name = all;
        continue;
      }
    }
    for (let j = k - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (p.sentenceStart !== d.sentenceStart) break;
      if (p.drop) continue;
      if (p.name && !isWeakName(p.name) && (d.measure !== "level" || p.measure === "level")) {
        d.name = d.measure === "rank" && d.name ? joinRankName(p.name, d.name) : p.name;
        inherited = true;
        break;
      }
    }
    // 积极开展“瓶改管”工作,已完成47户: nothing before it in the sentence, so the clause before names it.
    if (!inherited && d.clauseStart > d.sentenceStart + 1) {
      // 门诊量增长1倍,达到12万人次: what the clause before is about, not how it changed.
      const before = nameBefore(text.slice(breaks.back(CLAUSES, d.clauseStart - 1), d.clauseStart - 1), "change");
      if (!isWeakName(before)) d.name = withoutTaskWord(before);
    }
  }
}

/**
 * 全年食品安全检查出动人员200人次、检查700余次: a bare word takes the compound it ends earlier in the sentence, or
 * the short topic of the sentence's first clause (积极推动老年助餐,…,累计服务16万人次 → 老年助餐服务).
 */
function recoverCompounds(text: string, breaks: Breaks, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.drop || d.weak || d.measure !== "level") continue;
    let compound = compoundBefore(d.name, text, d.sentenceStart, d.q.at);
    // The sentence's first figure, after a first clause of its own: that clause may say what it is about.
    if (!compound && drafts[k - 1]?.sentenceStart !== d.sentenceStart && d.clauseStart > d.sentenceStart + 1) {
      const firstEnd = breaks.forward(CLAUSES, d.sentenceStart);
      if (firstEnd < d.clauseStart) compound = withTopic(d.name, text, d.q.at, d.sentenceStart, firstEnd);
    }
    if (compound) d.name = compound;
  }
}

/**
 * 整治…等“散乱污”企业,依法取缔351家、整改提升87家: a name of verbs of remedy alone, with nothing after its figure,
 * is done to what the remedy of the clause before acts on, when that clause holds no figure (取缔“散乱污”企业).
 */
function objectsBefore(text: string, breaks: Breaks, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.drop || d.measure !== "level" || d.clauseStart <= d.sentenceStart + 1 || !isBareRemedy(d.name)) continue;
    if (!isClauseBreakAt(text, d.q.end) && text[d.q.end] !== MEMBER_SEPARATOR) continue;
    const start = breaks.back(CLAUSES, d.clauseStart - 1);
    let j = k - 1;
    while (j >= 0 && drafts[j]!.clauseStart === d.clauseStart) j--;
    if (start < d.sentenceStart || (j >= 0 && drafts[j]!.q.end > start)) continue;
    d.name += objectOfRemedy(text.slice(start, d.clauseStart - 1));
  }
}

/**
 * 安全生产专项整治中,累计检查2359家次,发现隐患2847处: a first clause of the sentence that ends in 中 and holds
 * no figure frames what the short names after it are about (检查 → 安全生产专项整治检查).
 */
function frameNames(text: string, breaks: Breaks, drafts: Draft[]): void {
  let sentence = -1;
  let frame = "";
  let frameEnd = -1;
  for (const d of drafts) {
    if (d.sentenceStart !== sentence) {
      sentence = d.sentenceStart;
      frameEnd = breaks.forward(CLAUSES, sentence);
      frame = d.q.at > frameEnd ? frameOf(text.slice(sentence, frameEnd)) : "";
    }
    if (frame && !d.drop && !d.weak && d.measure === "level" && d.name.length <= FRAMED_NAME_MAX)
      d.name = frame + d.name;
  }
}

/**
 * 获评区五星级垃圾房1个,四星级2个: a short name that ends like a part of the name before it (星级) stands for
 * that name with the part replaced (区四星级垃圾房).
 */
function restoreElidedHeads(drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const p = drafts[k - 1]!;
    if (d.drop || p.drop || d.measure !== "level" || p.measure !== "level" || p.sentenceStart !== d.sentenceStart)
      continue;
    if (d.q.unit === p.q.unit) d.name = withElidedHead(p.name, d.name);
  }
}

/** A count kept as a level record (not an amount: 总投资950亿元 is no item of a list of counts). */
function isCount(d: Draft): boolean {
  return !d.drop && d.measure === "level" && isCountUnit(d.q.unit);
}

/** 排摸楼宇29幢、企业单位1084家: an item of a list that is only a noun shares the verb of the item before it. */
function shareListVerb(text: string, drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const p = drafts[k - 1]!;
    // Only the separator and the noun stand between the figures.
    if (d.q.at - p.q.end !== d.name.length + 1 || p.sentenceStart !== d.sentenceStart) continue;
    if (!isCount(d) || !isCount(p)) continue;
    const verb = sharedListVerb(p.name, text.slice(p.q.end, d.q.at), d.name);
    if (verb) d.name = verb + d.name;
  }
}

/**
 * 限上批发业企业销售额…;限上零售业企业销售额…,均列全区第一: a rank said of all (均) the figures before it in
 * the sentence names them all (限上批发、零售业企业销售额), or "" when it ranks one.
 */
function namesRankedTogether(text: string, drafts: Draft[], k: number): string {
  const d = drafts[k]!;
  if (!text.slice(drafts[k - 1]!.q.end, d.q.at).includes(ALL_OF_THEM)) return "";
  const names: string[] = [];
  for (let j = 0; j < k; j++) {
    const p = drafts[j]!;
    if (p.sentenceStart !== d.sentenceStart || p.drop || p.measure !== "level" || p.weak) continue;
    if (!names.includes(p.name)) names.push(p.name);
  }
  return names.length > 1 ? joinNames(names) : "";
}

/** The connectors between members of a list of counts. */
const LIST_CONNECTOR = charTable(LIST_CONNECTORS);
const LIST_MEMBER = new RegExp(`[${LIST_CONNECTORS}]`);

/**
 * 63个住宅小区、33个机关单位和2所敬老院全部完成煤改气: what the last count of a list has done to it, the
 * others have done too.
 */
function shareListPredicate(text: string, breaks: Breaks, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length;) {
    let e = k;
    while (e + 1 < drafts.length && inOneList(text, drafts[e]!, drafts[e + 1]!)) e++;
    if (e > k) {
      const last = drafts[e]!;
      const object = predicateAfter(text, last.q.end, breaks.forward(CLAUSES, last.q.end));
      if (object) for (let j = k; j < e; j++) if (!drafts[j]!.name.endsWith(object)) drafts[j]!.name += object;
    }
    k = e + 1;
  }
}

/** Two counts of one clause, the second after the first. */
function countsOfOneClause(d: Draft, n: Draft): boolean {
  return n.clauseStart === d.clauseStart && n.q.at > d.q.end && isCount(d) && isCount(n);
}

/** 63个住宅小区、33个机关单位: two counts of one list, a connector right before the second figure. */
function inOneList(text: string, d: Draft, n: Draft): boolean {
  return countsOfOneClause(d, n) && LIST_CONNECTOR[text.charCodeAt(n.q.at - 1)] === 1;
}

/** How the items of a list of counts stand: the noun before each figure (A村34户、B村9户) or after it (1条A、3条B). */
type ListForm = "noun-first" | "count-first";

function listForm(text: string, d: Draft, n: Draft): ListForm | null {
  if (inOneList(text, d, n)) return "count-first";
  if (!countsOfOneClause(d, n) || LIST_CONNECTOR[text.charCodeAt(d.q.end)] === 0) return null;
  return nameBefore(text.slice(d.q.end, n.q.at), "level") ? "noun-first" : null;
}

/**
 * 完成A村34户、B村9户顶楼拆改; 完成1条重点道路、3条其他道路外立面整治: the action said once with the last item
 * of a list is done to every item (A村顶楼拆改, 重点道路外立面整治).
 */
function shareListComplement(text: string, breaks: Breaks, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length;) {
    const form = k + 1 < drafts.length ? listForm(text, drafts[k]!, drafts[k + 1]!) : null;
    let e = form ? k + 1 : k;
    while (form && e + 1 < drafts.length && listForm(text, drafts[e]!, drafts[e + 1]!) === form) e++;
    const after = drafts[e + 1];
    if (form && (!after || after.clauseStart !== drafts[e]!.clauseStart)) {
      const items = drafts.slice(k, e + 1);
      const action = form === "noun-first" ? actionAfterLast(text, breaks, items) : actionInsideLast(items);
      if (action) for (const d of items.slice(0, -1)) if (!d.name.endsWith(action)) d.name += action;
    }
    k = e + 1;
  }
}

/** 完成A村34户、B村9户顶楼拆改: the action after the last figure, or ""; the last item is its noun and the action. */
function actionAfterLast(text: string, breaks: Breaks, items: Draft[]): string {
  const last = items[items.length - 1]!;
  const action = nameAfter(text, last.q.end, breaks.forward(CLAUSES, last.q.end));
  if (!endsWithAction(action)) return "";
  const noun = nameBefore(text.slice(items[items.length - 2]!.q.end, last.q.at), "level");
  last.name = noun.endsWith(action) ? noun : noun + action;
  return action;
}

/** 完成1条重点道路、3条其他道路外立面整治和…: the action inside the last item's noun, after the head it shares. */
function actionInsideLast(items: Draft[]): string {
  const last = items[items.length - 1]!;
  const shared = actionAfterSharedHead(items[items.length - 2]!.name, last.name);
  if (!shared) return "";
  last.name = last.name.slice(0, shared.at) + shared.action;
  return shared.action;
}

/** 处理案件5321起,办结率97.9%: a rate or area named only by its side takes the name of the figure it measures. */
function ownRelativeNames(drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.drop || d.measure !== "level" || !isRelativeName(d.name)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (p.sentenceStart !== d.sentenceStart) break;
      if (p.drop || p.measure !== "level" || p.weak || isRelativeName(p.name)) continue;
      if (!restatesOwner(p.name, d.name)) d.name = joinRankName(p.name, d.name);
      break;
    }
  }
}

/**
 * SUV汽车、新能源汽车、太阳能电池产量分别达到371.2万辆、10.1万辆、931.7万千瓦: the k-th figure of one name
 * said 分别 of a list is the k-th member's (SUV汽车产量, 新能源汽车产量, 太阳能电池产量).
 */
function splitRespectiveMembers(text: string, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.drop || !d.name.includes(MEMBER_SEPARATOR)) continue;
    let e = k;
    while (e + 1 < drafts.length && isSameRespective(d, drafts[e + 1]!)) e++;
    const members = e > k ? respectiveMembers(d.name, e - k + 1) : null;
    if (members && text.slice(d.clauseStart, d.q.at).includes(RESPECTIVELY))
      for (let j = k; j <= e; j++) drafts[j]!.name = members[j - k]!;
    k = e;
  }
}

function isSameRespective(d: Draft, n: Draft): boolean {
  return !n.drop && n.name === d.name && n.measure === d.measure && n.sentenceStart === d.sentenceStart;
}

/** 城乡居民人均可支配收入分别为42580元和21360元 (分别增长5.2%和7.1%): the first is urban residents', the second rural. */
function splitUrbanRural(text: string, drafts: Draft[]): void {
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k]!;
    const n = drafts[k + 1]!;
    if (
      !d.name.startsWith(URBAN_RURAL) ||
      n.name !== d.name ||
      n.measure !== d.measure ||
      n.clauseStart !== d.clauseStart
    )
      continue;
    if (!CONNECTOR.test(text.slice(d.q.end, n.q.at))) continue;
    const what = d.name.slice(URBAN_RURAL.length);
    d.name = URBAN + what;
    n.name = RURAL + what;
    k++;
  }
}
const { both: URBAN_RURAL, urban: URBAN, rural: RURAL } = URBAN_RURAL_WORDS;

function joinRankName(owner: string, own: string): string {
  return owner.endsWith(own) ? owner : owner + own;
}

/** A record id's end after its offset, by measure: `:level` of `r1:1234:level`. */
const ID_ENDS: Record<Measure, string> = { level: ":level", yoy: ":yoy", mom: ":mom", rank: ":rank", other: ":other" };

/** `idPrefix` is the report id and its colon, made once per report. */
function toIndicator(d: Draft, original: string, idPrefix: string, section: string[], sentence: string): Indicator {
  const value = d.negate ? -d.q.value : d.q.value;
  const name = d.name || (d.q.unit ? `(${d.q.unit})` : UNNAMED);
  return {
    id: idPrefix + d.q.at + ID_ENDS[d.measure],
    quote: original.slice(d.q.at, d.q.end),
    at: d.q.at,
    value,
    unit: d.q.unit,
    name,
    measure: d.measure,
    kind: d.kind,
    qualifier: d.qualifier,
    period: d.period,
    year: d.year,
    canonical: d.measure === "rank" ? null : canonicalName(name),
    standard: d.measure === "rank" ? { value, unit: RANK_UNIT } : standardValue(value, d.q.unit),
    section,
    sentence,
    why: d.why,
  };
}
