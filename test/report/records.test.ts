import { describe, expect, it } from "vitest";
import { one, recordsOf } from "./helpers.ts";

describe("measure, sign and distribution", () => {
  it("splits a level and its change into two records with the same name", () => {
    const rs = recordsOf("完成外贸进出口总额18.6亿元,同比增长12.4%。");
    expect(rs.map((r) => [r.value, r.measure, r.name])).toEqual([
      [18.6, "level", "外贸进出口总额"],
      [12.4, "yoy", "外贸进出口总额"],
    ]);
  });

  it("writes declines as negative changes", () => {
    expect(one("安全事故起数同比下降21.5%。", "21.5%").value).toBe(-21.5);
    expect(one("商品房销售面积同比降幅8.2%。", "8.2%").value).toBe(-8.2);
    expect(one("工业用电量增幅-3.4%。", "-3.4%").value).toBe(-3.4);
    expect(one("投诉件环比减少15%。", "15%")).toMatchObject({ value: -15, measure: "mom" });
  });

  it("treats a bare 增长 of a rate as a change against last year", () => {
    expect(one("税收收入增长9%。", "9%")).toMatchObject({ measure: "yoy", name: "税收收入" });
  });

  it("keeps 增加值 and 增长率 as names, not changes", () => {
    expect(one("服务业增加值增长6.1%。", "6.1%").name).toBe("服务业增加值");
  });

  it("distributes 同比分别 over the levels before it, in order", () => {
    const rs = recordsOf("全年工业总产值86.5亿元,工业投资12.2亿元,同比分别增长7.3%和-2.1%。");
    const changes = rs.filter((r) => r.measure === "yoy");
    expect(changes.map((r) => [r.name, r.value])).toEqual([
      ["工业总产值", 7.3],
      ["工业投资", -2.1],
    ]);
  });

  it("distributes 分别下降 with the sign on every member", () => {
    const rs = recordsOf("刑事案件1200起,治安案件3400起,同比分别下降10%、12%。");
    expect(rs.filter((r) => r.measure === "yoy").map((r) => r.value)).toEqual([-10, -12]);
  });

  it("gives a rank after a figure that figure's name; 均列 ranks the figure before it", () => {
    const rs = recordsOf("农村居民人均可支配收入3.8万元,列全市第一。");
    expect(rs[1]).toMatchObject({ measure: "rank", value: 1, name: "农村居民人均可支配收入" });
    expect(one("新增市场主体2400户,增速位列全市第二。", "第二").name).toBe("新增市场主体增速");
  });

  it("uses 倍 as another measure", () => {
    expect(one("科创空间扩大3倍。", "3倍").measure).toBe("other");
  });
});

describe("names", () => {
  it("names a count whose noun follows the number", () => {
    expect(one("完成4个老旧小区改造。", "4个").name).toBe("老旧小区改造");
    expect(one("新建3所幼儿园。", "3所").name).toBe("新建幼儿园");
  });

  it("drops verbs of doing and time words from the front", () => {
    expect(one("1-6月累计实现招商引资到位资金21亿元。", "21亿元").name).toBe("招商引资到位资金");
  });

  it("lets a second count in a pair share the first one's name (5户7人)", () => {
    const rs = recordsOf("新纳入特困供养对象9户12人。");
    expect(rs.map((r) => r.name)).toEqual(["新纳入特困供养对象", "新纳入特困供养对象"]);
  });

  it("takes the noun after an enumeration ending in 等", () => {
    expect(one("完成东苑、西苑、南苑等5个小区雨污分流。", "5个").name).toBe("小区雨污分流");
  });
});

describe("kind, period and year", () => {
  it("reads 预计 as a forecast until the end of its clause group", () => {
    const rs = recordsOf("1-11月,预计完成固定资产投资45亿元,同比增长6%;实现社零总额80亿元。");
    expect(rs.map((r) => r.kind)).toEqual(["forecast", "forecast", "actual"]);
    expect(rs[0]!.period).toBe("1-11月");
  });

  it("reads 力争, 确保 and 将 as targets even in a review", () => {
    expect(one("年底力争完成税收3亿元。", "3亿元").kind).toBe("target");
    expect(one("已举办讲座6场,另有2场将于年底举办。", "2场").kind).toBe("target");
  });

  it("does not read a named plan (“…”计划) as a target cue", () => {
    expect(one("实施“青苗”计划,培训青年干部120人次。", "120人次").kind).toBe("actual");
  });

  it("makes every figure of a plan section a target, with the plan year", () => {
    const text = "一、2023年工作总结\n全年新增就业2100人。\n二、2024年工作计划\n新增就业2300人,新建口袋公园3个。";
    const rs = recordsOf(text);
    expect(rs.map((r) => [r.kind, r.year])).toEqual([
      ["actual", 2023],
      ["target", 2024],
      ["target", 2024],
    ]);
    expect(rs[1]!.section).toEqual(["2024年工作计划"]);
  });

  it("dates a forecast in a plan section to the plan year, and one in a review to the review year", () => {
    const text = "一、2023年工作总结\n预计全年完成投资12亿元。\n二、2024年工作安排\n预计全年粮食产量稳定在3.2万吨。";
    expect(recordsOf(text).map((r) => [r.kind, r.year])).toEqual([
      ["forecast", 2023],
      ["forecast", 2024],
    ]);
  });

  it("gives every record a stable id, provenance and a standard value", () => {
    const r = one("一、2023年工作总结\n实现一般公共预算收入6.5亿元。", "6.5亿元");
    expect(r.id).toBe(`t:${r.at}:level`);
    expect(r.canonical).toBe("一般公共预算收入");
    expect(r.standard).toEqual({ value: 65000, unit: "万元" });
    expect(r.sentence).toBe("实现一般公共预算收入6.5亿元。");
  });
});

describe("district report constructions", () => {
  it("reads 突破 as at least, compound units, and percentage points as a comparison", () => {
    expect(one("规模以上工业总产值突破2000亿元。", "2000亿元").qualifier).toBe("at_least");
    expect(one("PM2.5平均浓度下降至28微克/立方米。", "28微克/立方米").unit).toBe("微克/立方米");
    expect(one("增速高于全市平均水平0.6个百分点。", "0.6个百分点").measure).toBe("other");
    expect(one("研发投入强度同比提高0.3个百分点。", "0.3个百分点").measure).toBe("yoy");
  });

  it("reads a plan's growth targets with their qualifiers", () => {
    const text = "二、2024年主要目标\n地区生产总值增长6%左右,固定资产投资增长8%以上,城镇新增就业2.5万人以上。";
    expect(recordsOf(text).map((r) => [r.name, r.measure, r.kind, r.qualifier])).toEqual([
      ["地区生产总值", "yoy", "target", "approx"],
      ["固定资产投资", "yoy", "target", "at_least"],
      ["城镇新增就业", "level", "target", "at_least"],
    ]);
  });
});

describe("targets named as nouns", () => {
  it("reads 完成年度目标的92% as an achieved share, not a target", () => {
    expect(one("截至10月底,完成年度目标的92%。", "92%").kind).toBe("actual");
    expect(one("年底力争完成税收4.2亿元,占全年计划的70%。", "70%").kind).toBe("target");
  });
});

describe("changes against last year in counts, and levels reached", () => {
  it("reads 较上年增加…120家 as a change against last year, and a decline as negative", () => {
    expect(one("较上年增加企业120家。", "120家")).toMatchObject({ measure: "yoy", value: 120 });
    expect(one("安全事故比去年减少3起。", "3起")).toMatchObject({ measure: "yoy", value: -3 });
  });

  it("names a level reached by 提高到 without the verb", () => {
    expect(one("森林覆盖率提高到42.5%。", "42.5%")).toMatchObject({ measure: "level", name: "森林覆盖率" });
  });
});

describe("canonical names", () => {
  it("does not take an intensity or a share for the amount it is made from", () => {
    expect(one("研发经费投入强度达到3.1%。", "3.1%").canonical).toBeNull();
    expect(one("研发经费投入比例达到2.4%。", "2.4%").canonical).toBeNull();
    expect(one("研发经费投入5.2亿元。", "5.2亿元").canonical).toBe("研发投入");
  });
});

describe("names said once for two figures, or not said at all", () => {
  it("splits 城乡居民… 分别 into the urban and the rural figure, levels and changes alike", () => {
    const rs = recordsOf("城乡居民人均可支配收入分别达到51200元和26400元,分别增长4.8%和6.9%。");
    expect(rs.map((r) => [r.quote, r.name, r.measure, r.canonical])).toEqual([
      ["51200元", "城镇居民人均可支配收入", "level", "城镇居民人均可支配收入"],
      ["26400元", "农村居民人均可支配收入", "level", "农村居民人均可支配收入"],
      ["4.8%", "城镇居民人均可支配收入", "yoy", "城镇居民人均可支配收入"],
      ["6.9%", "农村居民人均可支配收入", "yoy", "农村居民人均可支配收入"],
    ]);
    expect(one("城乡居民医保参保率达到98%。", "98%").name).toBe("城乡居民医保参保率");
  });

  it("keeps a threshold with digits (1000万元以上, 5000平方米以上的) in the name of the count after it", () => {
    const rs = recordsOf(
      "新引进企业96家,其中注册资本1000万元以上企业9家;建成5000平方米以上的商业综合体2个,完成投资3亿元以上。",
    );
    expect(rs.map((r) => [r.quote, r.name])).toEqual([
      ["96家", "新引进企业"],
      ["9家", "注册资本1000万元以上企业"],
      ["2个", "建成5000平方米以上的商业综合体"],
      ["3亿元以上", "投资"],
    ]);
  });

  it("names a figure after what the clause before is about, not how it changed", () => {
    expect(one("社区卫生服务中心门诊量增长1倍,达到12万人次。", "12万人次").name).toBe("社区卫生服务中心门诊量");
  });

  it("gives a figure named only by its verb (稳定在, 控制在) the name of the figure before it", () => {
    expect(one("茶叶产量达到1.3万吨,连续三年稳定在1万吨以上。", "1万吨以上").name).toBe("茶叶产量");
  });
});
