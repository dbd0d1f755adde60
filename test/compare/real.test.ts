// The pairing on real reports: the development corpus (two governments over consecutive years) and the seeds.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseReport, type Report } from "../../src/report/index.ts";
import {
  figuresOf,
  identify,
  nameSimilarity,
  pairGoals,
  Synonyms,
  NAME_SIMILARITY_THRESHOLD,
} from "../../src/compare/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const folder = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseReport(readFileSync(`${dir}/${f}`, "utf8"), { source: f }));
const dev = folder(`${root}../shared/dev/raw`);
const all: Report[] = [...dev, ...folder(`${root}seeds`), ...folder(`${root}test/fixtures`)];

describe("pairing real reports", () => {
  it("makes no false pair: every actual has its target's body, year, measure, indicator and unit, from a later report", () => {
    const syn = new Synonyms();
    const pairs = pairGoals(figuresOf(all)).filter((p) => p.actual);
    expect(pairs.length).toBeGreaterThan(10);
    for (const { target, actual, basis } of pairs) {
      const t = target.record;
      const a = actual!.record;
      const where = `${target.report.id} ${t.name} ${t.value}${t.unit} → ${actual!.report.id} ${a.name} ${a.value}${a.unit}`;
      expect(actual!.body, where).toBe(target.body);
      expect(target.body, where).not.toBeNull();
      expect(a.year, where).toBe(t.year);
      expect(actual!.report.meta.reviewYear, where).toBe(t.year);
      expect(actual!.report.id, where).not.toBe(target.report.id);
      expect(target.report.meta.reviewYear ?? -Infinity, where).toBeLessThan(t.year!);
      expect(a.measure, where).toBe(t.measure);
      expect(a.standard?.unit ?? a.unit, where).toBe(t.standard?.unit ?? t.unit);
      expect(["actual", "forecast"]).toContain(a.kind);
      const [ti, ai] = [identify(t, syn), identify(a, syn)];
      if (basis === "canonical") expect(ai.canonical, where).toBe(ti.canonical);
      else expect(nameSimilarity(ti.indicator, ai.indicator), where).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
      expect(ai.scopes, where).toEqual(ti.scopes);
    }
  });

  it("never pairs the cases that misled before: 条 with 亿元, 新增 with the total, a multi-year average with one year", () => {
    const pairs = pairGoals(figuresOf(all)).filter((p) => p.actual);
    for (const { target, actual } of pairs) {
      expect(target.record.name.includes("新增")).toBe(actual!.record.name.includes("新增"));
      expect(actual!.record.sentence.slice(0, actual!.record.sentence.indexOf(actual!.record.quote))).not.toMatch(
        /年均[^，；。]*$/,
      );
    }
  });
});
