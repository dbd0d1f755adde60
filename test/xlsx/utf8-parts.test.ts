import { describe, expect, it } from "vitest";
import { Utf8Part } from "../../src/xlsx/utf8-parts.ts";

describe("a large part built as UTF-8 a block at a time", () => {
  it("gives the bytes of the whole string, across many blocks and with characters outside the BMP", () => {
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<c r="A${i}"><v>地区生产总值𠀋${i}</v></c>`);
    const part = new Utf8Part();
    for (const p of pieces) part.add(p);
    const bytes = part.bytes();
    expect(bytes.length).toBeGreaterThan(1 << 17);
    // Compared as buffers: a deep equal of half a megabyte of bytes takes seconds.
    expect(Buffer.from(bytes).equals(new TextEncoder().encode(pieces.join("")))).toBe(true);
  });

  it("gives an empty part for nothing added, and one block as it is", () => {
    expect(new Utf8Part().bytes()).toEqual(new Uint8Array(0));
    const one = new Utf8Part();
    one.add("<sst/>");
    expect(new TextDecoder().decode(one.bytes())).toBe("<sst/>");
  });
});
