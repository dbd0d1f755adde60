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

/** Returns a string of the same length with full-width digits, letters and punctuation made ASCII. */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const mapped = SINGLE_MAP[ch];
    if (mapped !== undefined) out += mapped;
    else if (code >= 0xff10 && code <= 0xff5a && code !== 0xff1a && code !== 0xff1b)
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else out += ch;
  }
  return out;
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
