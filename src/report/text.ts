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

/** Sorted offsets of break characters, for finding the break before or after any offset quickly. */
export class BreakIndex {
  constructor(private readonly positions: Int32Array) {}

  /**
   * Indexes several kinds of break in one pass: `kinds[k]` is a set of characters; the k-th index
   * returned holds the offsets of its characters.
   */
  static build(text: string, kinds: readonly ReadonlySet<string>[]): BreakIndex[] {
    const flags = new Uint8Array(65536);
    kinds.forEach((set, k) => set.forEach((ch) => (flags[ch.charCodeAt(0)]! |= 1 << k)));
    const lists: number[][] = kinds.map(() => []);
    for (let i = 0; i < text.length; i++) {
      const f = flags[text.charCodeAt(i)]!;
      if (f === 0) continue;
      for (let k = 0; k < kinds.length; k++) if (f & (1 << k)) lists[k]!.push(i);
    }
    return lists.map((l) => new BreakIndex(Int32Array.from(l)));
  }

  private firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.positions[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Offset just after the last break before `at` (0 when there is none), at most `maxBack` back. */
  startBefore(at: number, maxBack: number): number {
    const k = this.firstAtOrAfter(at);
    const start = k > 0 ? this.positions[k - 1]! + 1 : 0;
    return Math.max(start, at - maxBack, 0);
  }

  /** Offset of the first break at or after `at` (text length when there is none), at most `maxAhead` on. */
  endFrom(at: number, maxAhead: number, length: number): number {
    const k = this.firstAtOrAfter(at);
    const end = k < this.positions.length ? this.positions[k]! : length;
    return Math.min(end, at + maxAhead, length);
  }
}

/** Tests an end-anchored pattern (…$) on the last `tail` characters only: V8 would scan the whole string. */
export function endsWithPattern(s: string, re: RegExp, tail = 10): boolean {
  return re.test(s.length > tail ? s.slice(-tail) : s);
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
