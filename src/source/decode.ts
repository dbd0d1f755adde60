// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312).
// Pure: TextDecoder is part of the JavaScript platform in browsers and in Node.

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

export class InputError extends Error {
  override name = "InputError";
}

/** Share of NUL and other control bytes above which a file is not text. */
const BINARY_SHARE = 0.02;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || b < 8 || (b > 13 && b < 27)) control++;
  }
  return n > 0 && control / n > BINARY_SHARE;
}

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (looksBinary(bytes)) throw new InputError("这不是文本文件（含有二进制内容）：请提供 .txt 或 .html 报告。");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
