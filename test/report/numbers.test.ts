import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../../src/report/numbers.ts";
import { one, quotes } from "./helpers.ts";

describe("numbers, scales and units", () => {
  it("reads decimals, scale words and units as written", () => {
    const r = one("全镇实现农业总产值12.75亿元。", "12.75亿元");
    expect([r.value, r.unit, r.qualifier]).toEqual([12.75, "亿元", "exact"]);
  });

  it("keeps 余 and 多 wherever they stand: before the scale, between scale and unit, before the unit", () => {
    expect(one("发放慰问金600余万元。", "600余万元")).toMatchObject({
      value: 600,
      unit: "万元",
      qualifier: "at_least",
    });
    expect(one("筹集善款27万余元。", "27万余元")).toMatchObject({ value: 27, unit: "万元", qualifier: "at_least" });
    expect(one("服务群众2.3万多人次。", "2.3万多人次")).toMatchObject({
      value: 2.3,
      unit: "万人次",
      qualifier: "at_least",
    });
    expect(one("登记外来人口3.4万余。", "3.4万余")).toMatchObject({ value: 3.4, unit: "万", qualifier: "at_least" });
    expect(one("清理河道淤泥800多吨。", "800多吨")).toMatchObject({ value: 800, unit: "吨", qualifier: "at_least" });
  });

  it("reads qualifiers before and after the number", () => {
    expect(one("改造面积约3200平方米。", "3200平方米").qualifier).toBe("approx");
    expect(one("参与志愿者近600人。", "600人").qualifier).toBe("approx");
    expect(one("受益群众超过5000人。", "5000人").qualifier).toBe("at_least");
    expect(one("覆盖率达到90%以上。", "90%以上").qualifier).toBe("at_least");
    expect(one("失业率控制在4%以内。", "4%以内").qualifier).toBe("at_most");
    expect(one("增速保持在7%左右。", "7%左右").qualifier).toBe("approx");
  });

  it("does not read the end of a word as a qualifier (签约, 最近)", () => {
    expect(one("开工12个,签约8个。", "8个")).toMatchObject({ qualifier: "exact", name: "签约" });
  });

  it("reads Chinese numerals with a measure word", () => {
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("两千三百零五")).toBe(2305);
    expect(parseChineseNumeral("三十五万")).toBe(350000);
    expect(parseChineseNumeral("十四五")).toBeNaN();
    expect(one("新增养老床位两百张。", "两百张")).toMatchObject({ value: 200, unit: "张" });
    expect(one("社区新设幸福食堂三个。", "三个")).toMatchObject({ value: 3, unit: "个" });
    expect(one("举办七场专场招聘会。", "七场")).toMatchObject({ value: 7, name: "专场招聘会" });
  });

  it("writes ㎡, 平米 and ％ as the spec does, from full-width text, with offsets into the original", () => {
    const text = "新增绿地１２００㎡，整治率９８．５％。";
    const area = one(text, "１２００㎡");
    expect([area.value, area.unit]).toEqual([1200, "平方米"]);
    expect(text.slice(area.at, area.at + area.quote.length)).toBe("１２００㎡");
    expect(one(text, "９８．５％")).toMatchObject({ value: 98.5, unit: "%" });
    expect(one("腾退厂房3000平米。", "3000平米").unit).toBe("平方米");
  });

  it("reads thousands separators", () => {
    expect(one("接待游客1,250,000人次。", "1,250,000人次").value).toBe(1250000);
  });

  it("skips years, dates, clock times and periods", () => {
    expect(quotes("2023年1-9月,于2023-05-12 09:30召开会议,10月中旬完成验收。")).toEqual([]);
  });

  it("skips ordinals and list labels", () => {
    expect(quotes("一是抓发展。第三季度召开第十二次会议,党的二十大精神,第一轮督查。")).toEqual([]);
  });

  it("skips names that contain digits and numbers inside short quoted names", () => {
    expect(
      quotes("开通96345便民热线,打造“1+3+N”服务体系,推行“5210”工作法,建成10分钟文化圈和24小时自助图书馆。"),
    ).toEqual([]);
    expect(quotes("建立“一办七组两专班”指挥体系。")).toEqual([]);
  });

  it("counts durations only after 连续", () => {
    expect(quotes("实施三年行动计划,建成已有30余年。")).toEqual([]);
    expect(one("实现连续8年安全生产零事故。", "8年")).toMatchObject({ value: 8, unit: "年" });
    expect(one("辖区连续十年无重大火灾。", "十年").value).toBe(10);
  });

  it("does not read 一 (an article) or 二 in compounds (二次, 二期) as counts", () => {
    expect(quotes("形成一批典型经验,推进二次供水改造和二期工程建设。")).toEqual([]);
  });

  it("does not read enumerations that open a clause, or 五个方面, as counts", () => {
    expect(quotes("重点抓好五个方面工作。三大平台建设有序推进。")).toEqual([]);
  });

  it("keeps thresholds inside names out of the records (亿元以上企业, 60岁以上老人)", () => {
    const text = "引进亿元以上项目6个,为80岁以上老人发放补贴。";
    expect(quotes(text)).toEqual(["6个"]);
    expect(one(text, "6个").name).toBe("引进亿元以上项目");
  });

  it("reads ranks after 列, 位列, 排名 and 全区/全市 and returns their place", () => {
    expect(one("招商引资考核列全县第三。", "第三")).toMatchObject({ value: 3, unit: "位", measure: "rank" });
    expect(one("综合考评排名第二。", "第二")).toMatchObject({ value: 2, measure: "rank", name: "综合考评" });
    expect(quotes("召开第一次会议,第一议题学习。")).toEqual([]);
  });
});
