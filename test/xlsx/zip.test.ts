import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { crc32, zipDeflated } from "../../src/xlsx/zip.ts";
import { portableDeflate } from "../../src/xlsx/parts.ts";

const entries = [
  { path: "[Content_Types].xml", data: strToU8(`<?xml version="1.0"?><Types>${"<Override/>".repeat(500)}</Types>`) },
  {
    path: "xl/worksheets/sheet1.xml",
    data: strToU8("<sheetData>" + '<row><c t="s"><v>1</v></c></row>'.repeat(2000) + "</sheetData>"),
  },
  { path: "docs/指标说明.txt", data: strToU8("地区生产总值增长8.4%") },
  { path: "empty.xml", data: new Uint8Array(0) },
];

describe("zip container for parts deflated elsewhere", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("gives node:zlib's CRC-32 at every length and alignment (eight bytes a step, then the rest)", () => {
    const bytes = strToU8("地区生产总值增长8.4%,".repeat(40));
    for (let from = 0; from < 9; from++)
      for (let length = 0; from + length <= bytes.length; length += 7) {
        const part = bytes.subarray(from, from + length);
        expect(crc32(part)).toBe(zlibCrc32(part));
      }
  });

  for (const [label, deflateRaw] of [
    ["node:zlib", (d: Uint8Array) => deflateRawSync(d, { level: 3 })],
    ["fflate", portableDeflate],
    ["an async deflater", async (d: Uint8Array) => deflateRawSync(d)],
  ] as const) {
    it(`reads back entry for entry (${label})`, async () => {
      const zip = await zipDeflated(entries, deflateRaw);
      const back = unzipSync(zip);
      expect(Object.keys(back)).toEqual(entries.map((e) => e.path));
      for (const e of entries) expect(strFromU8(back[e.path]!)).toBe(strFromU8(e.data));
      expect(zip.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0) / 4);
    });
  }

  it.runIf(
    (() => {
      try {
        execFileSync("unzip", ["-v"]);
        return true;
      } catch {
        return false;
      }
    })(),
  )("passes Info-ZIP's integrity test", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "zip-")), "t.zip");
    writeFileSync(file, await zipDeflated(entries, portableDeflate));
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
  });
});
