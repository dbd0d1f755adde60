// Text machinery: offset-preserving normalisation (every character maps to exactly one character, so an
// offset in the normalised text is the same offset in the original), character tests, one-pass indexes.
import {
  ACTUAL_EVIDENCE,
  ADMIN_LEVELS,
  FORECAST_CUES,
  PLAN_EVIDENCE,
  QUANTITY_START_CHARS,
  TARGET_CUES,
} from "./lexicon.ts";
import { PLACE_SUFFIXES } from "./lexicon/places.ts";
import { CIRCLE_ZERO, ZERO } from "./lexicon/numerals.ts";

const FULL_WIDTH_OFFSET = 0xfee0; // '０' − '0'

/** Characters that end a clause (the unit a name is looked for in). */
export const CLAUSE_BREAK = new Set([",", ";", "。", "!", "?", ":", "\n", "|"]);
/** Characters that end a sentence. */
export const SENTENCE_BREAK = new Set(["。", "!", "?", "\n", "|"]);
/** Characters that end a clause group: a sentence end or a semicolon (the scope of 预计, 力争). */
export const SEGMENT_BREAK = new Set([...SENTENCE_BREAK, ";"]);
/** Characters a heading may follow (besides the start of the text). */
export const HEADING_GAP = new Set(["\n", "。", " ", "|", ";", ":"]);

const SINGLE_MAP: Record<string, string> = {
  "，": ",",
  "；": ";",
  "：": ":",
  "（": "(",
  "）": ")",
  "％": "%",
  "．": ".",
  "－": "-",
  "～": "~",
  "！": "!",
  "？": "?",
  "＋": "+",
  "／": "/",
  "　": " ",
  "\u00a0": " ",
  "\t": " ",
  "\r": "\n",
  [CIRCLE_ZERO]: ZERO,
};

/** The CJK Unified Ideographs block: no character of it is normalised. */
const enum Han {
  First = 0x4e00,
  Last = 0x9fff,
}
/** The ASCII (or plain) code unit each full-width character becomes; 0 for characters that stay. */
const NORMAL_CODE = new Uint16Array(65536);
for (const [from, to] of Object.entries(SINGLE_MAP)) NORMAL_CODE[from.charCodeAt(0)] = to.charCodeAt(0);
if (NORMAL_CODE.subarray(Han.First, Han.Last + 1).some((c) => c !== 0))
  throw new Error("a Han character is normalised");
for (const [first, last] of [
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
] as const) {
  for (let c = first; c <= last; c++) NORMAL_CODE[c] = c - FULL_WIDTH_OFFSET; // ０-９, Ａ-Ｚ, ａ-ｚ
}

/** Returns a string of the same length with full-width digits, letters and punctuation made ASCII. */
export function normalizeText(text: string): string {
  return new TextIndex(text).text;
}

/** A table over UTF-16 code units: bit k is set for the characters of the k-th set. */
export function charTable(...kindSets: readonly Iterable<string>[]): Uint8Array {
  const flags = new Uint8Array(65536);
  kindSets.forEach((set, k) => {
    for (const ch of set) flags[ch.charCodeAt(0)]! |= 1 << k;
  });
  return flags;
}

/** The first character of each word: charTable(firstChars(words)) tells where one of them may start. */
export function firstChars(words: Iterable<string>): string[] {
  return Array.from(words, (w) => w[0]!);
}

/** The last character of each word: where one of them may end. */
export function lastChars(words: Iterable<string>): string[] {
  return Array.from(words, (w) => w[w.length - 1]!);
}

/** Break kinds, as bits of a BreakIndex. */
export const SENTENCES = 0;
export const SEGMENTS = 1;
export const CLAUSES = 2;
/** What the index lists a character for, as bits of CHAR_KINDS (a const enum: the loop reads literals). */
const enum Kind {
  /** Bit k for break kind k (SENTENCES, SEGMENTS, CLAUSES). */
  Breaks = 0b111,
  /** Bit CLAUSES of Breaks. */
  ClauseBreak = 1 << 2,
  NumberStart = 1 << 3,
  HeadingGap = 1 << 4,
  AdminSuffix = 1 << 5,
  CueStart = 1 << 6,
  PlaceFinal = 1 << 7,
  /** A character normalising changes: its kinds are those of the character it becomes. */
  Normalised = 1 << 8,
}
/** Words looked for where the index saw their first character: evidence of results and goals (已, 力争) and the cues of a figure's kind (预计). */
export const CUE_WORDS: readonly string[] = [...ACTUAL_EVIDENCE, ...PLAN_EVIDENCE, ...FORECAST_CUES, ...TARGET_CUES];
/** Bit k for the k-th set: the three break kinds, then the kinds named above, in that order. */
const CHAR_CLASSES = charTable(
  SENTENCE_BREAK,
  SEGMENT_BREAK,
  CLAUSE_BREAK,
  QUANTITY_START_CHARS,
  HEADING_GAP,
  firstChars(ADMIN_LEVELS.map((l) => l.suffix)),
  firstChars(CUE_WORDS),
  placeFinalsBeyondAdmin(),
);

/** Last characters of place suffixes that no ADMIN_LEVELS suffix ends with (省, 州, 盟, 旗 …). */
function placeFinalsBeyondAdmin(): string[] {
  const admin = new Set(lastChars(ADMIN_LEVELS.map((l) => l.suffix)));
  return lastChars(PLACE_SUFFIXES).filter((c) => !admin.has(c));
}

if (Kind.ClauseBreak !== 1 << CLAUSES) throw new Error("Kind.ClauseBreak is not the bit of CLAUSES");

/** CHAR_CLASSES, and Kind.Normalised alone for the characters normalising changes: one table read per character. */
const CHAR_KINDS = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const to = NORMAL_CODE[c]!;
  if (to !== 0 && NORMAL_CODE[to] !== 0) throw new Error("normalising is not idempotent");
  CHAR_KINDS[c] = to !== 0 ? Kind.Normalised : CHAR_CLASSES[c]!;
}

/** How many characters are read between two checks that every offset list has room for them. */
const CHUNK = 1024;

/** Scratch arrays the offsets of one text are gathered in, one per list, kept between texts (they only grow). */
const scratch: Int32Array[] = [];
/** The scratch slot of each offset list. */
const enum List {
  Breaks,
  BreakKinds,
  NumberStarts,
  HeadingGaps,
  AdminSuffixes,
  CueStarts,
  PlaceFinals,
}

/** Scratch array `slot` with room for a whole chunk after its first `used` numbers (doubled when short). */
function roomFor(slot: number, used: number): Int32Array {
  const list = (scratch[slot] ??= new Int32Array(CHUNK * 2));
  if (used + CHUNK <= list.length) return list;
  const grown = new Int32Array(Math.max(list.length * 2, used + CHUNK));
  grown.set(list.subarray(0, used));
  return (scratch[slot] = grown);
}

/**
 * One array for the lists of a text (one allocation per text), handed out as views. Not an array of views:
 * its map varied, and V8 kept deoptimizing and recompiling TextIndex's constructor (1 to 29 times a run).
 */
class PackedLists {
  private at = 0;

  constructor(private readonly all: Int32Array) {}

  /** The first `n` numbers of scratch array `slot`, copied in after the lists taken before. */
  take(slot: number, n: number): Int32Array {
    const view = this.all.subarray(this.at, (this.at += n));
    // A slot not made yet (an empty first text) has nothing to copy.
    if (n > 0) view.set(scratch[slot]!.subarray(0, n));
    return view;
  }
}

/**
 * One pass over a report: its normalised text (normalizeText's, same offsets) and where the characters each
 * step of the parser starts from stand. Normalising is idempotent, so a normalised text indexes the same.
 */
export class TextIndex {
  // Declared, not defined: the constructor adds each field once (not as undefined first, then again).
  /** The text with full-width digits, letters and punctuation made ASCII (a string of the same length). */
  declare readonly text: string;
  declare readonly breaks: BreakIndex;
  /** Digits, Chinese numerals and 第: where a quantity or rank may start. */
  declare readonly numberStarts: Int32Array;
  /** What a heading may follow: line breaks, sentence ends, gaps, colons. */
  declare readonly headingGaps: Int32Array;
  /** First characters of admin suffixes (街道, 镇, 区, 市 …). */
  declare readonly adminSuffixes: Int32Array;
  /** First characters of CUE_WORDS (已, 完成, 力争, 将, 预计 …). */
  declare readonly cueStarts: Int32Array;
  /** Last characters of the rarer place suffixes (省, 州, 盟, 旗 …; not 区, 市, 县 …): where such a name may end. */
  declare readonly placeFinals: Int32Array;

  constructor(original: string) {
    const length = original.length;
    // The tables as locals: the loop reads them once per character.
    const kinds = CHAR_KINDS;
    const normal = NORMAL_CODE;
    let nBreaks = 0;
    let nNumbers = 0;
    let nGaps = 0;
    let nAdmin = 0;
    let nCues = 0;
    let nFinals = 0;
    let normalized = "";
    let copied = 0;
    for (let from = 0; from < length; from += CHUNK) {
      // Every list has room for a whole chunk, so the characters of a chunk are listed without a check.
      const breaks = roomFor(List.Breaks, nBreaks);
      const breakKinds = roomFor(List.BreakKinds, nBreaks);
      const numberStarts = roomFor(List.NumberStarts, nNumbers);
      const headingGaps = roomFor(List.HeadingGaps, nGaps);
      const adminSuffixes = roomFor(List.AdminSuffixes, nAdmin);
      const cueStarts = roomFor(List.CueStarts, nCues);
      const placeFinals = roomFor(List.PlaceFinals, nFinals);
      const to = Math.min(length, from + CHUNK);
      for (let i = from; ; i++) {
        // Most characters are listed in none: a loop of their own, which keeps no list in a register, four
        // characters a turn (one bound test and one table check per four), then the last few of the chunk.
        let f = 0;
        for (; i + 3 < to; i += 4) {
          if ((f = kinds[original.charCodeAt(i)]!) !== 0) break;
          if ((f = kinds[original.charCodeAt(i + 1)]!) !== 0) {
            i += 1;
            break;
          }
          if ((f = kinds[original.charCodeAt(i + 2)]!) !== 0) {
            i += 2;
            break;
          }
          if ((f = kinds[original.charCodeAt(i + 3)]!) !== 0) {
            i += 3;
            break;
          }
        }
        if (f === 0) while (i < to && (f = kinds[original.charCodeAt(i)]!) === 0) i++;
        if (i === to) break;
        if (f & Kind.Normalised) {
          const code = normal[original.charCodeAt(i)]!;
          normalized += original.slice(copied, i) + String.fromCharCode(code);
          copied = i + 1;
          f = kinds[code]!;
        }
        if (f & Kind.Breaks) {
          breaks[nBreaks] = i;
          breakKinds[nBreaks++] = f & Kind.Breaks;
        }
        if (f & Kind.NumberStart) numberStarts[nNumbers++] = i;
        if (f & Kind.HeadingGap) headingGaps[nGaps++] = i;
        if (f & Kind.AdminSuffix) adminSuffixes[nAdmin++] = i;
        if (f & Kind.CueStart) cueStarts[nCues++] = i;
        if (f & Kind.PlaceFinal) placeFinals[nFinals++] = i;
      }
    }
    this.text = copied === 0 ? original : normalized + original.slice(copied);
    const lists = new PackedLists(new Int32Array(2 * nBreaks + nNumbers + nGaps + nAdmin + nCues + nFinals));
    this.breaks = new BreakIndex(lists.take(List.Breaks, nBreaks), lists.take(List.BreakKinds, nBreaks));
    this.numberStarts = lists.take(List.NumberStarts, nNumbers);
    this.headingGaps = lists.take(List.HeadingGaps, nGaps);
    this.adminSuffixes = lists.take(List.AdminSuffixes, nAdmin);
    this.cueStarts = lists.take(List.CueStarts, nCues);
    this.placeFinals = lists.take(List.PlaceFinals, nFinals);
  }
}

/** How many breaks from the last lookup's a BreakIndex still walks to; farther, it searches. */
const FAR = 8;

/**
 * Where breaks of several kinds stand: sorted offsets, each with a bit per kind (SENTENCES, SEGMENTS,
 * CLAUSES). Finding the break of a kind before or after an offset is a short walk from where the last
 * lookup ended (a binary search when that is far), over the breaks of other kinds in between.
 */
export class BreakIndex {
  constructor(
    private readonly positions: Int32Array,
    private readonly kinds: Int32Array,
  ) {}

  /** Where the last lookup ended: records are visited in text order, so lookups move a short way from it. */
  private cursor = 0;

  private firstAtOrAfter(at: number): number {
    const p = this.positions;
    let k = this.cursor;
    // Far from the last lookup (a refiner's pass starting over at the first record): a binary search, not a walk.
    if ((k >= FAR && p[k - FAR]! >= at) || (k + FAR < p.length && p[k + FAR]! < at)) k = firstAtOrAfter(p, at);
    else {
      while (k > 0 && p[k - 1]! >= at) k--;
      while (k < p.length && p[k]! < at) k++;
    }
    this.cursor = k;
    return k;
  }

  /** Offset just after the last break of `kind` before `at` (0 when none), at most `maxBack` back. */
  startBefore(kind: number, at: number, maxBack: number): number {
    const floor = at - maxBack;
    for (let k = this.firstAtOrAfter(at) - 1; k >= 0 && this.positions[k]! >= floor; k--) {
      if (this.kinds[k]! & (1 << kind)) return this.positions[k]! + 1;
    }
    return Math.max(0, floor);
  }

  /** Offset of the first break of `kind` at or after `at` (`length` when none), at most `maxAhead` on. */
  endFrom(kind: number, at: number, maxAhead: number, length: number): number {
    const ceil = Math.min(length, at + maxAhead);
    for (let k = this.firstAtOrAfter(at); k < this.positions.length && this.positions[k]! < ceil; k++) {
      if (this.kinds[k]! & (1 << kind)) return this.positions[k]!;
    }
    return ceil;
  }
}

/** The cells of a node's record, from its offset. */
const enum Cell {
  Word = 0,
  Count = 1,
  Children = 2,
}

/**
 * A word list read one character at a time, by char code: the longest listed word that starts at an
 * offset (`prefixes`) or ends at one (`suffixes`). No slices, no regex alternation tried at every start.
 *
 * All of it is one Int32Array (a lookup reads no objects): first an open-addressed table of the first
 * characters, then one record per node, its children inline (see `cells`).
 */
export class WordTrie {
  private readonly words: string[];
  /**
   * From 0: the first level, by char code, an open-addressed table (at most a quarter full, so a miss mostly
   * reads one slot) of pairs (code or -1, node). Not a table over all 65,536 codes: the tries stay in the cache.
   * Then a record per node: the list index of the word that ends there (its first occurrence) or -1, the
   * number of children, and a pair (code, node) per child. A node is the offset of its record.
   */
  private readonly cells: Int32Array;
  /** The first level's size less one, as a bit mask. */
  private readonly mask: number;
  /** Where the first character is read from `at`: 0 forwards (prefixes), 1 backwards (suffixes, at − 1). */
  private readonly back: number;

  private constructor(words: Iterable<string>, backwards: boolean) {
    this.words = [...words];
    this.back = backwards ? 1 : 0;
    // Built as nested maps first, then laid out.
    interface Draft {
      word: number;
      next: Map<number, Draft>;
      at: number;
    }
    const draft = (): Draft => ({ word: -1, next: new Map(), at: 0 });
    const first = new Map<number, Draft>();
    this.words.forEach((w, index) => {
      let next = first;
      let node: Draft | undefined;
      for (let k = 0; k < w.length; k++) {
        const code = w.charCodeAt(backwards ? w.length - 1 - k : k);
        node = next.get(code);
        if (!node) next.set(code, (node = draft()));
        next = node.next;
      }
      if (node && node.word < 0) node.word = index;
    });
    let size = 8;
    while (size < first.size * 4) size *= 2;
    this.mask = size - 1;
    const nodes: Draft[] = [];
    const gather = (next: Map<number, Draft>) => next.forEach((node) => nodes.push(node));
    gather(first);
    for (let k = 0; k < nodes.length; k++) gather(nodes[k]!.next);
    let length = 2 * size;
    for (const node of nodes) {
      node.at = length;
      length += Cell.Children + 2 * node.next.size;
    }
    const cells = (this.cells = new Int32Array(length));
    for (let h = 0; h < size; h++) cells[2 * h] = -1;
    for (const [code, node] of first) {
      let h = code & this.mask;
      while (cells[2 * h] !== -1) h = (h + 1) & this.mask;
      cells[2 * h] = code;
      cells[2 * h + 1] = node.at;
    }
    for (const node of nodes) {
      cells[node.at + Cell.Word] = node.word;
      cells[node.at + Cell.Count] = node.next.size;
      let c = node.at + Cell.Children;
      for (const [code, child] of node.next) {
        cells[c++] = code;
        cells[c++] = child.at;
      }
    }
  }

  static prefixes(words: Iterable<string>): WordTrie {
    return new WordTrie(words, false);
  }

  static suffixes(words: Iterable<string>): WordTrie {
    return new WordTrie(words, true);
  }

  /** The longest word at `at` (starting there for prefixes, ending there for suffixes), as listed; "" when none. */
  wordAt(s: string, at: number): string {
    const best = this.indexAt(s, at);
    return best < 0 ? "" : this.words[best]!;
  }

  /** The list index of the longest word at `at`, or -1. */
  indexAt(s: string, at: number): number {
    let best = -1;
    for (let k = 1, node = this.start(s, at); node >= 0; node = this.step(node, s, at, ++k)) {
      const word = this.cells[node + Cell.Word]!;
      if (word >= 0) best = word;
    }
    return best;
  }

  /** Calls `visit` with the list index and length of every word at `at`, shortest first. */
  eachAt(s: string, at: number, visit: (word: number, length: number) => void): void {
    for (let k = 1, node = this.start(s, at); node >= 0; node = this.step(node, s, at, ++k)) {
      const word = this.cells[node + Cell.Word]!;
      if (word >= 0) visit(word, k);
    }
  }

  /** The lowest list index of the words at `at` that end by `end` (a prefixes trie), or -1: what an alternation
   * of the words in list order matches there in s.slice(0, end). */
  firstListedAt(s: string, at: number, end: number): number {
    let first = -1;
    for (let k = 1, node = this.start(s, at); node >= 0 && at + k <= end; node = this.step(node, s, at, ++k)) {
      const word = this.cells[node + Cell.Word]!;
      if (word >= 0 && (first < 0 || word < first)) first = word;
    }
    return first;
  }

  /** True when a listed word's first character (its last, for suffixes) is read at `at`: one table lookup. */
  opensAt(s: string, at: number): boolean {
    return this.start(s, at) >= 0;
  }

  /** The node of the first character read at `at`, or -1. */
  private start(s: string, at: number): number {
    const i = at - this.back;
    if (i < 0 || i >= s.length) return -1;
    const code = s.charCodeAt(i);
    const cells = this.cells;
    for (let h = code & this.mask; ; h = (h + 1) & this.mask) {
      const listed = cells[2 * h]!;
      if (listed === code) return cells[2 * h + 1]!;
      if (listed === -1) return -1;
    }
  }

  /** The node after reading the k-th character from `at` (forwards or backwards), or -1 where the trie ends. */
  private step(node: number, s: string, at: number, k: number): number {
    const cells = this.cells;
    const count = cells[node + Cell.Count]!;
    if (count === 0) return -1;
    const i = this.back === 0 ? at + k - 1 : at - k;
    if (i < 0 || i >= s.length) return -1;
    const code = s.charCodeAt(i);
    for (let c = node + Cell.Children, end = c + 2 * count; c < end; c += 2)
      if (cells[c] === code) return cells[c + 1]!;
    return -1;
  }
}

/** The first k with sorted[k] >= at (sorted.length when none). */
export function firstAtOrAfter(sorted: Int32Array, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs an end-anchored pattern (…$) on the last `tail` characters only: V8 would scan the whole string. */
export function matchAtEnd(s: string, re: RegExp, tail = 12): RegExpExecArray | null {
  return re.exec(s.length > tail ? s.slice(-tail) : s);
}

/** The char code of a one-character word, to compare with charCodeAt (no one-character string is made). */
export function codeOf(ch: string): number {
  if (ch.length !== 1) throw new Error(`not one character: ${ch}`);
  return ch.charCodeAt(0);
}

// Characters compared as codes read inside the string: a charCodeAt past its end, or s[i] on the many kinds of
// V8 strings, makes the lookups around it generic; String.prototype.lastIndexOf is a runtime call.
/** True when the character at `i` (inside `s`) is `code`. */
export const isCharAt = (s: string, i: number, code: number): boolean => i < s.length && s.charCodeAt(i) === code;
/** True when `s` ends with the character `code` (endsWith is a built-in call; this is one read). */
export const endsWithCode = (s: string, code: number): boolean => s.length > 0 && s.charCodeAt(s.length - 1) === code;
/** Where the character `code` first stands in `s` from `from` to `to` (both included), or -1. */
export function indexOfChar(s: string, code: number, from: number, to: number): number {
  const end = Math.min(to, s.length - 1);
  for (let i = from; i <= end; i++) if (s.charCodeAt(i) === code) return i;
  return -1;
}
/** Where the character `code` last stands in `s` at or before `from`, or -1. */
export function lastIndexOfChar(s: string, code: number, from = s.length - 1): number {
  let i = Math.min(from, s.length - 1);
  while (i >= 0 && s.charCodeAt(i) !== code) i--;
  return i;
}

// Character tests by offset: charCodeAt reads no string, and past either end it gives NaN, which passes none.
/** True for the code of an ASCII digit (false for NaN). */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isDigitAt = (s: string, i: number): boolean => isDigitCode(s.charCodeAt(i));
/** True for the code of an ASCII letter (false for NaN). */
export const isLatinCode = (code: number): boolean => {
  const c = code | 0x20; // folds A–Z onto a–z
  return c >= 0x61 && c <= 0x7a;
};
export const isLatinAt = (s: string, i: number): boolean => isLatinCode(s.charCodeAt(i));
/** True for the code of a CJK Unified Ideograph (false for NaN). */
export const isHanCode = (c: number): boolean => c >= Han.First && c <= Han.Last;
export const isHanAt = (s: string, i: number): boolean => isHanCode(s.charCodeAt(i));

export const isClauseBreakAt = (s: string, i: number): boolean =>
  (CHAR_CLASSES[s.charCodeAt(i)]! & Kind.ClauseBreak) !== 0;
