// Offset-preserving normalisation: every character maps to exactly one character, so an offset in the
// normalised text is the same offset in the original.

const FULL_WIDTH_OFFSET = 0xfee0; // '０' − '0'

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
  "〇": "零",
};

const TO_NORMALIZE = /[，；：（）％．－～！？＋／　\u00a0\t\r〇\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

function normalizeChar(ch: string): string {
  return SINGLE_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/** Returns a string of the same length with full-width digits, letters and punctuation made ASCII. */
export function normalizeText(text: string): string {
  return text.replace(TO_NORMALIZE, normalizeChar);
}

/**
 * Where breaks of several kinds stand in a text, from one pass: sorted offsets, each with a bit per kind
 * (kind k = the k-th set of characters given). Finding the break of a kind before or after an offset is
 * a binary search, then a short walk over the breaks of other kinds in between.
 */
export class BreakIndex {
  private readonly positions: Int32Array;
  private readonly kinds: Uint8Array;

  constructor(text: string, kindSets: readonly ReadonlySet<string>[]) {
    const flags = new Uint8Array(65536);
    kindSets.forEach((set, k) => set.forEach((ch) => (flags[ch.charCodeAt(0)]! |= 1 << k)));
    let positions = new Int32Array(Math.max(16, text.length >> 4));
    let kinds = new Uint8Array(positions.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const f = flags[text.charCodeAt(i)]!;
      if (f === 0) continue;
      if (n === positions.length) {
        const grownPositions = new Int32Array(n * 2);
        grownPositions.set(positions);
        positions = grownPositions;
        const grownKinds = new Uint8Array(n * 2);
        grownKinds.set(kinds);
        kinds = grownKinds;
      }
      positions[n] = i;
      kinds[n++] = f;
    }
    this.positions = positions.subarray(0, n);
    this.kinds = kinds.subarray(0, n);
  }

  /** Where the last lookup ended: records are visited in text order, so lookups move a short way from it. */
  private cursor = 0;

  private firstAtOrAfter(at: number): number {
    const p = this.positions;
    let k = this.cursor;
    while (k > 0 && p[k - 1]! >= at) k--;
    while (k < p.length && p[k]! < at) k++;
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

/** Runs an end-anchored pattern (…$) on the last `tail` characters only: V8 would scan the whole string. */
export function matchAtEnd(s: string, re: RegExp, tail = 12): RegExpExecArray | null {
  return re.exec(s.length > tail ? s.slice(-tail) : s);
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
export const isLatin = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
export const isHan = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";

/** Characters that end a clause (the unit a name is looked for in). */
export const CLAUSE_BREAK = new Set([",", ";", "。", "!", "?", ":", "\n", "|"]);
/** Characters that end a sentence. */
export const SENTENCE_BREAK = new Set(["。", "!", "?", "\n", "|"]);
/** Characters that end a clause group: a sentence end or a semicolon (the scope of 预计, 力争). */
export const SEGMENT_BREAK = new Set([...SENTENCE_BREAK, ";"]);
