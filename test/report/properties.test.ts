import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parseReport } from "../../src/report/index.ts";

const seedText = readFileSync(new URL("../../seeds/000_e503b99b59d123f0.txt", import.meta.url), "utf8");
const reportAlphabet = [
  ..."0123456789.,，、;；:：%％㎡()（）“”《》\n 一二两三四五六七八九十百千万亿第余多约近以上下内左右个家人元亿万平方米同比增长下降分别列全区排名力争预计计划年月日是-",
];

/** The fastest of five parses: another process taking the CPU only ever adds time, so the minimum is the parse's own. */
function timeToParse(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    parseReport(text, { source: "p.txt" });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("parseReport properties", () => {
  it("never throws, and every record's quote stands at its offset in the original text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...reportAlphabet), { maxLength: 400 }).map((a) => a.join("")),
        ),
        (text) => {
          const r = parseReport(text, { source: "p.txt" });
          for (const x of r.indicators) {
            expect(text.slice(x.at, x.at + x.quote.length)).toBe(x.quote);
            expect(Number.isFinite(x.value)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps offsets exact on slices of a real report", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seedText.length }), fc.integer({ min: 0, max: 3000 }), (start, len) => {
        const text = seedText.slice(start, start + len);
        for (const x of parseReport(text, { source: "p.txt" }).indicators)
          expect(text.slice(x.at, x.at + x.quote.length)).toBe(x.quote);
      }),
      { numRuns: 100 },
    );
  });

  it("stays linear on pathological input (long digit runs, 万万万…, 100 KB of one character)", () => {
    const inputs = ["9", "万", "一", "“", "第", "1个", "、", "%"];
    for (const unit of inputs) {
      const small = timeToParse(unit.repeat(25_000));
      const large = timeToParse(unit.repeat(100_000));
      // Four times the input: allow generous noise (GC, a shared CPU), but not the 16× of quadratic work, which on
      // 100,000 characters would take seconds, far above the 200 ms floor.
      expect(large, `input of ${unit}`).toBeLessThan(Math.max(200, small * 10));
    }
  });
});
