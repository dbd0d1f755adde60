// Names that are a bare short word or carry extra words: light verbs, compounds said before, determiners.
import { describe, expect, it } from "vitest";
import { one, recordsOf } from "./helpers.ts";

describe("names of a bare short word", () => {
  it("keeps a light verb before a noun of one or two characters, and drops it before a longer one", () => {
    expect(one("全年开展义诊120次。", "120次").name).toBe("开展义诊");
    expect(one("向困难家庭发放慰问金12万元,发放奖金3万元。", "3万元").name).toBe("发放奖金");
    expect(one("涉及资金300万元。", "300万元").name).toBe("涉及资金");
    // negative: a longer noun, or a verb of doing, says what is counted by itself
    expect(one("全年开展消防安全宣传30场。", "30场").name).toBe("消防安全宣传");
    expect(one("累计出动执法人员60人次,开展检查215家次。", "215家次").name).toBe("检查");
    expect(one("涉及拆迁房屋面积2万平方米。", "2万平方米").name).toBe("拆迁房屋面积");
  });

  it("gives a bare word the short topic a first clause carries on with a light verb", () => {
    expect(one("积极推动社区助浴,打造“暖心浴室”,累计服务3200人次。", "3200人次").name).toBe("社区助浴服务");
    // negative: a first clause that is no topic carried on (…等为重点), or a long one, gives nothing
    expect(one("以道路扬尘、秸秆禁烧等为重点,强化巡查,植树500亩。", "500亩").name).toBe("植树");
    expect(one("积极推动城乡居家养老网络建设,累计服务3200人次。", "3200人次").name).toBe("服务");
  });

  it("gives verbs of doing alone the object the verb of the clause before acts on", () => {
    const rs = recordsOf("全面整治无证经营的小作坊、废品收购站等违规场所,依法取缔56家、整改提升120家。");
    expect(rs.map((r) => r.name)).toEqual(["取缔违规场所", "整改提升违规场所"]);
    // negative: a clause before without a verb of doing, or with a figure of its own, gives no object
    expect(one("挨家挨户上门登记,走访排查3200户。", "3200户").name).toBe("走访排查");
    expect(one("整治违规场所30处,取缔12家。", "12家").name).not.toContain("违规场所");
  });

  it("gives a bare word the compound it ends earlier in the sentence, without a word of manner", () => {
    expect(one("开展河道常态化保洁,共保洁86次。", "86次").name).toBe("河道保洁");
    expect(one("全年消防安全检查出动人员90人次、检查310家。", "310家").name).toBe("消防安全检查");
    // negative: the word said before as the object of a verb, or after a figure, makes no compound
    expect(one("大力开展植树活动,植树1200亩。", "1200亩").name).toBe("植树");
    expect(one("每2名干部联系走访,走访300户。", "300户").name).toBe("走访");
  });
});

describe("names without extra words", () => {
  it("drops two verbs joined by 并 before the noun, and keeps them before a noun of two characters", () => {
    const rs = recordsOf("全年受理并办结群众诉求3200件,办结率99%。");
    expect(rs.map((r) => r.name)).toEqual(["群众诉求", "群众诉求办结率"]);
    expect(one("排查并整改隐患12处。", "12处").name).toBe("排查并整改隐患");
  });

  it("drops a determiner (各类, 各项) before a noun that says what is counted by itself", () => {
    expect(one("全年组织各类志愿服务活动56场。", "56场").name).toBe("志愿服务活动");
    // negative: a noun of two characters keeps it
    expect(one("发放各类补助20万元。", "20万元").name).toBe("各类补助");
  });

  it("drops a slogan of several phrases in quotes before the noun phrase, and keeps a quoted term", () => {
    expect(one("开展“学党史 办实事”志愿服务活动12场。", "12场").name).toBe("志愿服务活动");
    expect(one("举办“邻里守望、温暖同行”主题宣讲活动9场。", "9场").name).toBe("主题宣讲活动");
    // negative: a quoted term is the name, or part of it
    expect(one("关停“散乱污”企业45家。", "45家").name).toBe("关停“散乱污”企业");
    expect(one("推广“互联网+护理”服务模式6个。", "6个").name).toBe("推广“互联网+护理”服务模式");
  });

  it("names an activity at counted places by the activity and the places (8个点位的外墙美化)", () => {
    expect(one("完成8个点位的外墙美化。", "8个").name).toBe("外墙美化点位");
    // negative: what the counted own is not done at them
    expect(one("惠及12个村的留守儿童。", "12个").name).toBe("村的留守儿童");
  });

  it("drops 完成 between a counted noun and what was done to it", () => {
    expect(one("为8家企业120名员工完成岗前培训。", "120名").name).toBe("员工岗前培训");
    // negative: 完成 that makes a word with what follows (完成率) stays
    expect(one("其中12个小区完成率达到95%。", "12个").name).not.toBe("小区率");
  });

  it("drops a period word inside a name", () => {
    expect(one("其中5个项目力争年内竣工。", "5个").name).toBe("项目竣工");
    expect(one("其中4个小区今年完成加装电梯。", "4个").name).toBe("小区加装电梯");
    // negative: a period word that opens the name is left to the leading words
    expect(one("今年新增就业岗位300个。", "300个").name).toBe("新增就业岗位");
  });

  it("keeps the verb of a list of examples before a kind of two characters", () => {
    expect(one("全年公开财政预算、民生项目等信息230条。", "230条").name).toBe("公开信息");
    // negative: a longer kind says what is counted by itself
    expect(one("全年公开财政预算、民生项目等政务信息230条。", "230条").name).toBe("政务信息");
  });

  it("drops a verb of carrying on (推进, 加快) before what is counted", () => {
    expect(one("加快推进8个重点项目建设。", "8个").name).toBe("重点项目建设");
    expect(one("推进总投资52亿元的配套项目建设。", "52亿元").name).toBe("总投资");
  });
});

describe("names after a count", () => {
  it("reads levels said together (省、市级) as one noun, not as a list cut at the 、", () => {
    expect(one("积极推进120个省、市级美丽乡村建设。", "120个").name).toBe("省、市级美丽乡村建设");
    expect(one("培训30个县、乡两级应急队伍。", "30个").name).toContain("县、乡两级应急队伍");
    // negative: a one-character noun that ends a list member keeps the list cut
    expect(one("承办铁人三项赛、全国男子排球联赛等赛事。", "三项").name).not.toContain("联赛");
    expect(one("新建5个村、社区服务站。", "5个").name).not.toContain("服务站");
  });
});
