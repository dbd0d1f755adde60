// Who reports: the government a report is by (its body) and the unit directly above it (its parent).
// With a gazetteer the names are China's administrative units and the parent comes from it; without one,
// names are found by their suffixes and the parent only where the text writes it before the body.
import type { Gazetteer } from "../gazetteer/gazetteer.ts";
import { stemOf, suffixEndingAt, suffixOf } from "../gazetteer/gazetteer.ts";
import { WordTrie, charTable, isDigitAt, isHanAt, isHanCode, lastChars, type TextIndex } from "./text.ts";
import { ADMIN_LEVELS, SESSION_TERM } from "./lexicon.ts";
import { ORDINAL, SMALL_NUMERAL } from "./lexicon/numerals.ts";
import { ARABIC_YEAR, YEAR_PERIOD_MARK, YEAR_WORD } from "./lexicon/time.ts";
import {
  ASSEMBLY_WORDS,
  LEVEL_CHARS_BEFORE_NAME,
  NAME_STOP_CHARS,
  PEOPLES_GOVERNMENT,
  SPEAKING_FOR,
  SUFFIX_LEVEL_WORDS,
  GOVERNMENT_WORDS,
  ISSUER_LABELS,
  NAME_OPENING_STOPS,
  NATIONAL_BODY,
  NATIONAL_MARKS,
  SELF_REFERENCE_LEVELS,
  SELF_REFERENCE_OPENERS,
  SUFFIX_LED_WORDS,
  COMPARISON_AFTER,
} from "./lexicon/places.ts";

/** Where a report's header (title, issuer, speech line) stands. */
export const HEADER_SPAN = 400;
const YEAR_BEFORE_GOVERNMENT = new RegExp(`^${ARABIC_YEAR}${YEAR_WORD}${YEAR_PERIOD_MARK}?`);

const GOVERNMENT = WordTrie.prefixes(GOVERNMENT_WORDS);
const SUFFIX_LED = WordTrie.prefixes(SUFFIX_LED_WORDS);
const OPENING_STOPS = WordTrie.prefixes(NAME_OPENING_STOPS);
const SELF_LEVELS = WordTrie.prefixes(SELF_REFERENCE_LEVELS);
const COMPARISON = WordTrie.prefixes(COMPARISON_AFTER);
/** An assembly named after the body: 高阳县第十七届人民代表大会, 城南区人大. */
const ASSEMBLY_AFTER = new RegExp(`^(?:${ORDINAL}${SMALL_NUMERAL}${SESSION_TERM}|${ASSEMBLY_WORDS.join("|")})`);

export interface Body {
  body: string | null;
  parent: string | null;
}

/** A name written in the text, with what its mentions say of it. */
interface Named {
  name: string;
  /** Gazetteer units of that name (none when it is not in the gazetteer or there is none). */
  units: readonly number[];
  /** 3 for 街道/镇/乡, 2 for 区/县, 1 for 市/州/盟, 0 for 省: the lowest unit of the name. */
  level: number;
  count: number;
  firstAt: number;
  /** Written as a government at least once: 秀洲区行政…, 长宁区人民政府, 城南区第十八届人大. */
  official: boolean;
  /** Named in the header as the one who speaks or convenes: 我代表高阳县人民政府, 在城南区第十八届人民代表大会. */
  speaker: boolean;
}

/** Whether a government's name is followed, after an optional year, by what only a government's is. */
function governmentAfter(text: string, end: number): boolean {
  const year = isDigitAt(text, end) ? YEAR_BEFORE_GOVERNMENT.exec(text.slice(end, end + 6)) : null;
  return GOVERNMENT.wordAt(text, end + (year ? year[0].length : 0)) !== "";
}

const SUFFIX_LEVEL = new Map(ADMIN_LEVELS.map((l) => [l.suffix, l.level]));
/** The level a suffix names when the gazetteer does not say. */
function levelOfSuffix(suffix: string): number {
  const w = SUFFIX_LEVEL_WORDS;
  if (w.province.includes(suffix)) return 0;
  if (w.prefecture.includes(suffix) || suffix.endsWith(w.prefectureEnding)) return 1;
  if (w.county.includes(suffix) || suffix.startsWith(w.countyOpening)) return 2;
  return SUFFIX_LEVEL.get(suffix) ?? SUFFIX_LEVEL.get(suffix.slice(-1)) ?? 2;
}

function note(
  map: Map<string, Named>,
  text: string,
  name: string,
  start: number,
  units: readonly number[],
  level: number,
) {
  const end = start + name.length;
  let entry = map.get(name);
  if (!entry) {
    entry = { name, units, level, count: 0, firstAt: start, official: false, speaker: false };
    map.set(name, entry);
  }
  entry.count++;
  entry.firstAt = Math.min(entry.firstAt, start);
  const official = governmentAfter(text, end);
  if (official) entry.official = true;
  if (start < HEADER_SPAN) {
    const speaking = official && text.startsWith(SPEAKING_FOR, start - SPEAKING_FOR.length);
    if (speaking || ASSEMBLY_AFTER.test(text.slice(end, end + 6))) entry.speaker = true;
  }
}

/** Names of the gazetteer as written in the text, and how often the text calls itself by each level (全县, 我市). */
/** The longest name looked for right after another. */
const MAX_CHAINED = 8;

/** The last characters of the suffixes the text's index holds (街道, 镇, 乡, 区, 县, 市). */
const INDEXED_FINALS = new Set(lastChars(ADMIN_LEVELS.map((l) => l.suffix)));
const SELF_OPENER = charTable(SELF_REFERENCE_OPENERS);

function gazetteerNames(
  text: string,
  suffixAt: number[][],
  placeFinals: Int32Array,
  g: Gazetteer,
  names: Map<string, Named>,
  selfCounts: Map<string, number>,
  taken: number[],
) {
  /** Notes the unit name ending at `end`; false when there is none. */
  const nameEndingAt = (end: number): boolean => {
    const name = g.nameEndingAt(text, end);
    if (!name) return false;
    const start = end - name.length;
    const suffix = suffixOf(name);
    const suffixAt = end - suffix.length;
    // 美丽乡村 names no 乡, 我代表市 no 代表市; 城区, 新区 are words unless written as a government.
    if (suffix.length === 1 && SUFFIX_LED.wordAt(text, suffixAt) !== "") return false;
    if (OPENING_STOPS.wordAt(text, start) !== "") return false;
    const weak =
      name.length - suffix.length < 2 || isGeneric(text.charCodeAt(suffixAt - 1), LEVEL_OF_SUFFIX.get(suffix) ?? -1);
    // A two-character name (城区, 街道) only as a government; a longer one also beside another name.
    if (weak && !governmentAfter(text, end) && (name.length - suffix.length < 2 || !chained(start, end))) return false;
    const units = g.named(name);
    note(names, text, name, start, units, lowestLevel(g, units));
    return true;
  };
  // 上城区湖滨街道, 杭州市上城区: a name written next to another is one, even if it reads like a word (城区).
  const chained = (start: number, end: number) => {
    if (g.nameEndingAt(text, start) !== "") return true;
    for (let k = 2; k <= MAX_CHAINED; k++) if (g.nameEndingAt(text, end + k).length === k) return true;
    return false;
  };
  // 全县, 我市: a level word after an opener, unless a comparison follows (列全区第一).
  const selfReference = (at: number) => {
    if (at === 0 || SELF_OPENER[text.charCodeAt(at - 1)] !== 1) return;
    const level = SELF_LEVELS.wordAt(text, at);
    if (level && COMPARISON.wordAt(text, at + level.length) === "")
      selfCounts.set(level, (selfCounts.get(level) ?? 0) + 1);
  };
  // The common suffixes (街道, 镇, 乡, 区, 县, 市) stand in the text's index; the rarer final characters
  // (省, 州, 盟, 旗 …), in its index of place finals, are visited one character after another.
  suffixAt.forEach((positions, l) => {
    const length = ADMIN_LEVELS[l]!.suffix.length;
    for (let k = 0; k < positions.length; k++) {
      selfReference(positions[k]!);
      if (nameEndingAt(positions[k]! + length)) taken.push(positions[k]! + length);
    }
  });
  // They are visited final by final, in the gazetteer's order: their offsets are listed first, each with its
  // final's rank (offset × 32 + rank), then walked once for each rank written.
  const ranks = rareFinalRanks(g);
  const finals: number[] = [];
  let written = 0;
  for (let k = 0; k < placeFinals.length; k++) {
    const i = placeFinals[k]!;
    const rank = ranks[text.charCodeAt(i)]!;
    if (rank < 0) continue;
    finals.push(i * 32 + rank);
    written |= 1 << rank;
  }
  for (let rank = 0; written >>> rank !== 0; rank++) {
    if ((written & (1 << rank)) === 0) continue;
    for (const final of finals) {
      if ((final & 31) !== rank) continue;
      selfReference(final >>> 5);
      nameEndingAt((final >>> 5) + 1);
    }
  }
}

const RARE_FINAL_RANKS = new WeakMap<Gazetteer, Int8Array>();
/** By char code, the rank of the characters the gazetteer's names end with beyond INDEXED_FINALS (in its
 * order, at most 31 of them: the bits of a number), or -1. */
function rareFinalRanks(g: Gazetteer): Int8Array {
  let ranks = RARE_FINAL_RANKS.get(g);
  if (!ranks) {
    const finals = g.lastChars.filter((c) => !INDEXED_FINALS.has(c));
    if (finals.length > 31) throw new Error("more than 31 rarer final characters");
    ranks = new Int8Array(65536).fill(-1);
    finals.forEach((c, rank) => (ranks![c.charCodeAt(0)] = rank));
    RARE_FINAL_RANKS.set(g, ranks);
  }
  return ranks;
}

/** The highest level number (the lowest unit) of same-named units; -Infinity when there are none. */
function lowestLevel(g: Gazetteer, units: readonly number[]): number {
  let level = -Infinity;
  for (const u of units) level = Math.max(level, g.level(u));
  return level;
}

/** Bit l: the character makes level l's word generic (城区, 全区, 小镇). */
const GENERIC_ENDS = charTable(...ADMIN_LEVELS.map((l) => l.generic));
const LEVEL_OF_SUFFIX = new Map(ADMIN_LEVELS.map((l, k) => [l.suffix, k]));
/** Whether `before`, the code of the character before level k's suffix, makes it a word (城区, 全区); false for k = -1. */
function isGeneric(before: number, k: number): boolean {
  return k >= 0 && (GENERIC_ENDS[before]! & (1 << k)) !== 0;
}

const NAME_STOP = charTable(NAME_STOP_CHARS);
const LEVEL_CHAR_BEFORE = charTable(LEVEL_CHARS_BEFORE_NAME);

/** The index in ADMIN_LEVELS of the suffix a character opens (街 of 街道), or -1. */
const LEVEL_OPENED = new Int8Array(65536).fill(-1);
for (const [k, { suffix }] of ADMIN_LEVELS.entries()) {
  if (LEVEL_OPENED[suffix.charCodeAt(0)] !== -1) throw new Error("two admin suffixes open with one character");
  LEVEL_OPENED[suffix.charCodeAt(0)] = k;
}

/** Whether `word`, whose first character stands at `at`, is written there whole. */
function restWrittenAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 1; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where each level's suffix (ADMIN_LEVELS) stands, from the text's index of their first characters. */
function suffixPositions(text: string, index: TextIndex): number[][] {
  const suffixAt: number[][] = ADMIN_LEVELS.map(() => []);
  const positions = index.adminSuffixes;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const l = LEVEL_OPENED[text.charCodeAt(p)]!;
    if (l >= 0 && restWrittenAt(text, p, ADMIN_LEVELS[l]!.suffix)) suffixAt[l]!.push(p);
  }
  return suffixAt;
}

/**
 * Names found by their suffixes alone (新城街道, 秀洲区, 南通市), with the best-supported length for each mention.
 * `taken`: the ends of the suffixes the gazetteer named, in the order of `suffixAt` (level by level, then offset).
 */
function suffixNames(text: string, suffixAt: number[][], names: Map<string, Named>, taken: readonly number[]) {
  const mentions: { end: number; level: number; variants: string[] }[] = [];
  const counts = new Map<string, number>();
  let next = 0; // the next of `taken`: the suffixes are visited in its order
  for (const [l, { suffix, level }] of ADMIN_LEVELS.entries()) {
    for (const p of suffixAt[l]!) {
      const end = p + suffix.length;
      if (next < taken.length && taken[next] === end) {
        next++;
        continue;
      }
      // The shortest variant, two characters and the suffix, sets the first conditions of all: the
      // character before the suffix is Han and no stop character.
      if (p < 2) continue;
      const before = text.charCodeAt(p - 1);
      if (!isHanCode(before) || NAME_STOP[before] !== 0) continue;
      if (isGeneric(before, l) && !governmentAfter(text, end)) continue;
      if (SUFFIX_LED.wordAt(text, p) !== "") continue;
      // A suffix alone (自治区, 开发区) or after one character (表自治区) names no unit: a longer suffix
      // ending here may leave a variant fewer than two characters before it.
      const longer = suffixEndingAt(text, end).length > suffix.length;
      const variants: string[] = [];
      for (let k = 2, second = before; k <= 4 && p - k >= 0; k++) {
        // Each longer variant adds one character in front: 和平乡, 中和街道 — a stop character may open a
        // two-character name, never stand inside a longer one.
        const first = text.charCodeAt(p - k);
        if (!isHanCode(first) || (k > 2 && (NAME_STOP[second] !== 0 || NAME_STOP[first] !== 0))) break;
        if (OPENING_STOPS.wordAt(text, p - k) !== "") break;
        const variant = text.slice(p - k, end);
        if (!longer || variant.length - suffixOf(variant).length >= 2) variants.push(variant);
        second = first;
      }
      if (variants.length) {
        mentions.push({ end, level, variants });
        for (const v of variants) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
  }
  const found = new Map<string, Named>();
  for (const { end, level, variants } of mentions) {
    let best = variants[0]!;
    // A longer variant that only ever occurs once is a phrase, not a name (…在新城街道).
    const least = Math.max(2, counts.get(best)! * 0.6);
    for (let k = 1; k < variants.length; k++) if (counts.get(variants[k]!)! >= least) best = variants[k]!;
    note(found, text, best, end - best.length, [], level);
  }
  for (const n of found.values()) {
    const official =
      n.level === 3 || n.official || (n.firstAt > 0 && LEVEL_CHAR_BEFORE[text.charCodeAt(n.firstAt - 1)] !== 0);
    if (official && !names.has(n.name)) names.set(n.name, { ...n, official });
  }
}

function lowest(pool: Named[]): Named | null {
  return pool.length
    ? [...pool].sort((a, b) => b.level - a.level || b.count - a.count || a.firstAt - b.firstAt)[0]!
    : null;
}

function issuerLines(text: string): string[] {
  const head = text.slice(0, HEADER_SPAN * 2);
  if (!ISSUER_LABELS.some((l) => head.includes(l))) return [];
  return head.split("\n").filter((line) => ISSUER_LABELS.some((l) => line.includes(l)));
}

/** How the body was found: a header names it, or it is the best-supported name. */
type Found = { named: Named; by: "header" | "support" } | null;

/** The body: named in the title, else by the issuer line, else as the speaker, else the best-supported name. */
function pickBody(names: Named[], title: string | null, text: string, selfLevel: string): Found {
  const inTitle = title ? names.filter((n) => title.includes(n.name)) : [];
  const issuers = inTitle.length ? [] : issuerLines(text);
  const issuing = names.filter((n) => issuers.some((line) => line.includes(n.name)));
  const speakers = names.filter((n) => n.speaker);
  for (const pool of [inTitle, issuing, speakers]) if (pool.length) return { named: lowest(pool)!, by: "header" };
  // The level the report calls itself by (全县, 我市) decides between the names of its head.
  const pool = names.filter((n) => n.firstAt < HEADER_SPAN || n.count >= 2);
  const rank = (n: Named) => [
    n.firstAt < HEADER_SPAN ? 1 : 0,
    selfLevel && n.name.endsWith(selfLevel) ? 1 : 0,
    n.level,
    n.count,
  ];
  const best = pool.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return y[k]! - x[k]!;
    return a.firstAt - b.firstAt;
  })[0];
  return best ? { named: best, by: "support" } : null;
}

/** Units the title names, even those that read like words elsewhere (新市镇, 城区): a title names its body. */
function titleNames(g: Gazetteer, title: string, text: string, names: Map<string, Named>): void {
  const at = Math.max(0, text.indexOf(title));
  for (let end = 2; end <= title.length; end++) {
    const name = g.nameEndingAt(title, end);
    if (!name || names.has(name) || OPENING_STOPS.wordAt(title, end - name.length) !== "") continue;
    const units = g.named(name);
    const level = lowestLevel(g, units);
    names.set(name, { name, units, level, count: 1, firstAt: at, official: true, speaker: false });
  }
}

/** The level word a report calls itself by most (全县, 我市, 本街道), or "". */
function dominantLevel(selfCounts: Map<string, number>): string {
  let best = "";
  for (const [level, count] of selfCounts) if (count > (selfCounts.get(best) ?? 0)) best = level;
  return best;
}

/** Stems are two to four characters: 保定, 内蒙古, 博尔塔拉. */
const STEM_LENGTHS = [4, 3, 2];
/** A unit the text names only in short form (河北, 广西, 保定) at the level it calls itself by. */
function unitByStem(g: Gazetteer, text: string, selfLevel: string): number {
  const head = text.slice(0, HEADER_SPAN * 2);
  const counts = new Map<number, number>();
  for (let i = 0; i < head.length; i++) {
    if (!isHanAt(head, i)) continue;
    for (const length of STEM_LENGTHS) {
      const units = g.withStem(head.slice(i, i + length)).filter((u) => g.name(u).endsWith(selfLevel));
      if (units.length !== 1 || counts.has(units[0]!)) continue;
      let n = 0;
      for (let at = text.indexOf(g.stem(units[0]!)); at >= 0; at = text.indexOf(g.stem(units[0]!), at + length)) n++;
      counts.set(units[0]!, n);
    }
  }
  let best = -1;
  for (const [u, n] of counts) if (n >= 2 && n > (counts.get(best) ?? 0)) best = u;
  return best;
}

/** Levels a name with this suffix may have in the gazetteer (富阳市 was a 县级市, is now 富阳区). */
function levelsOfSuffix(suffix: string): number[] {
  const level = levelOfSuffix(suffix);
  return level === 1 || level === 2 ? [1, 2] : [level];
}

/** Of the same-named units, the one whose higher units the text names most; -1 when the text does not tell. */
function chooseUnit(g: Gazetteer, body: Named, names: Map<string, Named>, text: string): number {
  if (body.units.length === 1) return body.units[0]!;
  // Same-named units often share higher units: each one's stem is looked for in the text once.
  const stemWritten = new Map<number, number>();
  const byName = (a: number) => names.get(g.name(a))?.count ?? 0;
  const byStem = (a: number) => {
    let n = stemWritten.get(a);
    if (n === undefined) stemWritten.set(a, (n = stemIn(g, a, text) ? 1 : 0));
    return n;
  };
  for (const support of [byName, byStem]) {
    const scores = body.units.map((u) => {
      let score = 0;
      for (let a = g.parent(u); a >= 0; a = g.parent(a)) score += support(a);
      return score;
    });
    const best = Math.max(...scores);
    if (best > 0 && scores.filter((s) => s === best).length === 1) return body.units[scores.indexOf(best)]!;
  }
  // Else the one unit of the level its suffix usually names: 东城区 the district, not a 街道-level 东城区.
  const usual = body.units.filter((u) => g.level(u) === levelOfSuffix(suffixOf(body.name)));
  return usual.length === 1 ? usual[0]! : -1;
}

function stemIn(g: Gazetteer, unit: number, text: string): boolean {
  const stem = g.stem(unit);
  return stem !== "" && text.includes(stem);
}

/** Without a gazetteer's unit: a name of the level above written right before the body (崇川区秦灶街道). */
function parentWritten(text: string, names: Named[], body: Named): string | null {
  const above = names.filter((n) => n.level === body.level - 1 && n.name !== body.name);
  const adjacent = above.filter((n) => new RegExp(`${n.name}(?:${PEOPLES_GOVERNMENT})?${body.name}`).test(text));
  const pool = adjacent.length ? adjacent : above.filter((n) => n.count >= 2);
  return pool.sort((a, b) => b.count - a.count || a.firstAt - b.firstAt)[0]?.name ?? null;
}

export function findBody(text: string, index: TextIndex, title: string | null, g?: Gazetteer): Body {
  const head = text.slice(0, HEADER_SPAN);
  if (NATIONAL_MARKS.some((m) => head.includes(m))) return { body: NATIONAL_BODY, parent: null };
  const names = new Map<string, Named>();
  const selfCounts = new Map<string, number>();
  const taken: number[] = [];
  const suffixAt = suffixPositions(text, index);
  if (g) gazetteerNames(text, suffixAt, index.placeFinals, g, names, selfCounts, taken);
  suffixNames(text, suffixAt, names, taken);
  if (g && title) titleNames(g, title, text, names);
  const all = [...names.values()];
  const selfLevel = dominantLevel(selfCounts);
  const found = pickBody(all, title, text, selfLevel);
  const weak = !found || (found.by === "support" && found.named.firstAt >= HEADER_SPAN);
  if (g && selfLevel && weak && !found?.named.name.endsWith(selfLevel)) {
    // 我代表自治区人民政府 … 广西 … 全区: the unit is written only in short form.
    const unit = unitByStem(g, text, selfLevel);
    if (unit >= 0) return withParent(g, g.name(unit), unit);
  }
  if (!found) return { body: null, parent: null };
  const body = found.named;
  if (g) {
    // A name the gazetteer lacks may be an older one of a unit it has (富阳市 → 富阳区): the same short form.
    const units = body.units.length
      ? body.units
      : g.withStem(stemOf(body.name)).filter((u) => levelsOfSuffix(suffixOf(body.name)).includes(g.level(u)));
    const unit = units.length ? chooseUnit(g, { ...body, units }, names, text) : -1;
    if (unit >= 0) return withParent(g, body.name, unit);
  }
  return { body: body.name, parent: (g && unitWrittenBefore(g, text, body)) || parentWritten(text, all, body) };
}

/** A unit named right before the body, in full or short form, above its level: 河北雄安新区 → 河北省. */
function unitWrittenBefore(g: Gazetteer, text: string, body: Named): string | null {
  let best = -1;
  for (let at = text.indexOf(body.name); at >= 0; at = text.indexOf(body.name, at + body.name.length)) {
    const written = [...g.named(g.nameEndingAt(text, at))];
    for (const length of STEM_LENGTHS) if (at >= length) written.push(...g.withStem(text.slice(at - length, at)));
    for (const u of written) if (g.level(u) < body.level && (best < 0 || g.level(u) > g.level(best))) best = u;
  }
  return best >= 0 ? g.name(best) : null;
}

function withParent(g: Gazetteer, body: string, unit: number): Body {
  const parent = g.parent(unit);
  return { body, parent: parent >= 0 ? g.name(parent) : null };
}
