// Bytes → text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its zero bytes or its
// characters show it), else GB18030 (a superset of GBK and GB2312).
// Pure: TextDecoder is part of the JavaScript platform in browsers and in Node.
import { InputError } from "./messages.ts";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

/** Share of NUL and other control bytes above which a file is not text. */
const BINARY_SHARE = 0.02;
/** Bytes looked at when guessing an encoding. */
const SNIFF_BYTES = 4096;
/** Share of readable characters (CJK, ASCII, full-width punctuation) a BOM-less UTF-16 text must reach. */
const READABLE_SHARE = 0.98;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || b < 8 || (b > 13 && b < 27)) control++;
  }
  return n > 0 && control / n > BINARY_SHARE;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, Latin punctuation, line breaks) have a zero high byte, so
 * zeros gather on odd offsets (little-endian) or even offsets (big-endian) and almost never on the other.
 */
function utf16ByZeros(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // CJK characters of the form U+xx00 (一) add a few zeros on the other side.
  if (odd >= pairs * 0.02 && even <= odd / 4) return "utf-16le";
  if (even >= pairs * 0.02 && odd <= even / 4) return "utf-16be";
  return null;
}

function readableShare(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  let readable = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 10 ||
      c === 13 ||
      c === 9 ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    )
      readable++;
  }
  return n ? readable / n : 0;
}

/** UTF-16 text with little ASCII has few zero bytes: accept it when nearly every character is readable. */
function utf16ByCharacters(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length % 2) return null;
  const head = bytes.subarray(0, SNIFF_BYTES);
  for (const encoding of ["utf-16le", "utf-16be"] as const)
    if (readableShare(new TextDecoder(encoding).decode(head)) >= READABLE_SHARE) return encoding;
  return null;
}

export function decodeReport(bytes: Uint8Array, name = ""): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const zeroPattern = utf16ByZeros(bytes);
  if (zeroPattern && readableShare(new TextDecoder(zeroPattern).decode(bytes.subarray(0, SNIFF_BYTES))) > 0.9)
    return { text: new TextDecoder(zeroPattern).decode(bytes), encoding: zeroPattern };
  const binary = looksBinary(bytes);
  if (!binary) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      // not UTF-8
    }
  }
  const utf16 = utf16ByCharacters(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (binary) throw new InputError({ code: "binary", params: { name } });
  return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
}
