import { describe, expect, it } from "vitest";
import type { Indicator, Report } from "../../src/report/index.ts";
import { standardValue } from "../../src/report/canonical.ts";
import {
  applyCorrections,
  figuresOf,
  identify,
  nameSimilarity,
  pairGoals,
  reportedResults,
  Synonyms,
  type Figure,
} from "../../src/compare/index.ts";

let serial = 0;
/** A report of `body` reviewing `review` and planning `review + 1`, with records given as partial indicators. */
function report(id: string, body: string | null, review: number | null, records: Partial<Indicator>[]): Report {
  const r: Report = {
    id,
    source: `${id}.txt`,
    meta: {
      title: null,
      body,
      parent: null,
      reviewYear: review,
      planYear: review === null ? null : review + 1,
      published: null,
    },
    sections: [],
    indicators: [],
    warnings: [],
    length: 0,
  };
  r.indicators = records.map((p) => {
    const value = p.value ?? 1;
    const unit = p.unit ?? "%";
    const quote = p.quote ?? `${value}${unit}`;
    return {
      id: `${id}-${serial++}`,
      quote,
      at: serial,
      value,
      unit,
      name: "地区生产总值",
      measure: "yoy",
      kind: "actual",
      qualifier: "exact",
      period: null,
      year: review,
      canonical: null,
      standard: standardValue(value, unit),
      section: [],
      sentence: p.sentence ?? `${p.name ?? "地区生产总值"}${quote}。`,
      why: [],
      ...p,
    } satisfies Indicator;
  });
  return r;
}
const target = (p: Partial<Indicator>): Partial<Indicator> => ({ kind: "target", year: 2024, ...p });
const only = (reports: Report[]) => pairGoals(figuresOf(reports));
const actualOf = (reports: Report[]) => only(reports).map((p) => p.actual?.record.value ?? null);

describe("identity", () => {
  const syn = new Synonyms();
  it("pairs headline indicators through canonical names: 生产总值 = 地区生产总值 = GDP, 规模以上 = 规上", () => {
    const id = (name: string) =>
      identify(
        {
          name,
          canonical: null,
          sentence: "",
          quote: "",
          period: null,
          standard: null,
          unit: "%",
          measure: "yoy" as const,
        },
        syn,
      );
    expect(["生产总值", "地区生产总值", "GDP", "全市生产总值"].map((n) => id(n).canonical)).toEqual(
      Array(4).fill("地区生产总值"),
    );
    expect(id("规模以上工业增加值").canonical).toBe(id("规上工业增加值").canonical);
    expect(id("居民消费价格指数涨幅").canonical).toBe("居民消费价格");
    expect(id("生产总值").headline).toBe(0);
    expect(id("新建老年食堂").canonical).toBeNull();
  });

  it("takes synonyms a user adds", () => {
    const mine = new Synonyms([["夜间经济营业额", "夜经济营业额"]]);
    const rec = {
      name: "夜经济营业额",
      canonical: null,
      sentence: "",
      quote: "",
      period: null,
      standard: null,
      unit: "万元",
      measure: "level" as const,
    };
    expect(identify(rec, mine).canonical).toBe("夜间经济营业额");
    expect(identify(rec, syn).canonical).toBeNull();
  });

  it("finds the scope in the name and in the words just before the figure (年均增长6.3%)", () => {
    const rec = (name: string, sentence: string, quote: string) =>
      identify(
        { name, canonical: null, sentence, quote, period: null, standard: null, unit: "%", measure: "yoy" as const },
        syn,
      );
    expect(rec("生产总值", "生产总值年均增长6.3%，规上工业增长4.5%。", "6.3%").scopes).toEqual(["average"]);
    expect(rec("生产总值", "生产总值增长6.3%，规上工业年均增长4.5%。", "6.3%").scopes).toEqual([]);
    expect(rec("新增城镇就业", "新增城镇就业9.5万人。", "9.5万人").scopes).toEqual([]);
    expect(rec("新增高新技术企业", "新增高新技术企业100家。", "100家").scopes).toEqual(["added"]);
  });
});

describe("pairGoals", () => {
  const plan = (records: Partial<Indicator>[]) => report("plan-2024", "东柳街道", 2023, records.map(target));
  const review = (records: Partial<Indicator>[], id = "review-2024") => report(id, "东柳街道", 2024, records);

  it("pairs a target with the same body's actual for its year from the report reviewing that year", () => {
    const pairs = only([plan([{ value: 8 }]), review([{ value: 8.4 }])]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ basis: "canonical", confidence: 1, preliminary: false });
    expect(pairs[0]!.actual!.record.value).toBe(8.4);
  });

  it("refuses another body, another year, a report that does not review the year, and the target's own report", () => {
    expect(actualOf([plan([{ value: 8 }]), report("other", "西柳街道", 2024, [{ value: 8.4 }])])).toEqual([null]);
    expect(actualOf([plan([{ value: 8 }]), review([{ value: 8.4, year: 2023 }])])).toEqual([null]);
    expect(actualOf([plan([{ value: 8 }]), report("later", "东柳街道", 2025, [{ value: 8.4, year: 2024 }])])).toEqual([
      null,
    ]);
    // 另有3场将在年底完成 beside the 14 already held: one sentence, one report.
    const own = report("review-2020", "秦灶街道", 2020, [
      {
        name: "民法典宣讲",
        value: 14,
        unit: "场",
        measure: "level",
        sentence: "开展14场民法典宣讲,另有3场将在年底完成",
      },
      { name: "民法典宣讲", value: 3, unit: "场", measure: "level", kind: "target", year: 2020 },
    ]);
    expect(actualOf([own])).toEqual([null]);
  });

  it("refuses a body or year the parser could not tell", () => {
    expect(
      actualOf([report("p", null, 2023, [target({ value: 8 })]), report("r", null, 2024, [{ value: 8.4 }])]),
    ).toEqual([null]);
    expect(actualOf([plan([{ value: 8, year: null }]), review([{ value: 8.4, year: null }])])).toEqual([null]);
    expect(actualOf([plan([{ value: 8 }]), report("r", "东柳街道", null, [{ value: 8.4, year: 2024 }])])).toEqual([
      null,
    ]);
  });

  it("needs the same measure and a compatible unit: 万元 with 亿元, never 条 with 亿元", () => {
    const invest = { name: "固定资产投资", canonical: "固定资产投资", measure: "level" as const };
    expect(
      actualOf([plan([{ ...invest, value: 9, unit: "亿元" }]), review([{ ...invest, value: 81000, unit: "万元" }])]),
    ).toEqual([81000]);
    const roads = { name: "投资", measure: "level" as const };
    expect(
      actualOf([plan([{ ...roads, value: 65, unit: "条" }]), review([{ ...roads, value: 46.9, unit: "亿元" }])]),
    ).toEqual([null]);
    expect(
      actualOf([plan([{ value: 8, measure: "yoy" }]), review([{ value: 3725, unit: "亿元", measure: "level" }])]),
    ).toEqual([null]);
  });

  it("needs the same scope: 新增 is not the total, 年均 is not one year, 1-11月 is not the year, a project is not the body", () => {
    const firms = { name: "高新技术企业", canonical: "高新技术企业", measure: "level" as const, unit: "家" };
    expect(
      actualOf([
        plan([{ ...firms, name: "新增高新技术企业", value: 100, sentence: "新增高新技术企业100家。" }]),
        review([{ ...firms, value: 1306, sentence: "高新技术企业达到1306家。" }]),
      ]),
    ).toEqual([null]);
    expect(
      actualOf([
        plan([{ value: 6 }]),
        review([{ value: 5.6, sentence: "地区生产总值年均增长5.6%，规上工业增加值年均增长7.4%。" }]),
      ]),
    ).toEqual([null]);
    expect(actualOf([plan([{ value: 6 }]), review([{ value: 5.9, period: "1-11月" }])])).toEqual([null]);
    const invest = { canonical: "固定资产投资", measure: "level" as const, unit: "亿元" };
    expect(
      actualOf([
        plan([{ ...invest, name: "项目固定资产投资", value: 9.5 }]),
        review([{ ...invest, name: "固定资产投资", value: 7139 }]),
      ]),
    ).toEqual([null]);
  });

  it("prefers the whole year's reported figure to a 预计 one, and says when candidates disagree", () => {
    const pairs = only([
      plan([{ value: 8 }]),
      review([
        { value: 7.9, kind: "forecast" },
        { value: 5.9, period: "1-11月" },
        { value: 8.4, period: "全年" },
        { value: 8.2 },
      ]),
    ]);
    expect(pairs[0]!.actual!.record.value).toBe(8.4);
    expect(pairs[0]!.preliminary).toBe(false);
    expect(pairs[0]!.disagreeing.map((f) => f.record.value)).toEqual([8.2]);
    const preliminary = only([plan([{ value: 8 }]), review([{ value: 7.9, kind: "forecast" }])])[0]!;
    expect([preliminary.actual!.record.value, preliminary.preliminary]).toEqual([7.9, true]);
  });

  it("pairs other targets by name similarity, with a confidence, and never below the threshold", () => {
    const canteen = { measure: "level" as const, unit: "个", canonical: null };
    const pairs = only([
      plan([
        { ...canteen, name: "新建老年食堂", value: 1 },
        { ...canteen, name: "新建婴幼儿照护驿站", value: 1 },
      ]),
      review([{ ...canteen, name: "新建街道级老年食堂", value: 1 }]),
    ]);
    expect(pairs.map((p) => [p.basis, p.actual?.record.name ?? null])).toEqual([
      ["name", "新建街道级老年食堂"],
      [null, null],
    ]);
    expect(pairs[0]!.confidence).toBeCloseTo(nameSimilarity("新建老年食堂", "新建街道级老年食堂"), 2);
    expect(pairs[0]!.confidence).toBeLessThan(1);
  });

  it("keeps one row for a target stated twice in one report", () => {
    const pairs = only([
      plan([
        { value: 2300, unit: "人", name: "城镇新增就业", measure: "level" },
        { value: 2300, unit: "人", name: "城镇新增就业", measure: "level" },
      ]),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.repeats).toHaveLength(1);
  });
});

describe("corrections", () => {
  it("drops a record that is no indicator, sets kind, year, body and canonical, and pairs by hand", () => {
    const p = report("plan", "东柳街道", 2023, [
      target({ value: 8 }),
      target({ name: "老年助餐点", canonical: null, measure: "level", unit: "个", value: 3 }),
      target({ name: "八项规定", canonical: null, measure: "level", unit: "项", value: 8 }),
    ]);
    const r = report("review", null, 2024, [
      { value: 8.4, year: 2023 },
      { name: "社区食堂", canonical: null, measure: "level", unit: "个", value: 4 },
    ]);
    const [gdp, meals, rule] = p.indicators.map((x) => x.id);
    const [gdpActual, canteens] = r.indicators.map((x) => x.id);
    const figures = figuresOf([p, r]);
    expect(only([p, r]).filter((x) => x.actual)).toHaveLength(0);
    const corrected = applyCorrections(figures, [
      { record: rule!, field: "notIndicator" },
      { record: gdpActual!, field: "year", value: 2024 },
      { record: gdpActual!, field: "body", value: "东柳街道" },
      { record: canteens!, field: "body", value: "东柳街道" },
      { record: meals!, field: "pairWith", value: canteens! },
      { record: "gone", field: "kind", value: "actual" },
    ]);
    const pairs = pairGoals(corrected.figures, corrected.options);
    expect(pairs.map((x) => [x.target.record.id, x.actual?.record.id ?? null, x.basis])).toEqual([
      [gdp, gdpActual, "canonical"],
      [meals, canteens, "manual"],
    ]);
    expect(corrected.unmatched).toEqual([{ record: "gone", field: "kind", value: "actual" }]);
  });
});

describe("reportedResults", () => {
  it("gives one whole-year result per body, indicator, measure and year, a reported one before a 预计 one", () => {
    const figures: Figure[] = figuresOf([
      report("r2023", "东柳街道", 2023, [
        { value: 7, kind: "forecast" },
        { value: 7.5 },
        { value: 6, period: "上半年" },
      ]),
      report("r2024", "东柳街道", 2024, [{ value: 8.4 }, { value: 5.6, sentence: "生产总值年均增长5.6%。" }]),
    ]);
    expect(reportedResults(figures).map((r) => [r.indicator, r.year, r.value, r.preliminary])).toEqual([
      ["地区生产总值", 2023, 7.5, false],
      ["地区生产总值", 2024, 8.4, false],
    ]);
  });
});
