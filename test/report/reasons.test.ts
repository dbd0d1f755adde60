// Every record says why it has its kind and its year: one kind reason and one year reason, each a code of
// REASON_CODES, agreeing with the kind and the year the record has.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseReport, type Indicator, type Kind, type ReasonCode } from "../../src/report/index.ts";
import { one } from "./helpers.ts";

const seedsDir = new URL("../../seeds/", import.meta.url);
const seedRecords: Indicator[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => parseReport(readFileSync(new URL(f, seedsDir), "utf8"), { source: f }).indicators);

/** The kinds each kind rule may give. */
const KIND_OF: Partial<Record<ReasonCode, readonly Kind[]>> = {
  "cue-forecast": ["forecast"],
  "cue-target": ["target"],
  "cue-governing": ["forecast", "target"],
  "cue-target-after": ["target"],
  state: ["actual"],
  past: ["actual"],
  "section-plan": ["target"],
  "section-review": ["actual"],
  "section-other": ["actual"],
};

describe("why a record has its kind and year", () => {
  it("gives every seed record one kind reason then one year reason that agree with it", () => {
    expect(seedRecords.length).toBeGreaterThan(300);
    for (const r of seedRecords) {
      expect(r.why, r.id).toHaveLength(2);
      const [kind, year] = r.why;
      expect(KIND_OF[kind!.code], `${r.id} ${kind!.code}`).toContain(r.kind);
      expect(year!.code, r.id).toMatch(/^year-/);
      if (year!.code === "year-named") expect(year!.word, r.id).toBe(`${r.year}年`);
    }
  });

  it("uses several rules on the real seeds, and keeps the cue word as written", () => {
    const codes = new Set(seedRecords.flatMap((r) => r.why.map((w) => w.code)));
    expect(codes.size).toBeGreaterThanOrEqual(8);
    for (const r of seedRecords)
      for (const w of r.why)
        if (w.word && w.code !== "year-named") expect(r.sentence, `${r.id} ${w.word}`).toContain(w.word);
  });

  it("names the cue word of each rule", () => {
    const plan = (s: string) => `一、2024年工作总结\n完成投资1亿元。\n二、2025年工作计划\n${s}`;
    expect(one(plan("力争新增企业20家。"), "20家").why).toEqual([
      { code: "cue-target", word: "力争" },
      { code: "year-plan" },
    ]);
    expect(one(plan("新建公园3个。"), "3个").why).toEqual([{ code: "section-plan" }, { code: "year-plan" }]);
    expect(one(plan("我镇与开发区接壤12.5公里。"), "12.5公里").why).toEqual([
      { code: "state", word: "接壤" },
      { code: "year-plan" },
    ]);
    expect(one(plan("“十四五”时期,生产总值年均增长6%以上。"), "6%以上").why).toEqual([
      { code: "section-plan" },
      { code: "year-span", word: "十四五" },
    ]);
    expect(one("一、2024年工作总结\n2023年新增企业5家。", "5家").why).toEqual([
      { code: "section-review" },
      { code: "year-named", word: "2023年" },
    ]);
    expect(one("一、2024年工作总结\n预计全年生产总值增长5%。", "5%").why).toEqual([
      { code: "cue-forecast", word: "预计" },
      { code: "year-review" },
    ]);
  });
});
