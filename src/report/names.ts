// Names: the shortest phrase, as written, that says what a figure counts.
import {
  CLAUSE_BREAK,
  isHanAt,
  isLatinAt,
  isClauseBreakAt,
  charTable,
  codeOf,
  firstChars,
  indexOfChar,
  isCharAt,
  lastChars,
  lastIndexOfChar,
  WordTrie,
} from "./text.ts";
import {
  QUALIFIER_WORD_ENDINGS,
  CHANGE_WORDS,
  EMPTY_NAMES,
  LEADING_NOISE,
  LIGHT_VERBS,
  NAME_INNER_NOISE,
  PRE_QUALIFIERS,
  RANK_VERBS,
  TRAILING_NOISE,
  YEARLY_AVERAGE,
  AGAINST_LAST_YEAR_WORDS,
  INDICATOR_ENDINGS,
  LEADING_TIME_PATTERN,
  NARROWING_WORDS,
  NOT_A_NOUN_AFTER,
  PERIOD_ON_PERIOD,
  PREDICATE_START_ADVERBS,
  RANK_ASPECT_WORDS,
  RANK_SCOPE_WORDS,
  RESPECTIVELY,
  TASK_WORDS,
  WORD_BEFORE_WEI,
  WEI,
  LEADING_TIME_FIRST_CHARS,
  YEAR_ON_YEAR,
  PREDICATE_ADVERBS,
  ASPECT_VERBS,
  RESULT_VERBS,
  RELATIVE_NAMES,
  RELATIVE_RATE,
  CN_DIGITS,
  SCALES,
} from "./lexicon.ts";
import {
  ADVERBS_BEFORE_VERBS,
  ASIDE_OPENERS,
  DUMMY_VERBS,
  ETC,
  ETC_WORD_AFTER,
  ETC_WORD_BEFORE,
  PLACE_ENDS,
  PLACE_PREPOSITION,
  PLACE_WORDS,
  PREPOSITION_WORD_SECONDS,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  SCOPE_VERBS,
  FRAME_ENDS,
  BENEFIT_VERBS,
  LEVEL_COUNTS,
  LEVEL_OWNERS,
  LEVEL_WORD,
  MANNER_ADVERBS,
  NOMINALISED_VERBS,
  MEASURE_NOUNS,
  RELATIVE_RATE_ENDINGS,
  RELATIVE_RATE_VERB_MAX,
  NUMERAL_LABEL_PATTERN,
  SHARE_OF,
  INNER_VERB_WORDS,
  MODIFIER_LENGTHS,
  MODIFIER_MARK,
  EDGE_CONJUNCTIONS,
  NAME_AFTER_CHANGE,
  NOT_ASIDE_AFTER,
  RECIPIENT_PREPOSITIONS,
  TITLE_VERBS,
  CATEGORY_LEVELS,
  MANNER_MODIFIERS,
  MANNER_OPENINGS,
  INDICATOR_HEADS,
  ACTION_VERBS,
  REMEDY_VERBS,
  COORDINATED_VERB_LENGTH,
  VERB_JOINER,
  DETERMINERS,
  SLOGAN_SEPARATORS,
  MIN_AFTER_SLOGAN,
  INNER_PERIOD_WORDS,
  RESULT_PREDICATES,
} from "./name-words.ts";

const MAX_NAME = 40;
/** Names this short say only what was done; a frame clause before them says to what (检查 → 专项整治检查). */
export const FRAMED_NAME_MAX = 4;
const LEADING_WORDS = [...LEADING_NOISE, ...LIGHT_VERBS, ...PLACE_WORDS];
const LEADING = WordTrie.prefixes(LEADING_WORDS);
/** By LEADING's word index: whether the word is a light verb (a word listed twice has its first index). */
const IS_LIGHT = LEADING_WORDS.map((w) => LIGHT_VERBS.includes(w));
const PREPOSITIONS = Object.keys(PREPOSITION_WORD_SECONDS);
/** Bit k for the second characters that make the k-th preposition part of a word (在册); by word index, its bit. */
const PREPOSITION_SECOND = charTable(...Object.values(PREPOSITION_WORD_SECONDS));
const PREPOSITION_BIT = LEADING_WORDS.map((w) => (PREPOSITIONS.includes(w) ? 1 << PREPOSITIONS.indexOf(w) : 0));
const PLACE_PREPOSITION_CODE = codeOf(PLACE_PREPOSITION);
const TRAILING_WORDS = [...TRAILING_NOISE, ...PRE_QUALIFIERS.map(([w]) => w)];
const TRAILING = WordTrie.suffixes(TRAILING_WORDS);
/** The last characters of the trailing words: their suffix trie is walked only after one. */
const TRAILING_LAST = charTable(lastChars(TRAILING_WORDS));
const opensWith = (s: string, code: number) => isCharAt(s, 0, code);
const OPEN_BRACKET = codeOf("(");
const MODIFIER_MARK_CODE = codeOf(MODIFIER_MARK);

const EDGE_PUNCT = `、,;:${EDGE_CONJUNCTIONS} .-—`;
/** Punctuation and conjunctions trimmed from a name's start; LEADING_TIME runs only after one of its first characters. */
const EDGE_PUNCT_CHAR = charTable(EDGE_PUNCT);
const LEADING_TIME_FIRST = charTable(LEADING_TIME_FIRST_CHARS);
/** Time phrases that open a clause: 1-8月, 截至11月中旬, 2024年, 今年7月以来 (sticky: read from lastIndex on). */
const LEADING_TIME = new RegExp(`(?:${LEADING_TIME_PATTERN})+`, "y");
/** Every character the three kinds of leading noise can start with (LEADING_TIME's spelled out). */
const LEADING_FIRST = charTable([
  ...EDGE_PUNCT,
  ...LEADING_TIME_FIRST_CHARS,
  ...firstChars(LEADING_NOISE),
  ...firstChars(LIGHT_VERBS),
  ...firstChars(PLACE_WORDS),
]);
const MEASURE_WORDS = [
  YEARLY_AVERAGE,
  YEAR_ON_YEAR,
  PERIOD_ON_PERIOD,
  RESPECTIVELY,
  ...AGAINST_LAST_YEAR_WORDS,
  ...CHANGE_WORDS.map(([w]) => w),
  ...NARROWING_WORDS,
];
/** 增加值 and 增长率 are names, not changes. */
const MEASURE_WORD_RE = new RegExp(`(?:${MEASURE_WORDS.join("|")})(?![${NAME_AFTER_CHANGE}])`);
/** Rank names that only say which side of a figure is ranked: 增速位列全区第一 → 新增个体工商户增速. */
export const RANK_ASPECTS = new Set(RANK_ASPECT_WORDS);
const RANK_WORDS = [...RANK_VERBS, ...RANK_SCOPE_WORDS];
const TRAILING_AND_RANK = WordTrie.suffixes([...TRAILING_WORDS, ...RANK_WORDS]);
const TRAILING_AND_RANK_LAST = charTable(lastChars([...TRAILING_WORDS, ...RANK_WORDS]));
const INNER_NOISE_RE = new RegExp(NAME_INNER_NOISE.join("|"), "g");

/** 在小区和公共区域安装充电桩: a place the action happens in opens the clause and is no part of the name. */
const MAX_PLACE = 12;
const LEADING_PLACE = new RegExp(`${PLACE_PREPOSITION}[^,;:]{1,${MAX_PLACE}}?(?:${PLACE_ENDS.join("|")})(?=.{2})`, "y");

/** 街道及村(社区)两级日常检查企业 → 日常检查企业: the levels of government that did it. */
const LEVELS_REACH = 12;
const LEADING_LEVELS = new RegExp(
  `[^,;:]{0,${LEVELS_REACH}}[${LEVEL_OWNERS}][${LEVEL_COUNTS}]${LEVEL_WORD}(?=.{2})`,
  "y",
);
/** The furthest LEADING_LEVELS' 级 can stand from where it is read. */
const LEVEL_WORD_LAST = LEVELS_REACH + 2;
const LEVEL_WORD_CODE = codeOf(LEVEL_WORD);

/** The end of a `sticky` pattern's match read from `at`, or `at` when it does not match there. */
function afterMatch(sticky: RegExp, s: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(s) ? sticky.lastIndex : at;
}

/**
 * The name without the words that open it (one pass of offsets: the string is cut once). `mayHaveLevels`: false
 * when `s` is known to hold no 级 (the levels of government are not looked for).
 */
function stripLeading(s: string, mayHaveLevels = true): string {
  let at = isCharAt(s, 0, PLACE_PREPOSITION_CODE) ? afterMatch(LEADING_PLACE, s, 0) : 0;
  if (mayHaveLevels && indexOfChar(s, LEVEL_WORD_CODE, at, at + LEVEL_WORD_LAST) >= 0)
    at = afterMatch(LEADING_LEVELS, s, at);
  // Offsets stay inside the string: a charCodeAt past its end would slow every later call down.
  while (at < s.length && LEADING_FIRST[s.charCodeAt(at)] === 1) {
    let start = at;
    while (start < s.length && EDGE_PUNCT_CHAR[s.charCodeAt(start)] === 1) start++;
    if (start < s.length && LEADING_TIME_FIRST[s.charCodeAt(start)] === 1) start = afterMatch(LEADING_TIME, s, start);
    at = start;
    const index = LEADING.indexAt(s, start);
    if (index < 0) break;
    const word = LEADING_WORDS[index]!;
    const len = word.length;
    // 为, 在, 对 open a name only as prepositions: keep 在册, 为民 (and one that ends the name).
    const preposition = PREPOSITION_BIT[index]!;
    if (preposition && (start + 1 >= s.length || PREPOSITION_SECOND[s.charCodeAt(start + 1)]! & preposition)) break;
    // 已 and 共 before a verb go (已出动, 共举办).
    if (s.length - start <= len + (len === 1 && !beforeVerb(s, start, word) ? 2 : 0)) break;
    at = start + len;
    if (IS_LIGHT[index]) return withLightVerb(word, s.slice(at));
  }
  return at === 0 ? s : s.slice(at);
}

/** A noun this short says nothing without its light verb (开展监督, 发放补贴); a longer one stands alone. */
const SHORT_NOUN_MAX = 2;

/**
 * 开展监督80余次 → 开展监督, 开展安全宣传 → 安全宣传: a light verb stays before a noun of one or two characters,
 * unless that is a verb of doing itself (开展检查 → 检查).
 */
function withLightVerb(verb: string, noun: string): string {
  return noun.length <= SHORT_NOUN_MAX && LIST_VERBS.wordAt(noun, 0) !== noun ? verb + noun : noun;
}

/** A one-character adverb (at `at`) that never starts a name, or one followed by another noise word (共举办). */
function beforeVerb(s: string, at: number, word: string): boolean {
  return s.length - at > 2 && (ADVERBS_BEFORE_VERBS.includes(word) || LEADING.indexAt(s, at + 1) >= 0);
}

const EDGE_PUNCT_END = charTable(`、,;:${EDGE_CONJUNCTIONS} -—`);

/** The name without the `words` (their last characters in `lastChars`) and punctuation it ends with. */
function stripTrailing(s: string, words = TRAILING, lastChars = TRAILING_LAST, allowEmpty = false): string {
  for (;;) {
    let end = s.length;
    while (end > 0 && EDGE_PUNCT_END[s.charCodeAt(end - 1)] === 1) end--;
    if (end < s.length) s = s.slice(0, end);
    if (end === 0 || lastChars[s.charCodeAt(end - 1)] === 0) return s;
    const w = words.wordAt(s, s.length);
    if (!w) return s;
    // 行为, 作为, 认为; 签约, 最近: the character is part of a word there.
    if (w === WEI && s.length >= 2 && WORD_BEFORE_WEI.includes(s[s.length - 2]!)) return s;
    if (QUALIFIER_WORD_ENDINGS[w]?.includes(s[s.length - 2] ?? "")) return s;
    if (s.length === w.length && !allowEmpty) return s;
    s = s.slice(0, -w.length);
  }
}

const INNER_NOISE_FIRST = charTable(firstChars(NAME_INNER_NOISE));

const INNER_PERIOD = WordTrie.prefixes(INNER_PERIOD_WORDS);
const INNER_PERIOD_FIRST = charTable(firstChars(INNER_PERIOD_WORDS));

/** 3个小区今年完工 → 小区完工: a period word inside a name says when, not what (one that opens it is left to stripLeading). */
function withoutInnerPeriod(s: string): string {
  for (let p = MIN_AROUND_VERB; p < s.length - 1; p++) {
    if (INNER_PERIOD_FIRST[s.charCodeAt(p)] === 0) continue;
    const w = INNER_PERIOD.wordAt(s, p);
    if (w && p + w.length < s.length) return s.slice(0, p) + s.slice(p + w.length);
  }
  return s;
}

function stripInner(s: string): string {
  let i = 0;
  while (i < s.length && INNER_NOISE_FIRST[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  const t = s.replace(INNER_NOISE_RE, "");
  return t.length >= 2 ? t : s;
}

function keepTail(s: string): string {
  return s.length > MAX_NAME ? s.slice(s.length - MAX_NAME) : s;
}

/** Where `s` starts after what trim() takes off its start (no new string). */
function trimmedStart(s: string): number {
  let start = 0;
  while (start < s.length && NAME_STEP_CHARS[s.charCodeAt(start)]! & Step.Space) start++;
  return start;
}

/** Where `s` ends before what trim() takes off its end (no new string). */
function trimmedEnd(s: string): number {
  let end = s.length;
  while (end > 0 && NAME_STEP_CHARS[s.charCodeAt(end - 1)]! & Step.Space) end--;
  return end;
}

function nameStepsFor(s: string): number {
  let steps = 0;
  for (let i = 0; i < s.length; i++) steps |= NAME_STEP_CHARS[s.charCodeAt(i)]!;
  return steps;
}

/** Cleans the text before a figure into a name. `measure` words (同比增长, 位列全区) are dropped for changes and ranks. */
export function nameBefore(raw: string, kind: "level" | "change" | "rank"): string {
  return cleanBefore(raw, kind, nameStepsFor(raw));
}

/**
 * The name of a level from the words before its figure: nameBefore without the verb inside it (withoutInnerVerb,
 * "before"), looked for only when the words hold the first character of one.
 */
export function levelNameBefore(local: string, recipient: boolean): string {
  const steps = nameStepsFor(local);
  const s = cleanBefore(local, "level", steps);
  return steps & Step.InnerVerb ? withoutInnerVerb(s, "before", recipient) : s;
}

/** nameBefore, given the Step bits of `raw`. */
function cleanBefore(raw: string, kind: "level" | "change" | "rank", steps: number): string {
  let s = steps & Step.Space ? raw.trim() : raw;
  if (steps & Step.InnerNoise) s = stripInner(s);
  if (steps & Step.InnerPeriod) s = withoutInnerPeriod(s);
  if (kind === "change") {
    // Cut at the first measure word: 电信网络诈骗发案数同比下降 → 电信网络诈骗发案数.
    const m = MEASURE_WORD_RE.exec(s);
    if (m) s = s.slice(0, m.index);
  }
  if (kind === "rank") s = stripTrailing(s, TRAILING_AND_RANK, TRAILING_AND_RANK_LAST, true);
  // 《关于…》《…》等制度规定 → 制度规定; 社会救助、财政预决算、重点项目等事项 → 事项.
  if (steps & Step.Title && s.includes("《")) s = s.replace(TITLES_BEFORE_ETC, "");
  if (steps & Step.Etc && s.includes(ETC)) s = withListVerb(s, withoutExamples(s));
  if (steps & Step.Member && steps & Step.Level && s.includes(MEMBER_SEPARATOR)) s = categoryOfListedNames(s);
  s = stripLeading(s, (steps & Step.Level) !== 0);
  if (steps & Step.Opening) s = withoutOpenings(s);
  if (steps & Step.Manner) s = afterMannerAdverb(s);
  if (steps & Step.Bracket) s = withoutTrailingAside(memberBeforeAside(s));
  if (steps & Step.Aside) s = withoutInlineAside(s);
  return keepTail(stripTrailing(s));
}

const LIST_VERBS = WordTrie.prefixes(ACTION_VERBS);
const OPENING_FIRSTS = [...firstChars(MANNER_OPENINGS), ...firstChars(DETERMINERS), QUOTE_OPEN];
const OPENING_FIRST = charTable(OPENING_FIRSTS);

/** The name without a word of manner, coordinated verbs, a determiner or a slogan at its start. */
function withoutOpenings(s: string): string {
  // Most names open with none of them: one look at the first character and at the place of 并.
  if (s === "" || (OPENING_FIRST[s.charCodeAt(0)] === 0 && !isCharAt(s, COORDINATED_VERB_LENGTH, VERB_JOINER_CODE)))
    return s;
  return withoutSlogan(withoutDeterminer(withoutCoordinatedVerbs(withoutMannerOpening(s))));
}
const MANNER_OPENING = WordTrie.prefixes(MANNER_OPENINGS);
const MANNER_OPENING_FIRST = charTable(firstChars(MANNER_OPENINGS));

/** 高标准完成 → 完成: a word of manner before a verb says how it was done; before a noun it names (高标准农田). */
function withoutMannerOpening(s: string): string {
  if (!s || MANNER_OPENING_FIRST[s.charCodeAt(0)] === 0) return s;
  const manner = MANNER_OPENING.wordAt(s, 0);
  if (!manner) return s;
  const rest = s.slice(manner.length);
  return LEADING.wordAt(rest, 0) || LIST_VERBS.wordAt(rest, 0) ? rest : s;
}

/** 公开社会救助、财政预决算、重点项目等事项 → 公开事项: a kind of one or two characters keeps the verb of its examples. */
function withListVerb(whole: string, kind: string): string {
  if (kind === whole || kind.length > SHORT_NOUN_MAX) return kind;
  const lead = stripLeading(whole);
  const verb = LIST_VERBS.wordAt(lead, 0) || LIGHT_ENDS.wordAt(whole, whole.length - lead.length);
  return verb + kind;
}

const VERB_JOINER_CODE = codeOf(VERB_JOINER);

/** 上报并处理网格事件 → 网格事件: two verbs joined by 并 say what was done to the noun after them, not what it is. */
function withoutCoordinatedVerbs(s: string): string {
  const after = 2 * COORDINATED_VERB_LENGTH + 1;
  return s.length - after > SHORT_NOUN_MAX && s.charCodeAt(COORDINATED_VERB_LENGTH) === VERB_JOINER_CODE
    ? s.slice(after)
    : s;
}

const DETERMINER = WordTrie.prefixes(DETERMINERS);
const DETERMINER_FIRST = charTable(firstChars(DETERMINERS));

/** 各类文体活动 → 文体活动: a determiner before a noun that says what is counted by itself (各类活动 stays). */
function withoutDeterminer(s: string): string {
  if (!s || DETERMINER_FIRST[s.charCodeAt(0)] === 0) return s;
  const w = DETERMINER.wordAt(s, 0);
  return w && s.length - w.length > SHORT_NOUN_MAX ? s.slice(w.length) : s;
}

const SLOGAN_SEPARATOR = charTable(SLOGAN_SEPARATORS);
const QUOTE_OPEN_CODE = codeOf(QUOTE_OPEN);
const QUOTE_CLOSE_CODE = codeOf(QUOTE_CLOSE);

/**
 * “奋进新时代 争当新工匠”技能竞赛 → 技能竞赛: a slogan of several phrases in quotes before a noun phrase is its
 * motto, not its name; a quoted term (“散乱污”企业, “保险+服务”模式) stays.
 */
function withoutSlogan(s: string): string {
  if (!opensWith(s, QUOTE_OPEN_CODE)) return s;
  const close = s.indexOf(QUOTE_CLOSE);
  if (close < 0 || s.length - close - 1 < MIN_AFTER_SLOGAN) return s;
  for (let k = 1; k < close; k++) if (SLOGAN_SEPARATOR[s.charCodeAt(k)] === 1) return s.slice(close + 1);
  return s;
}

/**
 * 道路改造工程、新建候车亭(沿线8个: a figure inside an aside counts the list member just before the
 * bracket (新建候车亭), not the whole list.
 */
function memberBeforeAside(s: string): string {
  const open = lastIndexOfChar(s, OPEN_BRACKET);
  if (open < 0 || s.includes(")", open)) return s;
  const member = s.slice(lastIndexOfChar(s, MEMBER_SEPARATOR_CODE, open) + 1, open);
  return member.length >= MIN_AROUND_VERB && member.length < open ? member : s;
}

const MANNER = WordTrie.prefixes(MANNER_ADVERBS);
const MANNER_FIRST = charTable(firstChars(MANNER_ADVERBS));

/** A verb and its object after the adverb: a bare verb (整治成功销号) leaves the subject its name. */
const MIN_AFTER_MANNER = 4;

/** 远程连线成功调处矛盾纠纷 → 调处矛盾纠纷: what goes before an adverb of manner is how, not what. */
function afterMannerAdverb(s: string): string {
  for (let p = 2; p < s.length; p++) {
    if (MANNER_FIRST[s.charCodeAt(p)] === 0) continue;
    const w = MANNER.wordAt(s, p);
    if (w && s.length - p - w.length >= MIN_AFTER_MANNER) return s.slice(p + w.length);
  }
  return s;
}

const CATEGORY_LEVEL = WordTrie.prefixes(CATEGORY_LEVELS);
const CATEGORY_LEVEL_FIRST = charTable(firstChars(CATEGORY_LEVELS));
/** The fewest characters of a proper name listed before a category (阳光地带省级示范小区). */
const MIN_LISTED_NAME = 2;

/**
 * 天湖公寓、阳光地带省级垃圾分类示范小区 → 省级垃圾分类示范小区: names listed before a category of a level
 * (省级, 市级) are its examples; the level word opens what is counted.
 */
function categoryOfListedNames(s: string): string {
  const last = lastIndexOfChar(s, MEMBER_SEPARATOR_CODE);
  for (let p = last + 1 + MIN_LISTED_NAME; p < s.length - MIN_AROUND_VERB; p++) {
    if (CATEGORY_LEVEL_FIRST[s.charCodeAt(p)] === 0) continue;
    const w = CATEGORY_LEVEL.wordAt(s, p);
    if (w && s.length - p - w.length >= MIN_AROUND_VERB) return s.slice(p);
  }
  return s;
}

const TITLES_BEFORE_ETC = new RegExp(`(?:《[^》]{0,60}》)+${ETC}`, "g");
const LIST_END = new RegExp(`、[^、]{1,12}${ETC}([^、${ETC}]{2,})$`);
const EXAMPLE_END = new RegExp(`[^、${ETC}]{2}${ETC}([^、${ETC}]{2,})$`);

/**
 * The kind a name's examples stand for: 社会救助、财政预决算、重点项目等事项 → 事项; 新增小街小巷等环卫作业面 →
 * 环卫作业面; 等 inside a word (高等院校, 同等条件) stays.
 */
function withoutExamples(s: string): string {
  const list = LIST_END.exec(s) ?? EXAMPLE_END.exec(s);
  if (!list) return s;
  const at = s.length - list[1]!.length - 1;
  return ETC_WORD_BEFORE.includes(s[at - 1]!) || ETC_WORD_AFTER.includes(s[at + 1]!) ? s : list[1]!;
}

const ASIDE = WordTrie.prefixes(ASIDE_OPENERS);
const ASIDE_FIRST = charTable(firstChars(ASIDE_OPENERS));
/** Characters a name keeps before an aside opener (入驻企业新增面积含…). */
const MIN_BEFORE_ASIDE = 2;

/** An aside said without brackets: 入驻企业新增面积含新增楼宇 → 入驻企业新增面积; 含量 and 含税 stay. */
export function withoutInlineAside(name: string): string {
  for (let p = MIN_BEFORE_ASIDE; p < name.length; p++) {
    if (ASIDE_FIRST[name.charCodeAt(p)] === 0) continue;
    const w = ASIDE.wordAt(name, p);
    const after = name[p + w.length];
    if (w && after !== undefined && !NOT_ASIDE_AFTER.includes(after) && name.length - p - w.length >= 2)
      return name.slice(0, p);
  }
  return name;
}

const IDEOGRAPHIC_COMMA = "、".charCodeAt(0);
const COMMA = ",".charCodeAt(0);
const ADVERBS = WordTrie.prefixes(PREDICATE_START_ADVERBS);
const LONGEST_ADVERB = Math.max(...PREDICATE_START_ADVERBS.map((w) => w.length));
/** U+2028 and U+2029: line and paragraph separators. */
const isLineSeparator = (code: number) => code === 0x2028 || code === 0x2029;
const PREDICATE = WordTrie.prefixes(PREDICATE_ADVERBS);
/** Every word a predicate after a noun may start with. */
const PREDICATE_WORDS = [...PREDICATE_ADVERBS, ...PREDICATE_START_ADVERBS, ...RESULT_PREDICATES];
const PREDICATE_FIRST = charTable(firstChars(PREDICATE_WORDS));
const RESULTS = WordTrie.prefixes(RESULT_PREDICATES);
const ASPECT = WordTrie.prefixes(ASPECT_VERBS);
const RESULT = WordTrie.suffixes(RESULT_VERBS);

/** What a predicate does to the noun before it, without its aspect verb or a verb of carrying through. */
function predicateObject(predicate: string): string {
  let s = predicate.slice(ASPECT.wordAt(predicate, 0).length);
  for (let w = RESULT.wordAt(s, s.length); w; w = RESULT.wordAt(s, s.length)) s = s.slice(0, -w.length);
  // 全部实现“人来登记,人走注销”: a quotation the clause break cut off names nothing.
  return lastIndexOfChar(s, QUOTE_OPEN_CODE) > lastIndexOfChar(s, QUOTE_CLOSE_CODE) ? "" : s;
}

/** A trailing aside, closed or cut off: 商务楼宇税收(不含房地产) → 商务楼宇税收. */
export function withoutTrailingAside(name: string): string {
  const open = lastIndexOfChar(name, OPEN_BRACKET);
  if (open < 2) return name;
  const close = name.indexOf(")", open);
  return close < 0 || close === name.length - 1 ? name.slice(0, open) : name;
}

/** A name that only says which side of something is measured (办结率, 总面积, 占全年计划): it needs its owner's name. */
export function isRelativeName(name: string): boolean {
  if (name.length > LONGEST_RELATIVE_NAME && !name.startsWith(SHARE_OF)) return false;
  return (
    RELATIVE_NAMES.includes(name) ||
    (name.length <= RELATIVE_RATE.maxLength && name.endsWith(RELATIVE_RATE.ending)) ||
    name.startsWith(SHARE_OF) ||
    BENEFIT_VERBS.includes(name) ||
    (name.length <= RELATIVE_RATE_VERB_MAX && RELATIVE_RATE_ENDINGS.some((e) => name.endsWith(e)))
  );
}

/** No name longer than this is relative, unless it opens with SHARE_OF. */
const LONGEST_RELATIVE_NAME = Math.max(
  ...[...RELATIVE_NAMES, ...BENEFIT_VERBS].map((w) => w.length),
  RELATIVE_RATE.maxLength,
  RELATIVE_RATE_VERB_MAX,
);

/** 整改问题31个,整改率100%: a rate whose verb (整改) the owner's name already says names itself. */
export function restatesOwner(owner: string, rate: string): boolean {
  if (!rate.endsWith(RELATIVE_RATE.ending)) return false;
  const verb = rate.slice(0, -RELATIVE_RATE.ending.length);
  return verb.length >= 2 && owner.includes(verb);
}

/** True when the words before a figure end in the 的 of a modifier (巡察反馈的70个问题). */
export function endsWithModifierMark(local: string): boolean {
  const end = trimmedEnd(local);
  return end > 0 && local.charCodeAt(end - 1) === MODIFIER_MARK_CODE;
}

/**
 * A noun with the modifier before it: a short one joins it without 的 (在册的困境儿童 → 在册困境儿童), a clause
 * of its own is left out (排查出的全县域范围内的纳污坑塘 → 纳污坑塘), others keep 的 (巡察反馈的问题).
 */
export function modifiedName(modifier: string, noun: string): string {
  if (isWeakName(noun)) return modifier;
  if (modifier.length <= MODIFIER_LENGTHS.joined) return modifier + noun;
  if (modifier.length > MODIFIER_LENGTHS.kept || modifier.includes(MODIFIER_MARK)) return noun;
  return modifier + MODIFIER_MARK + noun;
}

const FRAME_END = WordTrie.suffixes(FRAME_ENDS);
const LEADING_LABEL = new RegExp(`^(?:${NUMERAL_LABEL_PATTERN})`);

/** What a clause like 在三轮安全生产专项整治中 frames (安全生产专项整治), or "" when it frames nothing. */
export function frameOf(clause: string): string {
  const s = clause.trim();
  const end = FRAME_END.wordAt(s, s.length);
  if (!end) return "";
  const frame = nameBefore(s.slice(0, s.length - end.length), "level").replace(LEADING_LABEL, "");
  return isWeakName(frame) ? "" : frame;
}

/** How far after a 、 the 级 of levels said together stands (市级, 乡两级). */
const SHARED_LEVEL_REACH = 3;

/** The words after a figure, and which name-cleaning steps (Step bits) can change them. */
interface WordsAfter {
  words: string;
  steps: number;
}

/** The words after a figure up to the clause end or the next 、, without cue words (one pass over the text). */
function wordsAfter(text: string, from: number, limit: number): WordsAfter {
  const start = isCharAt(text, from, MODIFIER_MARK_CODE) ? from + 1 : from;
  let end = start;
  let steps = 0;
  const max = Math.min(limit, from + 30);
  for (;;) {
    for (; end < max; end++) {
      const bits = NAME_STEP_CHARS[text.charCodeAt(end)]!;
      if (bits & Step.WordsEnd) break;
      steps |= bits;
    }
    // 588个省、市级美丽乡村: levels said together (省、市级, 县、乡两级) name one thing, not a list.
    if (end - from !== 1 || end >= max || text.charCodeAt(end) !== IDEOGRAPHIC_COMMA) break;
    if (!text.slice(end + 1, end + 1 + SHARED_LEVEL_REACH).includes(LEVEL_WORD)) break;
    end++;
  }
  let words = text.slice(start, end);
  if (steps & Step.InnerNoise) words = stripInner(words);
  if (steps & Step.InnerPeriod) words = withoutInnerPeriod(words);
  return { words, steps };
}

/**
 * Where the predicate after a noun starts: 困境儿童共发放生活补贴 (an adverb, the noun two characters at
 * least) and what it does to the noun after a predicate adverb (纳污坑塘全部整治到位 → 整治), or null.
 */
function splitPredicate(s: string): { at: number; object: string | null } | null {
  for (let p = 2; p < s.length; p++) {
    if (PREDICATE_FIRST[s.charCodeAt(p)] === 0) continue;
    if (isLineSeparator(s.charCodeAt(p - 2)) || isLineSeparator(s.charCodeAt(p - 1))) continue;
    const adverb = PREDICATE.wordAt(s, p);
    if (adverb) return { at: p, object: predicateObject(s.slice(p + adverb.length)) };
    if (ADVERBS.wordAt(s, p)) return { at: p, object: null };
    const result = resultAt(s, p);
    if (result) return { at: p, object: result };
  }
  return null;
}

/** 270名员工完成“点对点”接送 → “点对点”接送: what a verb of result does to the noun before it; not 完成率. */
function resultAt(s: string, p: number): string {
  const verb = RESULTS.wordAt(s, p);
  if (!verb || NAME_AFTER_CHANGE.includes(s[p + verb.length] ?? "")) return "";
  const object = predicateObject(s.slice(p + verb.length));
  return object.length >= MIN_AROUND_VERB ? object : "";
}

const INNER_VERB_LIST = [...INNER_VERB_WORDS, ...TITLE_VERBS, ...DUMMY_VERBS];
const INNER_VERBS = WordTrie.prefixes(INNER_VERB_LIST);
const INNER_VERB_FIRST = charTable(firstChars(INNER_VERB_LIST));
const ADVERB_BEFORE = WordTrie.suffixes(PREDICATE_START_ADVERBS);
/** The fewest characters a subject or object around an inner verb has. */
const MIN_AROUND_VERB = 2;

/** A name with a verb inside: 社区举办“百姓微舞台” → 社区 | 举办 | “百姓微舞台” (an adverb before the verb goes too). */
interface InnerVerb {
  subject: string;
  verb: string;
  object: string;
}

function innerVerb(s: string): InnerVerb | null {
  for (let p = MIN_AROUND_VERB; p < s.length - MIN_AROUND_VERB; p++) {
    if (INNER_VERB_FIRST[s.charCodeAt(p)] === 0) continue;
    const verb = INNER_VERBS.wordAt(s, p);
    if (!verb || s.length - p - verb.length < MIN_AROUND_VERB) continue;
    const subjectEnd = p - ADVERB_BEFORE.wordAt(s, p).length;
    if (subjectEnd < MIN_AROUND_VERB) continue;
    return { subject: s.slice(0, subjectEnd), verb, object: s.slice(p + verb.length) };
  }
  return null;
}

/**
 * A name without the verb inside it. A title won (7个居民区获评示范社区) names what is counted; what was given
 * to counted recipients keeps both (为15名困境儿童共发放生活补贴13万元 → 困境儿童生活补贴); otherwise the subject
 * is who did it (社区村举办“百姓微舞台”5场 → “百姓微舞台”), or, after a count, the counted (21家商户发放奖励 → 商户).
 */
export function withoutInnerVerb(s: string, at: "before" | "after", recipient: boolean): string {
  const inner = innerVerb(s);
  if (!inner) return s;
  if (TITLE_VERBS.includes(inner.verb)) return inner.object;
  if (DUMMY_VERBS.includes(inner.verb)) return inner.subject + inner.object;
  if (recipient) return inner.subject + inner.object;
  return at === "before" ? inner.object : inner.subject;
}

const MEASURE_NOUN_ENDS = WordTrie.suffixes(MEASURE_NOUNS);

/**
 * 29幢商务楼宇税收3.7亿元: the noun after a count that runs into the next figure ends in what that figure
 * measures (税收); the count counts the rest (商务楼宇).
 */
export function countedBeforeMeasure(a: string): string {
  const noun = MEASURE_NOUN_ENDS.wordAt(a, a.length);
  return noun && a.length - noun.length >= MIN_AROUND_VERB ? a.slice(0, -noun.length) : a;
}

/** The longest name that may stand for another with its head left out (四星级 for 四星级垃圾房). */
const ELIDED_NAME_MAX = 4;
const NUMERAL_CHAR = charTable([...Object.keys(CN_DIGITS), ...Object.keys(SCALES)].join(""));

/**
 * 五星级垃圾房 then 四星级: the short name with the head of the one before (四星级垃圾房); else the name as is.
 * A name that opens with a numeral replaces the whole numeral of the one before (千万元以上 then 亿元以上).
 */
export function withElidedHead(before: string, name: string): string {
  if (before.includes(name)) return name;
  let numeral = 0;
  while (numeral < name.length && NUMERAL_CHAR[name.charCodeAt(numeral)] === 1) numeral++;
  const shared = name.slice(Math.max(numeral, 1));
  if (shared.length < MIN_AROUND_VERB || shared.length >= ELIDED_NAME_MAX) return name;
  const at = before.indexOf(shared);
  if (at < 1) return name;
  if (numeral > 0) {
    let from = at;
    while (from > 0 && NUMERAL_CHAR[before.charCodeAt(from - 1)] === 1) from--;
    if (from === at) return name;
    return before.slice(0, from) + name + before.slice(at + shared.length);
  }
  if (before[at - 1] === name[0] || at + shared.length === before.length) return name;
  return before.slice(0, at - 1) + name + before.slice(at + shared.length);
}

/** The length of a bare word that may stand for a compound said before it (检查 for 食品安全检查). */
const BARE_WORD_LENGTH = 2;
const MANNER_MODIFIER_ENDS = WordTrie.suffixes(MANNER_MODIFIERS);
const LIGHT_ENDS = WordTrie.suffixes(LIGHT_VERBS);
const DIGIT = /[0-9]/;

/** 共巡查299家 → 巡查: a name of one two-character word (after an adverb of amount) right before its figure, or "". */
function bareWordBefore(name: string, text: string, at: number): string {
  if (name.length > BARE_WORD_LENGTH + LONGEST_ADVERB) return "";
  const adverb = ADVERBS.wordAt(name, 0).length;
  if (name.length - adverb !== BARE_WORD_LENGTH) return "";
  const bare = name.slice(adverb);
  return text.startsWith(bare, at - BARE_WORD_LENGTH) ? bare : "";
}

/** The longest topic a first clause may give a bare word (老年助餐 for 服务). */
const TOPIC_MAX = 4;

/**
 * 积极推动老年助餐,…,累计服务16万人次 → 老年助餐服务: a bare word right before its figure takes the topic the first
 * clause of the sentence (clauseStart to clauseEnd) carries on with a light verb, when that is short and no verb
 * itself; else "".
 */
export function withTopic(name: string, text: string, at: number, clauseStart: number, clauseEnd: number): string {
  const bare = bareWordBefore(name, text, at);
  if (!bare) return "";
  const firstClause = text.slice(clauseStart, clauseEnd);
  const topic = nameBefore(firstClause, "level");
  if (topic.length < MIN_AROUND_VERB || topic.length > TOPIC_MAX || isWeakName(topic)) return "";
  // What a light verb carries on (推动老年助餐), not a phrase of its own (…等为重点).
  const verb = LIGHT_ENDS.wordAt(firstClause, firstClause.length - topic.length);
  return verb && LIST_VERBS.wordAt(topic, 0) !== topic ? topic + bare : "";
}

/**
 * 开展餐饮油烟常态化巡查,共巡查299家 → 餐饮油烟巡查: a bare two-character name (after an adverb of amount) said
 * right before its figure (at `at`) and earlier in the sentence at the end of a longer phrase stands for that phrase,
 * without a word of manner; else "".
 */
export function compoundBefore(name: string, text: string, sentenceStart: number, at: number): string {
  const bare = bareWordBefore(name, text, at);
  if (!bare) return "";
  const first = sentenceStart + MIN_AROUND_VERB;
  // Searched for in the sentence only (on the whole text, a miss reads back to its start).
  const sentence = text.slice(sentenceStart, at - 1);
  const earlier = (before: number) => sentence.lastIndexOf(bare, before - sentenceStart) + sentenceStart;
  for (let k = earlier(at - bare.length - 1); k >= first; k = earlier(k - 1)) {
    let start = k;
    while (start > sentenceStart && !isClauseBreakAt(text, start - 1)) start--;
    const phrase = text.slice(start, k);
    // 第一年每1位名校长: a figure inside makes it no compound; 大力开展植树: nor does a verb before the word.
    if (DIGIT.test(phrase) || LIGHT_ENDS.wordAt(phrase, phrase.length)) continue;
    let modifier = nameBefore(phrase, "level");
    modifier = modifier.slice(0, modifier.length - MANNER_MODIFIER_ENDS.wordAt(modifier, modifier.length).length);
    if (modifier.length >= MIN_AROUND_VERB && !isWeakName(modifier)) return modifier + bare;
  }
  return "";
}

const REMEDIES = WordTrie.prefixes(REMEDY_VERBS);

/** True when a name is verbs of remedy alone (取缔, 整改提升): what they were done to is said elsewhere. */
export function isBareRemedy(name: string): boolean {
  let p = 0;
  while (p < name.length) {
    const w = REMEDIES.wordAt(name, p);
    if (!w) return false;
    p += w.length;
  }
  return p > 0;
}

/** What the first verb of remedy in a clause is done to (强力整治…等“散乱污”企业 → “散乱污”企业), or "". */
export function objectOfRemedy(clause: string): string {
  for (let p = 0; p < clause.length - BARE_WORD_LENGTH; p++) {
    if (!REMEDIES.opensAt(clause, p)) continue;
    const verb = REMEDIES.wordAt(clause, p);
    if (!verb) continue;
    const object = nameBefore(clause.slice(p + verb.length), "level");
    return isWeakName(object) || isBareRemedy(object) ? "" : object;
  }
  return "";
}

export const MEMBER_SEPARATOR = "、";
const MEMBER_SEPARATOR_CODE = codeOf(MEMBER_SEPARATOR);

/**
 * The characters a name-cleaning step looks for first, one bit per step: one pass over the words before a
 * figure tells which steps can change them (each step keeps or drops characters, never adds others).
 */
const enum Step {
  InnerNoise = 1 << 0,
  InnerPeriod = 1 << 1,
  Title = 1 << 2,
  Etc = 1 << 3,
  Member = 1 << 4,
  Manner = 1 << 5,
  Aside = 1 << 6,
  Bracket = 1 << 7,
  /** 级 of levels of government (街道及村两级), or the last character of a category level (省级). */
  Level = 1 << 8,
  /** What trim() takes off the ends. */
  Space = 1 << 9,
  /** The words after a figure: where a predicate or a verb inside may start, 的, and where they end. */
  Predicate = 1 << 10,
  InnerVerb = 1 << 11,
  ModifierMark = 1 << 12,
  WordsEnd = 1 << 13,
  /** A word of manner, a determiner, a quote or the 并 of coordinated verbs that may open a name. */
  Opening = 1 << 14,
}
/** Every character String.prototype.trim removes. */
const TRIMMED = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c)).filter((ch) => ch.trim() === "");
const NAME_STEP_CHARS = wideCharTable(
  firstChars(NAME_INNER_NOISE),
  firstChars(INNER_PERIOD_WORDS),
  "《",
  ETC,
  MEMBER_SEPARATOR,
  firstChars(MANNER_ADVERBS),
  firstChars(ASIDE_OPENERS),
  "(",
  [LEVEL_WORD, ...lastChars(CATEGORY_LEVELS)],
  TRIMMED,
  firstChars(PREDICATE_WORDS),
  firstChars(INNER_VERB_LIST),
  MODIFIER_MARK,
  [...CLAUSE_BREAK, MEMBER_SEPARATOR],
  [...OPENING_FIRSTS, VERB_JOINER],
);

/** charTable with up to 16 sets: the bits of the sets after the eighth from a second table, shifted up. */
function wideCharTable(...kindSets: readonly Iterable<string>[]): Uint16Array {
  const low = charTable(...kindSets.slice(0, 8));
  const high = charTable(...kindSets.slice(8));
  return Uint16Array.from(low, (bits, c) => bits | (high[c]! << 8));
}

/** 限上批发业企业销售额 and 限上零售业企业销售额 → 限上批发、零售业企业销售额: the parts they share said once. */
export function joinNames(names: readonly string[]): string {
  const first = names[0]!;
  let pre = 0;
  while (pre < first.length && names.every((n) => n[pre] === first[pre])) pre++;
  const shortest = Math.min(...names.map((n) => n.length));
  let suf = 0;
  while (suf < shortest - pre && names.every((n) => n[n.length - 1 - suf] === first[first.length - 1 - suf])) suf++;
  // A one-character part is a word cut in two (工、服务业): give it back the shared character after it.
  while (suf > 0 && names.some((n) => n.length - suf - pre < MIN_AROUND_VERB)) suf--;
  const middles = names.map((n) => n.slice(pre, n.length - suf));
  if (middles.some((m) => !m)) return names.join(MEMBER_SEPARATOR);
  return first.slice(0, pre) + middles.join(MEMBER_SEPARATOR) + first.slice(first.length - suf);
}

/** True when the words before a count list members that all end in the noun after it (A清单、B清单3张清单). */
export function namesListedMembers(before: string, after: string): boolean {
  if (!after || !before.includes(MEMBER_SEPARATOR)) return false;
  for (let start = 0, end = 0; end < before.length; start = end + 1) {
    end = before.indexOf(MEMBER_SEPARATOR, start);
    if (end < 0) end = before.length;
    if (end - start <= after.length || !before.startsWith(after, end - after.length)) return false;
  }
  return true;
}

const SCOPE = WordTrie.suffixes(SCOPE_VERBS);

/** 河道续建工程涉及3条河道: the topic before a verb of scope, or "" (the count then names what follows it). */
export function topicBefore(local: string): string {
  const end = trimmedEnd(local);
  const verb = SCOPE.wordAt(local, end);
  const topic = verb ? nameBefore(local.slice(0, end - verb.length), "level") : "";
  return topic.length >= MIN_AROUND_VERB && !isWeakName(topic) ? topic : "";
}

/** 为30名残疾人提供就业指导: the words before a count make it the recipient of what the verb after it gives. */
export function isRecipientFrame(local: string): boolean {
  const start = trimmedStart(local);
  // A count that opens its clause is read as given to as well (21家商户发放消费券5万元 → 商户消费券).
  return start === local.length || RECIPIENT_FIRST[local.charCodeAt(start)] === 1;
}
const RECIPIENT_FIRST = charTable(RECIPIENT_PREPOSITIONS);
/** Marks a noun after a count may open with besides a letter (“散乱污”企业, 《条例》). */
const NAME_OPENING_MARKS = charTable('“"《');

/**
 * The noun phrase after a count (完成3个转化达产项目 → 转化达产项目), or "" when there is none. `recipient`: the
 * count is of those something is given to, and nothing else of the clause has a figure.
 */
export function nameAfter(text: string, from: number, limit: number, recipient = false): string {
  const { words, steps } = wordsAfter(text, from, limit);
  let s = words;
  if (steps & Step.Predicate) {
    const predicate = splitPredicate(s);
    if (predicate) s = s.slice(0, predicate.at) + (predicate.object ?? "");
  }
  if (steps & Step.InnerVerb) s = withoutInnerVerb(s, "after", recipient);
  if (!s || !(isHanAt(s, 0) || isLatinAt(s, 0) || NAME_OPENING_MARKS[s.charCodeAt(0)] === 1)) return "";
  if (NOT_A_NOUN.indexAt(s, 0) >= 0) return "";
  s = withoutSlogan(s);
  if (steps & Step.ModifierMark) s = activityOfCounted(s);
  s = withoutTaskWord(s);
  if (steps & Step.Bracket) s = withoutTrailingAside(s);
  return stripTrailing(s);
}

const ACTION_ENDS = WordTrie.suffixes(ACTION_VERBS);

/**
 * 6个点位的墙绘绘制 → 墙绘绘制点位: after a count, a short counted noun with 的 and what is done there (ending
 * in a verb of doing); what the counted own stays as it is (村民的回迁梦).
 */
function activityOfCounted(s: string): string {
  const mark = s.indexOf(MODIFIER_MARK);
  if (mark < 1 || mark > SHORT_NOUN_MAX || s.length - mark - 1 < MIN_AROUND_VERB) return s;
  const activity = s.slice(mark + 1);
  return ACTION_ENDS.wordAt(activity, activity.length) ? activity + s.slice(0, mark) : s;
}

const TASK_ENDINGS = WordTrie.suffixes([...TASK_WORDS, ...NOMINALISED_VERBS]);

/** 开展3次安全宣传工作 → 安全宣传, 1个示范社区创建 → 示范社区; a short name keeps the word (宣传工作). */
export function withoutTaskWord(s: string): string {
  const task = TASK_ENDINGS.wordAt(s, s.length);
  return task && s.length > task.length + 2 ? s.slice(0, -task.length) : s;
}

/** What the predicate after the noun after a figure does to it (2所敬老院全部完成煤改气 → 煤改气), or "". */
export function predicateAfter(text: string, from: number, limit: number): string {
  const object = splitPredicate(wordsAfter(text, from, limit).words)?.object;
  return object ? stripTrailing(withoutTrailingAside(object)) : "";
}

/** What can follow a figure without being the noun it counts: comparisons, qualifiers, adverbs, modals. */
const NOT_A_NOUN = WordTrie.prefixes(NOT_A_NOUN_AFTER);

/** True when a name says nothing on its own (完成, 新增, 其中) and should come from a neighbour. */
export function isWeakName(name: string): boolean {
  return (
    name.length <= 1 || (name.length <= LONGEST_EMPTY_NAME && EMPTY_FIRST[name.charCodeAt(0)] === 1 && EMPTY.has(name))
  );
}
/** Empty names, and a verb left alone (稳定在, 超过, 发布): 连续五年稳定在28万吨以上 names nothing itself. */
const EMPTY = new Set([...EMPTY_NAMES, ...TRAILING_NOISE, ...LIGHT_VERBS, ...PLACE_WORDS]);
const LONGEST_EMPTY_NAME = Math.max(...[...EMPTY].map((w) => w.length));
/** First characters of EMPTY: most names are not looked up (a Set hashes a new string each time). */
const EMPTY_FIRST = charTable(firstChars(EMPTY));

const INDICATOR_ENDING = new RegExp(`[${INDICATOR_ENDINGS}]$`);

/** True when a change record's own words name an indicator (…收入, …总值, …率) rather than a circumstance. */
export function namesAnIndicator(name: string): boolean {
  return INDICATOR_ENDING.test(name);
}

/** The longest noun after a comma that still continues the verb of the clause before (更换管阀74套,灶具32套). */
const CLAUSE_NOUN_MAX = 3;

/**
 * 排摸楼宇29幢、企业单位1084家: the verb a list item that is only a noun (`name`, all of the words `between` the
 * figure before and its own) shares with the item before (`before`), or "". An item opening with a verb of its
 * own keeps it; after a comma only a short noun continues the clause before.
 */
export function sharedListVerb(before: string, between: string, name: string): string {
  if (between.length !== name.length + 1 || !between.endsWith(name) || isWeakName(name)) return "";
  const separator = between.charCodeAt(0);
  if (separator !== IDEOGRAPHIC_COMMA && (separator !== COMMA || name.length > CLAUSE_NOUN_MAX)) return "";
  if (LIST_VERBS.wordAt(name, 0)) return "";
  const verb = LIST_VERBS.wordAt(before, 0);
  return verb && before.length - verb.length >= MIN_AROUND_VERB ? verb : "";
}

/** True when a phrase is an action done to what is named before it (外立面整治, 顶楼拆改): it ends in a verb of doing. */
export function endsWithAction(s: string): boolean {
  const verb = ACTION_ENDS.wordAt(s, s.length);
  return verb !== "" && s.length > verb.length;
}

/**
 * 1条重点道路、3条其他道路外立面整治和背街环境提升: the action the last item of a list (`last`) carries after
 * the head it shares with the item before (`before`: 重点道路 and 其他道路 share 道路), up to a conjunction that
 * joins another object (外立面整治); where that action starts in `last`, or null.
 */
export function actionAfterSharedHead(before: string, last: string): { at: number; action: string } | null {
  for (let h = before.length; h >= MIN_AROUND_VERB; h--) {
    const at = last.indexOf(before.slice(-h));
    if (at <= 0) continue;
    const start = at + h;
    let end = start;
    while (end < last.length && !EDGE_CONJUNCTIONS.includes(last[end]!)) end++;
    const action = last.slice(start, end);
    return endsWithAction(action) ? { at: start, action } : null;
  }
  return null;
}

const INDICATOR_HEAD = WordTrie.prefixes(INDICATOR_HEADS);
const INDICATOR_HEAD_END = WordTrie.suffixes(INDICATOR_HEADS);

/**
 * SUV汽车、新能源汽车、太阳能电池产量 for `count` figures: each member with the indicator the last one ends in
 * (SUV汽车产量, 新能源汽车产量, 太阳能电池产量); a member that ends in one of its own keeps it (空气质量综合指数).
 * Null when the members are not as many as the figures or the last names no indicator.
 */
export function respectiveMembers(name: string, count: number): string[] | null {
  const members = name.split(MEMBER_SEPARATOR);
  if (members.length !== count || members.some((m) => m.length < MIN_AROUND_VERB)) return null;
  const last = members[count - 1]!;
  let at = MIN_AROUND_VERB;
  while (at < last.length && !INDICATOR_HEAD.wordAt(last, at)) at++;
  if (at === last.length) return null;
  // 粮食、蔬菜播种面积: members as long as each other stand for as much of the last (播种面积 is shared).
  const parallel = members[0]!.length;
  if (members.every((m, k) => k === count - 1 || m.length === parallel) && at - parallel >= MIN_AROUND_VERB)
    at = parallel;
  const head = last.slice(at);
  return members.map((m, k) => (k === count - 1 || INDICATOR_HEAD_END.wordAt(m, m.length) ? m : m + head));
}
