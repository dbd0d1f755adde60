// Body and parent from the gazetteer, on sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";
import { loadGazetteer, type Gazetteer } from "../../src/gazetteer/index.ts";

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});
const metaOf = (text: string) => parseReport(text, { source: "x.txt", gazetteer }).meta;

describe("body and parent from the gazetteer", () => {
  it("chooses among same-named 街道 by the other places the text names", () => {
    const base = "新城街道2023年工作总结\n一、2023年工作总结\n全街道新增企业35家。";
    expect(metaOf(`${base}承办了秀洲区运动会。`)).toMatchObject({ body: "新城街道", parent: "秀洲区" });
    expect(metaOf(`${base}在尖草坪区考核中位列第一。`)).toMatchObject({ body: "新城街道", parent: "尖草坪区" });
    // Nothing says which of the thirty: no parent rather than a guess.
    expect(metaOf(base)).toMatchObject({ body: "新城街道", parent: null });
  });

  it("resolves a parent the text writes only in short form (鄞州 for 鄞州区)", () => {
    const text = "东柳街道2023年工作总结\n全年完成固定资产投资3亿元,助力鄞州打造共同富裕先行区。";
    expect(metaOf(text)).toMatchObject({ body: "东柳街道", parent: "鄞州区" });
  });

  it("gives the unit directly above: 县 → 市, 区 of a 直辖市 → the 市, 县级市 → 省, 市 → 省", () => {
    expect(metaOf("高阳县2018年政府工作报告\n全县生产总值增长6%。").parent).toBe("保定市");
    expect(metaOf("长宁区2024年政府工作报告\n全区生产总值增长5%。").parent).toBe("上海市");
    expect(metaOf("仙桃市2024年政府工作报告\n全市生产总值增长7%。").parent).toBe("湖北省");
    expect(metaOf("2023年保定市政府工作报告\n全市生产总值增长5%。").parent).toBe("河北省");
  });

  it("reads 自治州, 盟, 旗, 省 and 自治区 bodies", () => {
    expect(metaOf("延边朝鲜族自治州2024年政府工作报告\n全州生产总值增长5%。")).toMatchObject({
      body: "延边朝鲜族自治州",
      parent: "吉林省",
    });
    expect(metaOf("阿拉善盟2024年政府工作报告\n全盟生产总值增长6%。").parent).toBe("内蒙古自治区");
    expect(metaOf("鄂托克旗2023年政府工作报告\n全旗生产总值增长6%。").parent).toBe("鄂尔多斯市");
    expect(metaOf("浙江省2024年政府工作报告\n全省生产总值增长6%。")).toMatchObject({ body: "浙江省", parent: null });
    const region =
      "政府工作报告\n——2024年1月21日在广西壮族自治区第十四届人民代表大会第二次会议上\n全区生产总值增长4%。";
    expect(metaOf(region)).toMatchObject({ body: "广西壮族自治区", parent: null });
  });

  it("takes 国务院 for the national report, with no parent", () => {
    const text =
      "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:现在,我代表国务院,向大会报告政府工作。香港特别行政区和澳门特别行政区保持繁荣稳定。";
    expect(metaOf(text)).toMatchObject({ body: "国务院", parent: null, published: "2024-03-05" });
  });

  it("does not read 我代表市人民政府 as a place named 代表市", () => {
    const text =
      "政府工作报告\n各位代表:现在,我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n保定市全市生产总值增长5%,全市新增企业1200家。";
    expect(metaOf(text)).toMatchObject({ body: "保定市", parent: "河北省" });
    expect(metaOf("各位代表:现在,我代表市人民政府向大会报告工作。全市新增企业1200家。").body).toBeNull();
  });

  it("does not take phrases such as 美丽乡村 and 和美乡村 for a 乡", () => {
    const text =
      "浙江省人民政府关于2023年工作的报告\n全省建成美丽乡村示范县20个,打造和美乡村500个,美丽乡村建设走在前列。";
    expect(metaOf(text)).toMatchObject({ body: "浙江省", parent: null });
    expect(metaOf("建成美丽乡村示范村20个,打造和美乡村500个,美丽乡村和和美乡村各有新进展。").body).toBeNull();
  });

  it("takes the named unit over a generic word that is also a unit's name (城区, 新区)", () => {
    const text = "东城区2023年政府工作报告\n老城区改造完成12个片区,新区建设全面提速,城区绿地新增5公顷。";
    expect(metaOf(text)).toMatchObject({ body: "东城区", parent: "北京市" });
  });

  it("takes the lowest unit of a header that names a chain (上海市长宁区人民政府新华路街道办事处)", () => {
    const text = "2023年工作总结\n发文机构:上海市长宁区人民政府新华路街道办事处\n全年新增就业岗位400个。";
    expect(metaOf(text)).toMatchObject({ body: "新华路街道", parent: "长宁区" });
  });

  it("takes a region or province written only in short form, at the level the report calls itself by", () => {
    const region =
      "政府工作报告\n——2024年1月21日在自治区第十四届人民代表大会第二次会议上\n各位代表:现在,我代表自治区人民政府向大会报告工作。过去一年,广西经济回升向好,全区生产总值增长4%,全区新增就业35万人,广西外贸增长8%。";
    expect(metaOf(region)).toMatchObject({ body: "广西壮族自治区", parent: null });
    const province =
      "政府工作报告\n——2024年1月在省十四届人大二次会议上\n各位代表:过去一年,河北经济持续回升,全省生产总值增长5.5%,河北外贸增长4%,全省新增城镇就业90万人。";
    expect(metaOf(province)).toMatchObject({ body: "河北省", parent: null });
  });

  it("does not take a suffix alone (自治区) for a body", () => {
    const text = "政府工作报告\n——2024年1月21日在自治区第十四届人民代表大会第二次会议上\n全区生产总值增长4%。";
    expect(metaOf(text).body).toBeNull();
    expect(parseReport(text, { source: "x.txt" }).meta.body).toBeNull();
  });

  it("resolves a unit by its former name through its short form (富阳市, now 富阳区)", () => {
    const text = "富阳市2013年政府工作报告\n一、2012年工作回顾\n全市生产总值增长9%,富阳市人民政府新建学校5所。";
    expect(metaOf(text)).toMatchObject({ body: "富阳市", parent: "杭州市" });
  });

  it("reads a name that looks like a word (上城区) when another unit's name follows it", () => {
    const text = "上城区湖滨街道2023年工作总结\n全街道新增企业35家。";
    expect(metaOf(text)).toMatchObject({ body: "湖滨街道", parent: "上城区" });
  });

  it("gives a 新区 or 开发区 the gazetteer lacks the unit written before its name (河北雄安新区 → 河北省)", () => {
    const text = "河北雄安新区2023年工作总结\n一、2023年工作回顾\n全区完成投资1000亿元,雄安新区管委会新建学校10所。";
    expect(metaOf(text)).toMatchObject({ body: "雄安新区", parent: "河北省" });
  });

  it("takes a unit the title names even when its name reads like a word elsewhere (新市镇)", () => {
    const text = "新市镇2023年工作总结\n全镇完成农业总产值5亿元,德清县考核位列第一。";
    expect(metaOf(text)).toMatchObject({ body: "新市镇", parent: "德清县" });
  });
});
