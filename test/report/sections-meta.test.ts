import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

describe("sections", () => {
  it("finds inline headings in a report that lost its line breaks", () => {
    const text =
      "一、2022年工作总结 全年完成税收2.1亿元。 (一)稳企业。走访企业300家。 二、存在问题 一是动能不足。 三、2023年工作思路 (一)抓招商。力争引进项目20个。";
    const r = parseReport(text, { source: "one-line.txt" });
    expect(r.sections.map((s) => [s.level, s.title, s.role])).toEqual([
      [1, "2022年工作总结", "review"],
      [2, "稳企业", "review"],
      [1, "存在问题", "problems"],
      [4, "动能不足", "problems"],
      [1, "2023年工作思路", "plan"],
      [2, "抓招商", "plan"],
    ]);
    expect(r.indicators.map((i) => i.kind)).toEqual(["actual", "actual", "target"]);
    expect(r.meta.reviewYear).toBe(2022);
    expect(r.meta.planYear).toBe(2023);
  });

  it("orders level-1 headings by year when their words say nothing (2024年主要工作 after 2023年工作回顾)", () => {
    const r = parseReport("一、2023年工作回顾\n新建绿道5公里。\n二、2024年主要工作\n新建绿道8公里。", {
      source: "x.txt",
    });
    expect(r.sections.map((s) => s.role)).toEqual(["review", "plan"]);
    expect(r.indicators.map((i) => i.kind)).toEqual(["actual", "target"]);
  });

  it("does not let slogan sub-headings set a role", () => {
    const r = parseReport("三、2025年工作计划\n(一)聚焦发展质效,推动经济发展取得新成效新突破\n新增企业30家。", {
      source: "x.txt",
    });
    expect(r.sections[1]!.role).toBe("plan");
  });
});

describe("metadata", () => {
  it("reads body, parent and publication date from a portal header", () => {
    const text =
      "江宁市河西区柳岸街道\n柳岸街道2024年工作计划\n来源: 柳岸街道办事处 发布时间:2024-03-10 14:40\n\n今年以来,柳岸街道完成固定资产投资5亿元。";
    const r = parseReport(text, { source: "x.txt" });
    expect(r.meta).toMatchObject({
      body: "柳岸街道",
      parent: "河西区",
      published: "2024-03-10",
      title: "柳岸街道2024年工作计划",
    });
  });

  it("takes the review year from the publication date when a plan-titled report reports this year's results", () => {
    const text =
      "柳岸街道2024年工作计划\n发布时间:2024-03-10\n(一)经济发展\n截至11月中旬,累计完成税收3.3亿元,已走访企业200家。";
    const r = parseReport(text, { source: "x.txt" });
    expect(r.meta.planYear).toBe(2024);
    expect(r.meta.reviewYear).toBe(2023);
    expect(r.indicators.every((i) => i.kind === "actual")).toBe(true);
  });

  it("reads a district report: body from the congress line, date from the speech line", () => {
    const text =
      "政府工作报告\n——2024年1月10日在城南区第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n城南区人民政府全年实现地区生产总值812.6亿元。";
    const r = parseReport(text, { source: "x.txt" });
    expect(r.meta).toMatchObject({ body: "城南区", published: "2024-01-10", reviewYear: 2023 });
  });

  it("takes a district whose name ends like a common word (东城区, 新城区) when it is written as a government", () => {
    const speech =
      "政府工作报告\n——2024年1月12日在东城区第十六届人民代表大会第三次会议上\n一、2023年工作回顾\n老城区改造完成12个片区。";
    expect(parseReport(speech, { source: "x.txt" }).meta.body).toBe("东城区");
    const notice = "新城区人民政府关于2023年工作的总结\n城区道路改造3条,主城区绿地新增5公顷。";
    expect(parseReport(notice, { source: "x.txt" }).meta.body).toBe("新城区");
    expect(parseReport("城区道路改造3条,主城区绿地新增5公顷。", { source: "x.txt" }).meta.body).toBeNull();
  });

  it("reads a 政府工作报告 title: the body before the year, the year as the plan year, the one before reviewed", () => {
    const text = "南湖区2022年政府工作报告\n一、过去一年工作回顾\n全区实现地区生产总值602亿元。";
    expect(parseReport(text, { source: "x.txt" }).meta).toMatchObject({
      body: "南湖区",
      reviewYear: 2021,
      planYear: 2022,
    });
  });

  it("does not take generic words (社区, 全区, 地区) for the body", () => {
    const r = parseReport("全区各社区完成地区生产总值统计,小区改造5个。", { source: "x.txt" });
    expect(r.meta.body).toBeNull();
    expect(r.warnings).toContainEqual({ code: "no-body" });
  });
});

describe("bad input", () => {
  it("returns an empty result with a warning for empty text and text with no numbers", () => {
    expect(parseReport("", { source: "e.txt" })).toMatchObject({
      indicators: [],
      warnings: [{ code: "empty" }],
    });
    expect(parseReport("坚持党建引领,深化改革。", { source: "n.txt" }).warnings).toContainEqual({ code: "no-figures" });
  });

  it("warns about mojibake", () => {
    expect(parseReport("閿熸枻鎷烽敓鏂ゆ嫹锟斤拷 12个", { source: "m.txt" }).warnings).toContainEqual({
      code: "garbled",
    });
  });
});

describe("years written in Chinese numerals", () => {
  it("reads 二〇二三年工作回顾 and 二〇二四年工作安排 as the review and plan years", () => {
    const r = parseReport("一、二〇二三年工作回顾\n新建道路5公里。\n二、二〇二四年工作安排\n新建道路8公里。", {
      source: "x.txt",
    });
    expect(r.meta).toMatchObject({ reviewYear: 2023, planYear: 2024 });
    expect(r.indicators.map((i) => [i.kind, i.year])).toEqual([
      ["actual", 2023],
      ["target", 2024],
    ]);
  });
});

describe("bodies of other levels", () => {
  it("finds a 镇, a 乡 named with a common word, and a 县 from its congress line", () => {
    const town = parseReport("青山镇2023年工作总结\n2023年,青山镇全镇实现农业总产值5.2亿元。", { source: "x.txt" });
    const township = parseReport(
      "和平乡2022年工作总结和2023年工作计划\n一、2022年工作总结\n全乡完成粮食播种面积3.2万亩。",
      { source: "x.txt" },
    );
    const county = parseReport(
      "政府工作报告\n——2024年1月8日在安平县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n全县地区生产总值完成236亿元。",
      { source: "x.txt" },
    );
    expect([town.meta.body, township.meta.body, county.meta.body]).toEqual(["青山镇", "和平乡", "安平县"]);
  });
});

describe("years and dates from titles, headings and headers", () => {
  const meta = (text: string) => parseReport(text, { source: "x.txt" }).meta;

  it("reads a portal's metadata header: 标题 gives the years, 发文时间 the date", () => {
    const text =
      "标题：安平县2020年政府工作报告\n发文单位：安平县人民政府\n发文时间：2020-01-09\n\n正文：\n一、2019年工作回顾\n全县生产总值增长6%。\n二、2020年工作安排\n生产总值增长6.5%。";
    expect(meta(text)).toMatchObject({
      title: "安平县2020年政府工作报告",
      reviewYear: 2019,
      planYear: 2020,
      published: "2020-01-09",
    });
  });

  it("gives no date for 发文时间：未知, and none from a page's 添加时间", () => {
    const text = "标题：2021年某市政府工作报告\n发文时间：未知\n添加时间 2021/2/12 15:20\n全市生产总值增长5%。";
    expect(meta(text).published).toBeNull();
  });

  it("reads a title spaced out (政 府 工 作 报 告) as a title", () => {
    const text = "政 府 工 作 报 告\n——2019年1月15日在安平县第十七届人民代表大会第三次会议上\n全县生产总值增长6%。";
    expect(meta(text)).toMatchObject({ title: "政府工作报告", published: "2019-01-15" });
  });

  it("reads the speech line with any dash, and in Chinese numerals", () => {
    expect(meta("政府工作报告\n――2022年1月23日在某市第十六届人民代表大会第二次会议上\n").published).toBe("2022-01-23");
    expect(meta("政府工作报告\n(2024年2月2日在某县第十八届人民代表大会第四次会议上)\n").published).toBe("2024-02-02");
    expect(meta("政府工作报告\n——二〇二四年一月二十一日在某省第十四届人民代表大会第二次会议上\n").published).toBe(
      "2024-01-21",
    );
  });

  it("reads unnumbered year headings: 2022年政府工作回顾 and 2023年主要工作", () => {
    const text =
      "标题：2023年某市政府工作报告\n2022年政府工作回顾\n全年生产总值增长3.8%。\n2023年主要工作\n生产总值增长6%左右。";
    const r = parseReport(text, { source: "x.txt" });
    expect(r.sections.map((s) => [s.title, s.role, s.year])).toEqual([
      ["2022年政府工作回顾", "review", 2022],
      ["2023年主要工作", "plan", 2023],
    ]);
    expect(r.meta).toMatchObject({ reviewYear: 2022, planYear: 2023 });
  });

  it("does not take a sentence that starts with a year for a heading", () => {
    const r = parseReport("一、2023年工作回顾\n2023年,全县生产总值增长6%,新增企业50家。\n", { source: "x.txt" });
    expect(r.sections.map((s) => s.title)).toEqual(["2023年工作回顾"]);
  });

  it("reads a year whose 〇 was lost to mojibake (二��二三年)", () => {
    const r = parseReport(
      "一、二\ufffd\ufffd二三年工作回顾\n新建道路5公里。\n二、二\ufffd二四年工作安排\n新建道路8公里。",
      {
        source: "x.txt",
      },
    );
    expect(r.meta).toMatchObject({ reviewYear: 2023, planYear: 2024 });
  });

  it("dates a news item on the speech by the report's year: 2月4日,市长…作政府工作报告", () => {
    const text =
      "标题：2026年某市政府工作报告\n本报讯 2月4日,市长在市十六届人大七次会议上作政府工作报告时指出,过去五年极不平凡。\n一、2025年工作回顾\n生产总值增长5%。";
    expect(meta(text).published).toBe("2026-02-04");
    expect(meta(text.replace("标题：2026年某市政府工作报告", "某市政府工作报告")).published).toBeNull();
  });

  it("gives a plan-only 政府工作报告 no review year, and a review-only summary no plan year", () => {
    const plan =
      "标题：2024年某市政府工作报告\n(一)聚力扩大内需\n今年力争固定资产投资增长8%,确保社会消费品零售总额增长6%,争取新开工项目100个。";
    expect(meta(plan)).toMatchObject({ reviewYear: null, planYear: 2024 });
    const review = "某街道2023年工作总结\n(一)经济发展\n全年已完成税收3.3亿元,同比增长5%,累计走访企业200家。";
    expect(meta(review)).toMatchObject({ reviewYear: 2023, planYear: null });
  });
});

describe("years of spans and loosely spaced dates", () => {
  it("takes the last year of a span in a heading (2018年至2022年工作回顾) as the reviewed year", () => {
    const r = parseReport("一、2018年至2022年工作回顾\n五年来新建道路50公里。\n二、2023年工作安排\n新建道路8公里。", {
      source: "x.txt",
    });
    expect(r.sections.map((s) => s.year)).toEqual([2022, 2023]);
    expect(r.meta).toMatchObject({ reviewYear: 2022, planYear: 2023 });
  });

  it("reads a speech line with spaces around the date, and not a date that is no speech's", () => {
    const meta = (text: string) => parseReport(text, { source: "x.txt" }).meta;
    expect(meta("政府工作报告\n—— 2024年1月10日 在某区第十八届人民代表大会第四次会议上\n").published).toBe(
      "2024-01-10",
    );
    expect(meta("政府工作报告\n2024年1月10日,全区召开经济工作会议。\n").published).toBeNull();
  });

  it("dates a 政府工作报告 whose title has no year by its speech line, with or without the day", () => {
    const meta = (text: string) => parseReport(text, { source: "x.txt" }).meta;
    const body =
      "\n一、过去一年工作回顾\n全州生产总值增长6%。\n二、今年工作安排\n力争生产总值增长6%,确保新增就业2万人。";
    expect(meta(`政府工作报告\n——2024年1月在某州第九届人民代表大会第四次会议上${body}`)).toMatchObject({
      reviewYear: 2023,
      planYear: 2024,
      published: null,
    });
    expect(meta(`政府工作报告\n——2024年1月8日在某州第九届人民代表大会第四次会议上${body}`)).toMatchObject({
      reviewYear: 2023,
      planYear: 2024,
      published: "2024-01-08",
    });
  });
});
