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
