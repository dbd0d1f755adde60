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

  it("reads 涨幅 and 上涨 of prices as changes", () => {
    expect(one("居民消费价格涨幅2%左右。", "2%左右")).toMatchObject({ measure: "yoy", name: "居民消费价格" });
    expect(one("猪肉价格上涨12%。", "12%")).toMatchObject({ measure: "yoy", name: "猪肉价格" });
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

  it("reads an amount with a threshold and 的, the last of its clause, as describing the noun after it", () => {
    const quotes = (text: string) => recordsOf(text).map((r) => r.quote);
    expect(quotes("力争消除村级集体经济收入3万元以下的村,新增就业500人。")).toEqual(["500人"]);
    expect(quotes("尽快消除财政收入5亿元以下的乡镇。")).toEqual([]);
    // negative: a noun it measures (的增长, 的目标), a count of the noun itself, a figure after it in the clause
    expect(quotes("全年保持地区生产总值6%以上的增长。")).toEqual(["6%以上"]);
    expect(quotes("完成固定资产投资10亿元以上的目标。")).toEqual(["10亿元以上"]);
    expect(quotes("建成3个以上的示范点。")).toEqual(["3个以上"]);
    expect(quotes("年收入10万元以上的村达到60%以上。")).toEqual(["60%以上"]);
  });

  it("names a figure after what the clause before is about, not how it changed", () => {
    expect(one("社区卫生服务中心门诊量增长1倍,达到12万人次。", "12万人次").name).toBe("社区卫生服务中心门诊量");
  });

  it("gives a figure named only by its verb (稳定在, 控制在) the name of the figure before it", () => {
    expect(one("茶叶产量达到1.3万吨,连续三年稳定在1万吨以上。", "1万吨以上").name).toBe("茶叶产量");
  });
});

describe("kind from the language, not from the section alone", () => {
  const plan = (body: string) => `一、2023年工作总结\n全年新增就业2100人。\n二、2024年工作计划\n${body}`;

  it("keeps results written with a cue word in the past (确保了, 争取到) as actuals", () => {
    expect(one("日夜奋战,确保了全镇1.2万户居民按时通气。", "1.2万户").kind).toBe("actual");
    expect(one("积极对接上级部门,争取到专项债券资金3.6亿元。", "3.6亿元").kind).toBe("actual");
    // negative: the same cue words, not in the past, still set a target
    expect(one("确保全镇1.2万户居民按时通气。", "1.2万户").kind).toBe("target");
    expect(one("争取专项债券资金3.6亿元。", "3.6亿元").kind).toBe("target");
  });

  it("reads a share of the plan (占年计划投资的126.5%) as a result, not a target", () => {
    expect(one("完成投资8.4亿元,占年计划投资的103.2%。", "103.2%").kind).toBe("actual");
    expect(one("新建道路完成目标任务的110%。", "110%").kind).toBe("actual");
    // negative: a plan noun that states the goal itself
    expect(one("计划投资8.4亿元。", "8.4亿元").kind).toBe("target");
  });

  it("keeps what the place is (接壤, 贯穿, 有N条) as actuals in a plan section", () => {
    const rs = recordsOf(plan("我镇与开发区接壤12.5公里,境内有2条国道贯穿南北。新建公园3个。"));
    expect(rs.map((r) => [r.quote, r.kind])).toEqual([
      ["2100人", "actual"],
      ["12.5公里", "actual"],
      ["2条", "actual"],
      ["3个", "target"],
    ]);
    expect(rs[1]!.why[0]).toEqual({ code: "state", word: "接壤" });
    // negative: 将有 is a goal
    expect(one(plan("年底将有2条公交线路开通。"), "2条").kind).toBe("target");
  });

  it("keeps what was already done (已, 去年) as actuals in a plan section", () => {
    expect(one(plan("在已建成的4个驿站基础上,再建2个。"), "4个").kind).toBe("actual");
    expect(one(plan("在已建成的4个驿站基础上,再建2个。"), "2个").kind).toBe("target");
  });

  it("lets a cue that opens a sentence govern all of it: 初步预计，…; 主要预期目标是：…", () => {
    const prelim = recordsOf(
      "一、2023年工作回顾\n初步预计,全县生产总值增长6%;一般公共预算收入5.2亿元;城镇居民人均可支配收入增长5.5%。",
    );
    expect(prelim.map((r) => [r.kind, r.year])).toEqual([
      ["forecast", 2023],
      ["forecast", 2023],
      ["forecast", 2023],
    ]);
    const goals = recordsOf(
      "一、2023年工作回顾\n全县生产总值增长5%。今年经济社会发展的主要预期目标是:生产总值增长6%左右;城镇新增就业2500人。",
    );
    expect(goals.map((r) => [r.quote, r.kind])).toEqual([
      ["5%", "actual"],
      ["6%左右", "target"],
      ["2500人", "target"],
    ]);
    expect(goals[2]!.why[0]).toMatchObject({ code: "cue-governing" });
    // negative: a cue inside a long first clause governs only its own clause group
    expect(one("预计完成投资5亿元,较上年增长3%;新建厂房2幢。", "2幢").kind).toBe("actual");
  });
});

describe("multi-year figures", () => {
  it("gives a 十四五 figure the plan's span as its period and its last year", () => {
    const r = one("二、2021年工作安排\n“十四五”时期,生产总值年均增长6%以上。", "6%以上");
    expect(r).toMatchObject({ kind: "target", period: "2021-2025", year: 2025, name: "生产总值" });
  });

  it("spans 五年来 over the five years up to the review year", () => {
    const text = "一、2022年工作回顾\n全年生产总值增长5%。五年来,累计新建学校12所。\n二、2023年工作安排\n新建学校3所。";
    expect(one(text, "12所")).toMatchObject({ period: "2018-2022", year: 2022, kind: "actual" });
    expect(one(text, "5%")).toMatchObject({ period: "全年", year: 2022 });
    expect(one(text, "3所")).toMatchObject({ period: null, year: 2023 });
  });

  it("carries a span to a later 年均 or 累计 figure of the same paragraph, not past a line break", () => {
    const text = "一、2025年工作回顾\n“十四五”发展目标圆满实现。生产总值年均增长5.6%。\n规上工业增加值年均增长7%。";
    expect(one(text, "5.6%")).toMatchObject({ period: "2021-2025", year: 2025 });
    // negative: no span in scope, an average has no one year
    expect(one(text, "7%")).toMatchObject({ period: null, year: null });
  });

  it("counts a 新增 figure of a 五年来 paragraph over the five years, not a 新增 of a year's plan near a 十四五", () => {
    const text =
      "一、2022年工作回顾\n五年来,我们办实事、惠民生。城镇新增就业50万人,城镇登记失业率控制在4.5%以内。\n二、2023年工作安排\n力争“十四五”末建成产业集群5个。新增就业岗位8000个。";
    expect(one(text, "50万人")).toMatchObject({ period: "2018-2022", year: 2022, kind: "actual" });
    // negative: a level of the same paragraph is the review year's; a plan's 新增 after a 十四五 is the plan year's
    expect(one(text, "4.5%以内")).toMatchObject({ period: null, year: 2022 });
    expect(one(text, "8000个")).toMatchObject({ period: null, year: 2023 });
  });
});

describe("not records", () => {
  it("skips session and congress numbers", () => {
    const text =
      "深入贯彻省委九届六次全会、市委十一届四次全会和九届十一次、十二次全会精神,完成十六届人大四次会议确定的任务。";
    expect(recordsOf(text)).toEqual([]);
    // negative: a count of meetings is a record
    expect(one("召开常务会议12次,专题会议8次。", "12次").name).toBe("召开常务会议");
    expect(one("全年召开12次会议。", "12次").value).toBe(12);
  });

  it("skips a factor in a specification (2×220吨锅炉) and a voltage (500千伏变电站)", () => {
    expect(recordsOf("建成2×220吨锅炉。").map((r) => r.quote)).toEqual([]);
    expect(recordsOf("建成500千伏变电站1座。").map((r) => [r.quote, r.name])).toEqual([["1座", "建成500千伏变电站"]]);
  });

  it("skips a numbered rule (八项规定) but counts rules in digits", () => {
    expect(recordsOf("严格落实中央八项规定精神。")).toEqual([]);
    expect(one("出台3项规定。", "3项").value).toBe(3);
  });
});

describe("units with their scale word", () => {
  it("keeps 亿斤, 万亩, 万千瓦, 万标箱 as written", () => {
    expect(one("粮食总产量稳定在80亿斤以上。", "80亿斤以上")).toMatchObject({ value: 80, unit: "亿斤" });
    expect(one("建成高标准农田20万亩。", "20万亩").unit).toBe("万亩");
    expect(one("新增光伏装机35万千瓦。", "35万千瓦").unit).toBe("万千瓦");
    expect(one("集装箱吞吐量120万标箱。", "120万标箱").unit).toBe("万标箱");
    expect(one("关停自备井50眼。", "50眼").unit).toBe("眼");
  });
});

describe("names as a reader writes them", () => {
  it("drops a light verb before what is counted, and keeps what follows it whole", () => {
    expect(one("全年组织招聘会11场。", "11场").name).toBe("招聘会");
    expect(one("举办共享书市13场。", "13场").name).toBe("共享书市");
    // negative: a verb that says what was done stays (拆除, 新建)
    expect(one("拆除违章搭建40处。", "40处").name).toBe("拆除违章搭建");
  });

  it("keeps what is done to a counted noun after a predicate adverb, without the adverb", () => {
    expect(one("85个黑臭水体全部整治到位。", "85个").name).toBe("黑臭水体整治");
    expect(one("12个小区顺利完成电梯加装。", "12个").name).toBe("小区电梯加装");
    // negative: an adverb of amount ends the name (共, 累计)
    expect(one("困境儿童15名共发放补贴3万元。", "15名").name).toBe("困境儿童");
  });

  it("gives every count of a list the predicate said once after the last", () => {
    const rs = recordsOf("今年40个住宅小区、12个机关单位和5所敬老院全部完成雨污分流。");
    expect(rs.map((r) => r.name)).toEqual(["住宅小区雨污分流", "机关单位雨污分流", "敬老院雨污分流"]);
    // negative: counts joined by a comma are not one list
    expect(one("新建40个住宅小区,5所敬老院全部完成雨污分流。", "40个").name).toBe("新建住宅小区");
  });

  it("drops an aside at the end of a name", () => {
    expect(one("楼宇税收(不含房地产)3.2亿元。", "3.2亿元").name).toBe("楼宇税收");
    // negative: an aside inside the name stays
    expect(one("新建中小学校(幼儿园)食堂6所。", "6所").name).toBe("新建中小学校(幼儿园)食堂");
  });

  it("names a rate or area said by its side alone after the figure it measures", () => {
    const rs = recordsOf("受理群众诉求件3200件,办结率98.5%。");
    expect(rs[1]!.name).toBe("受理群众诉求件办结率");
    // negative: a rate with its own name keeps it
    expect(one("受理群众诉求件3200件,群众满意率98.5%。", "98.5%").name).toBe("群众满意率");
  });
});

describe("names as a reader writes them: constructions", () => {
  it("names a rate alone when the figure before it already says its verb", () => {
    expect(one("排查隐患问题52个,整改问题50个,整改率96.2%。", "96.2%").name).toBe("整改率");
    // negative: a rate with another verb takes the name of what it measures
    expect(one("受理投诉件120件,办结率95%。", "95%").name).toBe("受理投诉件办结率");
  });

  it("drops an aside said without brackets (含, 不含, 包括)", () => {
    expect(one("新增厂房面积含标准厂房3.5万平方米。", "3.5万平方米").name).toBe("新增厂房面积");
    expect(one("全年税收收入不含土地出让金8.6亿元。", "8.6亿元").name).toBe("税收收入");
    // negative: 含 that makes a word stays (含量, 含税)
    expect(one("土壤有机质含量提高到2.1%。", "2.1%").name).toBe("土壤有机质含量");
  });

  it("joins a short modifier to its noun without 的, leaves a long clause out and keeps 的 between", () => {
    expect(one("其中在册的40名孤寡老人。", "40名").name).toBe("在册孤寡老人");
    expect(one("全面排查出的城区范围内背街小巷中的32条道路全部完成改造。", "32条").name).toBe("道路改造");
    // negative: a modifier of a few words keeps its 的
    expect(one("督察反馈的12个问题全部整改到位。", "12个").name).toBe("督察反馈的问题整改");
  });

  it("names a count inside a possessor's noun after the count before it (79家大户的118台锅炉)", () => {
    expect(one("完成26家企业的41台燃煤锅炉全部拆除。", "41台").name).toBe("燃煤锅炉拆除");
  });

  it("drops a one-character adverb before a verb (已出动, 共举办)", () => {
    expect(one("累计已出动执法人员260人次。", "260人次").name).toBe("出动执法人员");
    expect(one("全年共举办八场招聘会。", "八场").name).toBe("招聘会");
    // negative: a character that starts a noun stays (共享, 在册)
    expect(one("新增共享单车300辆。", "300辆").name).toBe("新增共享单车");
  });

  it("names what a light verb before a count counts, and keeps 兑现 as what was done", () => {
    expect(one("发布2300个就业岗位。", "2300个").name).toBe("就业岗位");
    expect(one("兑现稳岗资金860万元。", "860万元").name).toBe("兑现稳岗资金");
  });

  it("names a figure after the noun of a count by what that count names", () => {
    expect(one("新建3个口袋公园1.2万平方米。", "1.2万平方米").name).toBe("新建口袋公园");
    // negative: a figure with its own noun keeps it
    expect(one("新建3个口袋公园,绿地1.2万平方米。", "1.2万平方米").name).toBe("绿地");
  });

  it("reads a verb inside a name: organiser, recipient, title won", () => {
    // who organised it is not what is counted
    expect(one("各村社区举办“邻里节”12场。", "12场").name).toBe("“邻里节”");
    // what counted recipients were given keeps the recipients
    expect(one("为在册的26名孤儿共发放生活补贴31万元。", "31万元").name).toBe("孤儿生活补贴");
    expect(one("为45名退役军人提供就业指导。", "45名").name).toBe("退役军人就业指导");
    // a count followed by what was given with its own figure names the recipients
    expect(one("向18家个体工商户发放奖励3.6万元。", "18家").name).toBe("个体工商户");
    // a title won names the count
    expect(one("5个行政村获评省级“美丽乡村”。", "5个").name).toBe("省级“美丽乡村”");
    // negative: a noun that holds no verb stays whole
    expect(one("建成新时代文明实践站18个。", "18个").name).toBe("建成新时代文明实践站");
  });
});

describe("names as a reader writes them: frames, topics, places and examples", () => {
  it("prefixes short names with the frame a first clause ending in 中 sets", () => {
    const rs = recordsOf("两轮燃气安全专项整治中,累计检查1200家次,发现隐患340处,整改331处。");
    expect(rs.map((r) => r.name)).toEqual(["燃气安全专项整治检查", "燃气安全专项整治发现隐患", "燃气安全专项整治整改"]);
    // negative: a first clause with a figure of its own frames nothing; a long name needs no frame
    expect(one("审核中的项目12个,检查1200家次。", "1200家次").name).toBe("检查");
    expect(one("专项整治中,排查各类生产经营单位2568家次。", "2568家次").name).toBe("排查各类生产经营单位");
  });

  it("gives a share (占…) the name of what it is a share of", () => {
    expect(one("完成税收收入3.1亿元,占全年计划的82%。", "82%").name).toBe("税收收入占全年计划");
  });

  it("names a count after a verb of scope (涉及) by its topic", () => {
    expect(one("老旧小区改造涉及5个小区。", "5个").name).toBe("老旧小区改造小区");
    expect(one("征迁扫尾涉及4个项目。", "4个").name).toBe("征迁扫尾项目");
    // negative: a topic too short to name anything keeps what follows
    expect(one("共涉及民居178户。", "178户").name).toBe("涉及民居");
  });

  it("leaves out where the action happens (在…区域, 辖区内) and a verb that only carries its noun (进行)", () => {
    expect(one("在主干道沿线安装公共座椅60个。", "60个").name).toBe("安装公共座椅");
    expect(one("对辖区内75家小微企业进行安全评估。", "75家").name).toBe("小微企业安全评估");
    // negative: 在 and 对 that start a word stay
    expect(one("在册低保户120户。", "120户").name).toBe("在册低保户");
    expect(one("对口帮扶村12个。", "12个").name).toBe("对口帮扶村");
  });

  it("names what a quotation cut off by a comma does not", () => {
    expect(one("对现有3000余名外来人口全部实现“来有登记,走有注销”。", "3000余名").name).toBe("外来人口");
  });

  it("names the kind a single example stands for (小街小巷等作业面), not a word with 等 in it", () => {
    expect(one("新增背街小巷等保洁作业面12万平方米。", "12万平方米").name).toBe("保洁作业面");
    expect(one("制定《关于加强值班的通知》《考勤办法》等制度规定6项。", "6项").name).toBe("制定制度规定");
    // negative: 高等, 同等 are words
    expect(one("新增高等院校2所。", "2所").name).toBe("新增高等院校");
  });
});

describe("names as a reader writes them: measured nouns, elided heads, tasks and manner", () => {
  it("names a count by its noun without what the next figure measures (29幢楼宇税收3.7亿元)", () => {
    expect(one("12家规上企业营业收入8.6亿元。", "12家").name).toBe("规上企业");
    expect(one("12家规上企业营业收入8.6亿元。", "8.6亿元").name).toBe("规上企业营业收入");
    // negative: a noun that ends its clause is all the count's
    expect(one("统计12家规上企业营业收入,合计8.6亿元。", "12家").name).toBe("规上企业营业收入");
  });

  it("gives a short name the head of the name before it when it ends like a part of it", () => {
    expect(one("获评市五星级农家乐3个,四星级5个。", "5个").name).toBe("获评市四星级农家乐");
    // negative: a name that shares no part keeps its own
    expect(one("获评市五星级农家乐3个,民宿5个。", "5个").name).toBe("民宿");
  });

  it("gives a sibling that opens with another numeral the words around the numeral it replaces", () => {
    const text = "新落户企业85家,其中注册资本千万元以上30家,亿元以上4家。";
    expect(one(text, "4家").name).toBe("注册资本亿元以上");
    // negative: a sibling with no numeral of its own keeps its name
    expect(one("新落户企业85家,其中注册资本千万元以上30家,外资企业4家。", "4家").name).toBe("外资企业");
  });

  it("names a success rate by what it measures", () => {
    expect(one("受理劳动争议案件86起,调解成功率95%。", "95%").name).toBe("受理劳动争议案件调解成功率");
  });

  it("drops a task word (工作, 创建) from a long name, the clause before included", () => {
    expect(one("完成3个未来社区创建。", "3个").name).toBe("未来社区");
    expect(one("积极开展“污水零直排”工作,已完成126户。", "126户").name).toBe("“污水零直排”");
    // negative: a short name keeps it
    expect(one("完成2个社区创建。", "2个").name).toBe("社区创建");
  });

  it("names what follows an adverb of manner inside a name, when it is more than a verb", () => {
    expect(one("通过线上调解成功化解劳资纠纷12起。", "12起").name).toBe("化解劳资纠纷");
    // negative: a bare verb after it leaves the subject its name
    expect(one("危险源整治成功销号16处。", "16处").name).toBe("危险源整治成功销号");
  });

  it("names a measured amount by the noun after it, without a short verb before", () => {
    expect(one("打造800平方米党群服务中心。", "800平方米").name).toBe("党群服务中心");
  });
});

describe("names as a reader writes them: lists, numerals, levels and beneficiaries", () => {
  it("names a rank said of all (均) the figures before it by all their names, shared parts once", () => {
    const rank = recordsOf("规上工业企业营业收入52亿元;规上服务业企业营业收入18亿元,均列全区第一。").find(
      (r) => r.measure === "rank",
    )!;
    expect(rank.name).toBe("规上工业、服务业企业营业收入");
    // negative: without 均 the rank is the last figure's
    const last = recordsOf("规上工业企业营业收入52亿元;规上服务业企业营业收入18亿元,列全区第一。").find(
      (r) => r.measure === "rank",
    )!;
    expect(last.name).toBe("规上服务业企业营业收入");
  });

  it("keeps a numeral that modifies the noun of a measured figure in its name", () => {
    expect(one("累计发放三项津贴总额28万元。", "28万元").name).toBe("三项津贴总额");
  });

  it("leaves out the levels of government that did it (市区两级, 村(社区)两级)", () => {
    expect(one("市区两级联合执法检查企业560家次。", "560家次").name).toBe("联合执法检查企业");
    // negative: a grade (三级医院) is part of the name
    expect(one("新增三级医院2家。", "2家").name).toBe("新增三级医院");
  });

  it("names those who benefited by what they benefited from", () => {
    expect(one("开展防诈骗宣传讲座45场、受益3200余人次。", "3200余人次").name).toBe("防诈骗宣传讲座受益");
  });

  it("names a count of listed members that share its noun by the list", () => {
    expect(one("建立企业服务中心、人才服务中心2个服务中心。", "2个").name).toBe("建立企业服务中心、人才服务中心");
    // negative: members that do not end in the noun leave the noun its name
    expect(one("走访企业、商户12个小区。", "12个").name).toBe("小区");
  });

  it("gives a later list item that is only a noun the verb of the item before it", () => {
    expect(one("排查燃气管道36处、液化气钢瓶120个。", "120个").name).toBe("排查液化气钢瓶");
    expect(one("更换水表52只,阀门18只。", "18只").name).toBe("更换阀门");
    // negative: an item with a verb of its own keeps it
    expect(one("排查隐患36处、整改隐患30处。", "30处").name).toBe("整改隐患");
    expect(one("新增就业300人,创业50人。", "50人").name).toBe("创业");
    // negative: after a comma, a longer noun may be a part of the first (of which), and an amount is no item
    expect(one("清查出租房屋36间,违规出租房屋8间。", "8间").name).toBe("违规出租房屋");
    expect(one("新建道路3条,总投资2亿元。", "2亿元").name).toBe("总投资");
    // negative: an honour won is named by the honour
    expect(one("获得省级荣誉7项、市级荣誉3项。", "3项").name).toBe("市级荣誉");
  });

  it("gives every item of a list the action said once with the last item", () => {
    const nounFirst = "完成阳光小区56户、幸福里12户屋面防水改造。";
    expect(one(nounFirst, "56户").name).toBe("阳光小区屋面防水改造");
    expect(one(nounFirst, "12户").name).toBe("幸福里屋面防水改造");
    // the action follows the head the items share, up to a conjunction joining another object; 高标准 says how
    const countFirst = "高标准完成2条主要道路、5条背街道路立面整治和沿街绿化提升。";
    expect(one(countFirst, "2条").name).toBe("主要道路立面整治");
    expect(one(countFirst, "5条").name).toBe("背街道路立面整治");
    // negative: a noun after the last item is no action done to all
    expect(one("走访阳光小区56户、幸福里12户居民。", "56户").name).toBe("走访阳光小区");
    expect(one("新建3个城市公园、2个社区公园绿地。", "3个").name).toBe("新建城市公园");
    // negative: a word of manner before a noun is part of its name
    expect(one("建成高标准农田5万亩。", "5万亩").name).toBe("建成高标准农田");
  });

  it("gives the k-th figure said 分别 of a list of members the k-th member with the indicator they share", () => {
    const crops = recordsOf("小麦、玉米、大豆产量分别为12万吨、8万吨、1.5万吨。");
    expect(crops.map((r) => r.name)).toEqual(["小麦产量", "玉米产量", "大豆产量"]);
    const sown = recordsOf("全市粮食、蔬菜播种面积分别为320万亩、45万亩,同比分别增长2.1%、3.5%。");
    expect(sown.map((r) => r.name)).toEqual(["粮食播种面积", "蔬菜播种面积", "粮食播种面积", "蔬菜播种面积"]);
    // a member that names an indicator of its own keeps it
    const air = recordsOf("空气质量综合指数、PM2.5浓度分别下降12%、15%。");
    expect(air.map((r) => r.name)).toEqual(["空气质量综合指数", "PM2.5浓度"]);
    // negative: as many figures as members only
    expect(one("小麦、玉米、大豆产量分别为12万吨、8万吨。", "8万吨").name).toBe("小麦、玉米、大豆产量");
  });

  it("names a figure inside an aside by the list member just before the bracket", () => {
    const text = "完成老旧小区改造工程、新建健身步道(滨河沿线5条)建设项目等。";
    expect(one(text, "5条").name).toBe("新建健身步道");
    // negative: an aside closed before the figure leaves the list its name
    expect(one("完成滨河路(一期)、健身步道改造12处。", "12处").name).toBe("滨河路(一期)、健身步道改造");
  });

  it("names a category of a level (市级…) by the category, not the proper names listed before it", () => {
    expect(one("成功创建绿苑小区、锦绣家园市级美丽庭院示范点2个。", "2个").name).toBe("市级美丽庭院示范点");
    // negative: levels listed themselves are what is counted
    expect(one("创建区级、市级示范社区3个。", "3个").name).toBe("创建区级、市级示范社区");
  });
});

describe("names as a reader writes them: what a rule must not take", () => {
  it("keeps a long modifier when the noun after it names nothing (由2017年的76降至64)", () => {
    const name = one("全县PM2.5平均浓度由上年的58微克/立方米降至49微克/立方米。", "58微克/立方米").name;
    expect(name).toBe("PM2.5平均浓度由上年");
  });

  it("reads recipients before a verb of giving with no count of them (为低保户发放救助金)", () => {
    expect(one("为城乡低保户、特困人员发放救助金9.2亿元。", "9.2亿元").name).toBe("城乡低保户、特困人员救助金");
  });

  it("does not name a figure after a duration by the duration's words", () => {
    expect(one("新能源汽车销量连续10个月增速保持在50%以上。", "50%以上").name).toBe("增速");
  });
});
