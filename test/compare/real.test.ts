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

describe("pairs.json, given the metadata a careful reader gives (../shared/dev/meta.json)", () => {
  interface Meta {
    file: string;
    body: string;
    parent: string;
    reviewYear: number | null;
    planYear: number | null;
  }
  const metas = JSON.parse(readFileSync(`${root}../shared/dev/meta.json`, "utf8")) as Meta[];
  const expected = JSON.parse(readFileSync(`${root}../shared/dev/pairs.json`, "utf8")) as {
    pairs: {
      body: string;
      year: number;
      targetFile: string;
      actualFile: string;
      rows: { canonical: string; measure: string; target: number; actual: number | null }[];
    }[];
  };
  // The parser's records with the report's body and years as meta.json states them; a record the parser could
  // not date takes the plan year (targets) or the review year (results), as its section says.
  const corrected: Report[] = dev.map((r) => {
    const m = metas.find((x) => x.file === r.source)!;
    return {
      ...r,
      meta: { ...r.meta, body: m.body, parent: m.parent, reviewYear: m.reviewYear, planYear: m.planYear },
      indicators: r.indicators.map((i) => ({
        ...i,
        year: i.year ?? (i.kind === "target" ? m.planYear : m.reviewYear),
      })),
    };
  });

  it("pairs every hand-checked target with its actual, or with none where the next report states none", () => {
    const syn = new Synonyms();
    const pairs = pairGoals(figuresOf(corrected));
    const got = expected.pairs.flatMap((p) =>
      p.rows.map((row) => {
        const found = pairs.filter(
          (x) =>
            x.target.report.source === p.targetFile &&
            x.target.record.year === p.year &&
            identify(x.target.record, syn).canonical === row.canonical &&
            x.identity.measure === row.measure &&
            x.identity.scopes.length === 0 &&
            (x.target.record.standard?.value ?? x.target.record.value) === row.target,
        );
        const actual = found[0]?.actual;
        return {
          target: `${p.body} ${p.year} ${row.canonical} ${row.target}`,
          rows: found.length,
          actual: actual ? (actual.record.standard?.value ?? actual.record.value) : null,
          from: actual ? actual.report.source : null,
        };
      }),
    );
    const want = expected.pairs.flatMap((p) =>
      p.rows.map((row) => ({
        target: `${p.body} ${p.year} ${row.canonical} ${row.target}`,
        rows: 1,
        actual: row.actual,
        from: row.actual === null ? null : p.actualFile,
      })),
    );
    expect(got).toEqual(want);
  });
});
