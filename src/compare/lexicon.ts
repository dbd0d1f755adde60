// Words the pairing of goals with results knows: headline indicators and their synonyms, and the words that
// change what a figure counts (a new addition, a running total, a multi-year average, one project, part of a year).
// Data only: the rules that use these words live in identity.ts and pair.ts.

/**
 * Headline indicators, in the order an analyst reads them; the first word of a row is the canonical name,
 * the others are synonyms. Users extend this with `PairOptions.synonyms` (same shape).
 */
export const HEADLINE_INDICATORS: readonly (readonly string[])[] = [
  ["地区生产总值", "生产总值", "GDP", "地区GDP", "经济总量"],
  ["一般公共预算收入", "地方一般公共预算收入", "公共财政预算收入", "一般预算收入"],
  ["规上工业增加值", "规模以上工业增加值", "规模工业增加值"],
  ["固定资产投资", "全社会固定资产投资"],
  ["社会消费品零售总额", "社零总额", "社零额"],
  ["进出口总额", "外贸进出口总额", "进出口总值", "外贸进出口", "进出口"],
  ["实际利用外资", "实际使用外资", "实到外资"],
  ["居民人均可支配收入", "全体居民人均可支配收入", "常住居民人均可支配收入"],
  ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
  ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入"],
  ["居民消费价格", "居民消费价格指数", "CPI", "居民消费价格涨幅", "居民消费价格指数涨幅", "物价涨幅"],
  ["城镇新增就业", "新增城镇就业", "城镇新增就业人数"],
  ["城镇登记失业率", "城镇调查失业率"],
  ["财政总收入", "全部财政收入"],
  ["研发投入", "研发经费投入", "R&D经费投入"],
];

/** Words around an indicator's name that do not change what it counts (全市生产总值, 实现地区生产总值). */
export const NAME_FILLERS: readonly string[] = [
  "全市",
  "全县",
  "全区",
  "全镇",
  "全乡",
  "全街道",
  "全省",
  "全年",
  "今年",
  "本年",
  "实现",
  "完成",
  "全部",
  "全口径",
  "总额",
  "总值",
  "金额",
  "总",
  "额",
  "的",
];

/** What a figure counts, beyond its indicator: each scope word puts a figure in one scope. */
export const SCOPE_WORDS: Readonly<Record<Scope, readonly string[]>> = {
  /** Added during the year. */
  added: ["新增", "新建", "新开工", "新引进", "新培育", "新认定", "新设", "新招引", "新签约", "新落地"],
  /** A running total or stock. */
  total: ["累计", "总量", "总数", "总计", "共计", "存量", "保有量", "总规模"],
  /** An average over several years (年均增长), or a plan period (十四五). */
  average: ["年均", "平均每年", "五年", "十三五", "十四五", "十五五", "三年", "期间"],
  /** One project or work, not the whole body. */
  project: ["项目", "工程", "一期", "二期", "三期"],
};

export type Scope = "added" | "total" | "average" | "project";

/** Period words that mark part of a year (1-11月, 上半年, 前三季度): never compared with a whole year. */
export const PART_OF_YEAR: readonly string[] = ["月", "季度", "上半年", "下半年", "前三季", "旬"];

/** Units that are the same measure written two ways, after standardisation (万元 and 亿元 already agree). */
export const UNIT_EQUIVALENTS: readonly (readonly string[])[] = [
  ["%", "％"],
  ["个百分点", "百分点"],
];

/** Names ending so, with a figure in %, state a change on the year before (居民消费价格涨幅2%), whatever the parser said. */
export const CHANGE_NAME_ENDINGS: readonly string[] = ["涨幅", "增幅", "增速", "增长率", "涨幅控制"];

/**
 * Names too general to pair by similarity (投资 could be a road's or the whole city's): a target so named waits for
 * a canonical name or a hand pair. Leading verbs (抓好, 完成) are no help either.
 */
export const GENERIC_NAMES: readonly string[] = [
  "投资",
  "资金",
  "项目",
  "企业",
  "收入",
  "产值",
  "规模",
  "总额",
  "金额",
  "增长",
  "数量",
  "人数",
  "面积",
  "任务",
];
export const LEADING_VERBS: readonly string[] = [
  "抓好",
  "完成",
  "实现",
  "推进",
  "加快",
  "确保",
  "力争",
  "争取",
  "做好",
];
