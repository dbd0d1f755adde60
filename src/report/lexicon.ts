// Words the parser knows. Machinery lives elsewhere; this file is the language.

/** Measure words of counts, one character each (个, 家, 眼 …): what follows a count is what it counts. */
export const COUNT_UNITS: readonly string[] = [
  "个",
  "家",
  "人",
  "名",
  "户",
  "次",
  "场",
  "件",
  "起",
  "项",
  "处",
  "条",
  "幢",
  "栋",
  "座",
  "台",
  "套",
  "辆",
  "份",
  "批",
  "期",
  "所",
  "支",
  "只",
  "头",
  "株",
  "棵",
  "床",
  "张",
  "间",
  "部",
  "盏",
  "餐",
  "块",
  "宗",
  "篇",
  "册",
  "本",
  "例",
  "位",
  "班",
  "种",
  "对",
  "组",
  "队",
  "门",
  "架",
  "艘",
  "段",
  "根",
  "枚",
  "堂",
  "课",
  "卷",
  "单",
  "票",
  "眼",
];

/** Measure words and units, longest first when matched. Written forms map to the spec's form. */
export const UNITS: readonly string[] = [
  // rates and shares
  "个百分点",
  "百分点",
  "%",
  "‰",
  // money
  "美元",
  "欧元",
  "港元",
  "元",
  // area, length, volume, weight, energy
  "微克/立方米",
  "毫克/立方米",
  "毫克/升",
  "立方米/秒",
  "平方公里",
  "平方千米",
  "平方米",
  "平米",
  "㎡",
  "m²",
  "立方米",
  "公顷",
  "亩",
  "公里",
  "千米",
  "米",
  "吨",
  "公斤",
  "斤",
  "千克",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "万千瓦",
  "标准箱",
  "标箱",
  "TEU",
  // counts
  "人次",
  "家次",
  "场次",
  "批次",
  "架次",
  "车次",
  "户次",
  "件次",
  "台次",
  "班次",
  ...COUNT_UNITS,
  "倍",
  "轮次",
  "床位",
  "个月",
  "小时",
  "分钟",
  "年",
  "天",
  "周",
];

/** The unit of a rank (列全区第一 → 1位), of a multiple (增长1倍), of a change of a rate (百分点, 个百分点). */
export const RANK_UNIT = "位";
export const MULTIPLE_UNIT = "倍";
export const PERCENTAGE_POINT = "百分点";
/** Units that start with 百分 (百分点, 百分比) are rates: 百 is no scale word there. */
export const PERCENT_PREFIX = "百分";

/** 连续: makes a duration a quantity (连续三年). */
export const CONTINUOUS = "连续";
/** A Chinese numeral before 期 names a phase (二期), before 次 it may be a session (九届六次全会). */
export const PHASE_UNIT = "期";
export const SESSION_UNIT = "次";

/** Units that only count as a quantity after 连续 (otherwise they are names: 15分钟生活圈, 三年行动). */
export const DURATION_UNITS = new Set(["个月", "小时", "分钟", "年", "天", "周"]);

/** Written forms that the spec writes differently. */
export const UNIT_SPELLING: Record<string, string> = { "㎡": "平方米", 平米: "平方米", "m²": "平方米" };

/** Scale words between a number and its unit. */
export const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Chinese numeral characters. */
export const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** After a Chinese numeral and its measure word, these make it a label (五个方面, 三部分), not a count. */
export const NUMERAL_LABEL_FOLLOWERS: readonly string[] = [
  "方面",
  "部分",
  "层面",
  "环节",
  "阶段",
  "维度",
  "方向",
  "步",
  "级",
  "大",
  "化",
  "者",
  "性",
  // 八项规定: a numbered rule is a name
  "规定",
];

/** Units of a specification written with a scale word (500千伏变电站): the number is part of a name. */
export const SPECIFICATION_UNITS: readonly string[] = ["千伏", "伏"];

/** Qualifiers written before the number. Longest first. */
export const PRE_QUALIFIERS: ReadonlyArray<readonly [string, "approx" | "at_least" | "at_most"]> = [
  ["不少于", "at_least"],
  ["不低于", "at_least"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["不到", "at_most"],
  ["不足", "at_most"],
  ["大约", "approx"],
  ["约", "approx"],
  ["近", "approx"],
  ["超过", "at_least"],
  ["突破", "at_least"],
  ["逾", "at_least"],
  ["超", "at_least"],
];

/** Characters before 约/近/超 that make them the end of another word (签约, 最近, 赶超), not a qualifier. */
export const QUALIFIER_WORD_ENDINGS: Record<string, string> = {
  约: "签节预合制履邀特公条盟婚集简契",
  近: "最附邻接靠亲贴",
  超: "赶高",
};

/** 余 and 多 glued after a number, a scale word or a unit: more than it (1000余家, 36万多条, 一年多). */
export const OVER_MARK = "余";
export const MORE_MARK = "多";

/** Qualifiers glued after the number or unit (they belong to the quote). */
export const POST_QUALIFIERS: ReadonlyArray<readonly [string, "approx" | "at_least" | "at_most"]> = [
  ["以上", "at_least"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["左右", "approx"],
];

/** Words that say a figure is aimed for. */
export const TARGET_CUES: readonly string[] = [
  "力争",
  "争取",
  "确保",
  "目标",
  "预期",
  "计划",
  "将在",
  "将于",
  "拟",
  "努力实现",
  "达到预期",
];
/** Words that say a figure is an expected outcome. */
export const FORECAST_CUES: readonly string[] = ["预计", "预期可", "有望"];

/** Characters after a cue word that make it a past result (确保了, 争取到): the figure was achieved. */
export const PAST_AFTER_CUE = "了到";

/** Cue words that are also nouns a result is measured against (占年计划投资的126.5%, 完成目标任务的117%). */
export const NOUN_CUES: readonly string[] = ["计划", "目标", "预期"];

/**
 * Words that describe the place as it is (与新区接壤51.2公里, 有3条高速贯穿全境): in a plan section they are
 * conditions, not goals.
 */
export const STATE_WORDS: readonly string[] = ["接壤", "毗邻", "紧邻", "贯穿", "穿境", "拥有", "现有", "国土面积"];
/** 有 right before a figure states what there is, unless a plan word makes it a goal (将有, 要有). */
export const PLAN_BEFORE_YOU = "将要会";

/** Words of the past inside a clause: in a plan section a figure after them is a result (已完成, 去年). */
export const PAST_WORDS: readonly string[] = ["已经", "已", "去年", "上年"];

/**
 * Session and congress numbers, not counts: 九届六次全会, 十六届人大四次会议. `次` before 全会 is always a
 * session; before 会议 only after 届 a few characters before.
 */
export const SESSION_AFTER_TIMES: readonly string[] = ["全会", "全体会议"];
export const MEETING_AFTER_TIMES: readonly string[] = ["会议", "常委会"];
export const SESSION_TERM = "届";

/** Five-year plans by number (十四五 → 14): the first plan of the regular series and its start year. */
export const FIVE_YEAR_PLAN = { label: "五", first: 3, firstStart: 1966 } as const;
/** Words that span the last five years of the review (五年来, 过去五年). */
export const LAST_FIVE_YEARS: readonly string[] = ["五年来", "过去五年", "近五年", "五年间", "本届政府"];
/** Words that make a figure a multi-year one when a span is in scope (年均增长, 累计). */
export const YEARLY_AVERAGE = "年均";
export const MULTI_YEAR_WORDS: readonly string[] = [YEARLY_AVERAGE, "累计"];
/** Words of a count added over time (新增就业): over the five years when a review of them (五年来) is in scope. */
export const ADDED_WORDS: readonly string[] = ["新增"];

/** Words of change; `sign` −1 for a decline. */
export const CHANGE_WORDS: ReadonlyArray<readonly [string, 1 | -1]> = [
  ["增长", 1],
  ["增幅", 1],
  ["增速", 1],
  ["上升", 1],
  ["提高", 1],
  ["提升", 1],
  ["增加", 1],
  ["下降", -1],
  ["降幅", -1],
  ["减少", -1],
  ["降低", -1],
  ["回落", -1],
  ["下滑", -1],
  ["减幅", -1],
  ["涨幅", 1],
  ["上涨", 1],
];

/** Words that rank: 列全区第一, 位居全市第二, 排名第一. */
/** Right after 第N of a rank: 名 or 位 (第一名); one of these may follow it (第一的, 第一和第二). */
export const RANK_PLACE_WORDS: readonly string[] = ["名", "位"];
export const AFTER_RANK = "的和、";
/** 全国, 全省 … 全镇 right before 第N: a rank among the units of that level. */
export const RANK_SCOPE_PATTERN = "全[国省市区县镇]$";
export const RANK_VERBS: readonly string[] = ["位列", "位居", "排名", "名列", "排在", "居于", "列", "居", "排"];

/** Words of doing stripped from the start of a name (spec: "without verbs of doing"). */
export const LEADING_NOISE: readonly string[] = [
  "其中",
  "另有",
  "同时",
  "此外",
  "并且",
  "并",
  "还",
  "了",
  "已经",
  "已",
  "均",
  "共计",
  "总计",
  "合计",
  "累计",
  "累积",
  "共",
  "完成",
  "实现",
  "达到",
  "达",
  "全年",
  "今年以来",
  "今年",
  "当年",
  "全面",
  "全力",
  "成功",
  "顺利",
  "有效",
  "依法",
  "年内",
  "年底",
  "年末",
  "目前",
  "截至目前",
  "截止目前",
  "先后",
  "分别",
  "新冠疫情爆发以来",
  "疫情期间",
  "力争",
  "争取",
  "确保",
  "预计",
  "计划",
  "努力",
  "进一步",
  "持续",
  "积极",
  "共有",
  "有",
  "为",
  "对",
  "在",
  "街道",
  "我们",
  "我街道",
  "全街道",
  "全区",
  "全镇",
  "全县",
  "全市",
];
/** Light verbs: what is counted follows them (举办招聘会11场 → 招聘会); what follows is kept whole (共富集市). */
export const LIGHT_VERBS: readonly string[] = [
  ...["深入开展", "组织开展", "开展", "举办", "组织", "发放", "发布", "配备"],
  ...["涉及", "推进", "加快推进", "加快", "推动"],
];
/** Words stripped from the end of a name. */
export const TRAILING_NOISE: readonly string[] = [
  "达到",
  "达",
  "为",
  "共计",
  "总计",
  "合计",
  "累计",
  "共",
  "实现",
  "完成",
  "约",
  "近",
  "超过",
  "逾",
  "突破",
  "增至",
  "至",
  "到",
  "了",
  "是",
  "有",
  "计",
  "多达",
  "高达",
  "仅",
  "的",
  "且",
  "并且",
  "已",
  "均",
  "可",
  "约为",
  "各",
  "分别",
  "分别为",
  "分别达到",
  "控制在",
  "保持在",
  "稳定在",
  "达到了",
  "提高到",
  "提升到",
  "提高至",
  "提升至",
  "增加到",
  "增至",
  "上升到",
  "上升至",
  "下降到",
  "下降至",
  "降至",
  "降到",
  "减少到",
];
/** Words that start the predicate after a counted noun: 小区开展业委会换届选举, 纳污坑塘全部整治到位. */
export const PREDICATE_ADVERBS: readonly string[] = ["已全部", "已", "全部", "顺利", "成功", "加紧", "开始", "正在"];
/** Verbs of doing right after those adverbs: the name keeps what they act on (社区成功创建未来社区 → 社区未来社区). */
export const ASPECT_VERBS: readonly string[] = ["实现", "完成", "开展", "创建"];
/** Verbs that only say a task was carried through (整治到位, 加紧实施, 全部开工): dropped from a name's end. */
export const RESULT_VERBS: readonly string[] = ["到位", "实施", "开工", "施工"];
/** Names that only say which side of something is measured (办结率, 总面积): they need their owner's name. */
export const RELATIVE_NAMES: readonly string[] = ["面积", "总面积", "金额", "总额", "总量", "比例"];
/** A rate named by at most this many characters (办结率, 覆盖率) is relative too. */
export const RELATIVE_RATE = { ending: "率", maxLength: 3 } as const;

/** Cue and time words removed from anywhere in a name. */
export const NAME_INNER_NOISE: readonly string[] = ["力争", "争取", "确保", "预计"];
/** Names that say nothing on their own: a record so named takes its neighbour's name. */
export const EMPTY_NAMES = new Set([
  "完成",
  "实现",
  "达到",
  "达",
  "共",
  "累计",
  "共计",
  "合计",
  "新增",
  "增加",
  "开展",
  "举办",
  "组织",
  "其中",
  "另有",
  "有",
  "为",
  "是",
  "约",
  "计",
  "共有",
  "分别",
  "各",
  "均",
  "其他",
  "另",
  "连续",
  "已",
  "全部",
  "总计",
]);
/** Verbs that open a predicate: a phrase after a count starting with one says what was done, not what was counted. */
export const PREDICATE_VERBS: readonly string[] = [
  "参与",
  "参加",
  "开展",
  "进行",
  "完成",
  "实现",
  "获得",
  "获评",
  "受益",
  "覆盖",
  "涉及",
  "用于",
  "达到",
  "提供",
];

/** Heading words that give a section its role (problems first: 问题 headings may name years too). */
export const ROLE_WORDS: ReadonlyArray<readonly [import("./types.ts").SectionRole, readonly string[]]> = [
  ["problems", ["存在问题", "存在的问题", "问题和不足", "问题与不足", "不足之处", "短板", "困难和问题"]],
  ["review", ["总结", "回顾", "完成情况", "主要成效", "工作成效", "主要成绩", "取得的成绩"]],
  ["plan", ["计划", "思路", "打算", "安排", "展望", "主要任务", "重点任务", "工作要点", "目标"]],
];
/** Sub-headings longer than this are slogans: their words do not set a role. */
export const ROLE_TITLE_MAX_SUBLEVEL = 12;

/** Words that, counted over a passage, say it reports results or sets goals. */
export const ACTUAL_EVIDENCE: readonly string[] = [
  "已",
  "完成",
  "累计",
  "同比",
  "截至",
  "截止",
  "以来",
  "获评",
  "荣获",
  "取得",
  "实现了",
  "共计",
];
export const PLAN_EVIDENCE: readonly string[] = ["力争", "争取", "确保", "将", "计划", "目标", "谋划", "拟"];

/** Canonical indicators and the ways reports write them. The first synonym is the canonical name. */
export const CANONICAL_INDICATORS: readonly (readonly string[])[] = [
  ["地区生产总值", "GDP", "生产总值", "经济总量"],
  ["一般公共预算收入", "一般公共预算收入", "地方一般公共预算收入", "公共财政预算收入", "地方财政收入"],
  ["一般公共预算支出", "一般公共预算支出", "公共财政预算支出"],
  ["财政总收入", "财政总收入", "财政收入"],
  ["税收收入", "税收收入", "税收"],
  ["固定资产投资", "固定资产投资", "全社会固定资产投资"],
  ["工业投资", "工业投资", "工业固定资产投资", "工业固定资产投入"],
  ["社会消费品零售总额", "社会消费品零售总额", "社零总额", "社零额"],
  ["限上社会消费品零售总额", "限上社会消费品零售总额", "限额以上社会消费品零售总额"],
  ["规上工业增加值", "规上工业增加值", "规模以上工业增加值", "规模工业增加值"],
  ["规上工业产值", "规上工业产值", "规模以上工业产值", "规模工业产值", "规上工业总产值", "规模以上工业总产值"],
  ["规上工业营业收入", "规上工业营业收入", "规模以上工业营业收入"],
  ["服务业增加值", "服务业增加值", "第三产业增加值"],
  ["实际利用外资", "实际利用外资", "实际使用外资", "实到外资", "外资到账", "实际利用外资金额"],
  ["实到内资", "实到内资", "实际利用内资", "到位内资"],
  ["进出口总额", "进出口总额", "外贸进出口总额", "外贸进出口", "进出口"],
  ["出口总额", "出口总额", "出口额", "外贸出口"],
  ["城镇居民人均可支配收入", "城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
  ["农村居民人均可支配收入", "农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入"],
  ["居民人均可支配收入", "居民人均可支配收入", "全体居民人均可支配收入", "常住居民人均可支配收入"],
  ["城镇新增就业", "城镇新增就业", "新增城镇就业"],
  ["城镇登记失业率", "城镇登记失业率", "城镇调查失业率"],
  ["研发投入", "研发投入", "研发经费投入", "R&D经费", "研究与试验发展经费"],
  ["高新技术企业", "高新技术企业"],
  ["限上批发业销售额", "限上批发业企业销售额", "限上批发业销售额", "限额以上批发业销售额"],
  ["限上零售业销售额", "限上零售业企业销售额", "限上零售业销售额", "限额以上零售业销售额"],
  ["粮食产量", "粮食产量", "粮食总产量"],
  ["新增市场主体", "新增市场主体", "新设市场主体"],
  ["新增个体工商户", "新增个体工商户"],
  ["引进企业", "引进企业", "招引企业", "新引进企业"],
];

/** How money, area and counts are brought to one unit: multiplier into the standard unit. */
export const STANDARD_UNITS: Record<string, readonly [string, number]> = {
  元: ["万元", 1e-4],
  万元: ["万元", 1],
  亿元: ["万元", 1e4],
  千元: ["万元", 0.1],
  百万元: ["万元", 100],
  千万元: ["万元", 1000],
  万亿元: ["万元", 1e8],
  美元: ["万美元", 1e-4],
  万美元: ["万美元", 1],
  亿美元: ["万美元", 1e4],
  平方米: ["平方米", 1],
  万平方米: ["平方米", 1e4],
  平方公里: ["平方公里", 1],
  平方千米: ["平方公里", 1],
  亩: ["亩", 1],
  万亩: ["亩", 1e4],
  公顷: ["公顷", 1],
};

/** Admin suffixes, most specific first, with the last name characters that make the word generic. */
export const ADMIN_LEVELS: ReadonlyArray<{ suffix: string; level: number; generic: string }> = [
  { suffix: "街道", level: 3, generic: "镇各本全该我两和的与在及乡个等各到、" },
  { suffix: "镇", level: 3, generic: "城乡村集重小古名强全本各该我特街市县两和的等" },
  { suffix: "乡", level: 3, generic: "城下家故异返回同老全本各该我两和的等" },
  {
    suffix: "区",
    level: 2,
    generic:
      "全社小园城片辖景街市集范能发护验商校院厂矿老山库郊本该我各管学营住务心行领业游活聚态济贸保两和的在及等城专试验域地",
  },
  { suffix: "县", level: 2, generic: "全本各该我区郡两和的等" },
  { suffix: "市", level: 1, generic: "全本城超上都门夜早股楼车菜集各省区我该入两和的等县" },
];

/** Characters a quantity or rank can start with: digits, Chinese numerals, 第. */
export const QUANTITY_START_CHARS = "0123456789一二两三四五六七八九十第";

// ---- Words the record steps read (moved here from the logic files) ----

/** Time phrases that set a record's period (1-8月, 全年, 截至11月中旬), as a pattern over one sentence. */
export const PERIOD_PATTERN =
  "\\d{1,2}[-—~至]\\d{1,2}月(?:份)?|前[一二三]季度|[一二三四]季度|上半年|下半年|全年|今年以来|今年\\d{1,2}月以来|截[至止](?:目前|今|\\d{1,2}月(?:份)?(?:[上中下]旬|底|末|\\d{1,2}日)?)|今年|当年|年底|年末|新冠疫情爆发以来|疫情期间|目前";
/** Time phrases that open a clause and are no part of a name (2024年, 今年7月以来, 截至). */
export const LEADING_TIME_PATTERN =
  "(?:19|20)\\d\\d年(?:度)?|今年|去年|全年|当年|\\d{1,2}(?:[-—~至]\\d{1,2})?月(?:份)?(?:[上中下]旬|底|末|初)?(?:以来)?|截[至止](?:目前|今)?|以来|前[一二三]季度|[一二三四]季度|上半年|下半年|年底|年末|年内";
/** Every character a LEADING_TIME_PATTERN phrase can start with. */
export const LEADING_TIME_FIRST_CHARS = "0123456789今去全当截以前一二三四上下年";
/** A year in a sentence (2024年), unless it names a year's work plan (2024年度工作). */
export const YEAR_PATTERN = "((?:19|20)\\d\\d)年(?!度?工作)";

/** Words of a change of a change (降幅收窄了2.1个百分点): another measure. */
export const NARROWING_WORDS: readonly string[] = ["收窄", "扩大", "缩小"];
/** 较上年, 比去年同期: a change against last year, whatever the unit. */
export const AGAINST_LAST_YEAR_PATTERN = "[较比](?:上年|去年)(?:同期)?";
/** 比上年, 较去年: a comparison with last year, cut from a change's name. */
export const AGAINST_LAST_YEAR_WORDS: readonly string[] = ["比上年", "比去年", "较上年", "较去年"];
/** The name of a record with no name and no unit. */
export const UNNAMED = "(未命名)";
/** Words that say a change is against the same period (同比) or the period before (环比), or one of a list. */
export const YEAR_ON_YEAR = "同比";
export const PERIOD_ON_PERIOD = "环比";
export const RESPECTIVELY = "分别";
/** Words after a change word and before its figure (增长了, 增长约, 分别为). */
export const AFTER_CHANGE_WORDS: readonly string[] = ["了", "约", "分别", "为", "达"];
/** A hedge left before a figure (约, 近, 了). */
export const TRAILING_HEDGES = "约近了";
/** Plan words a few characters after a figure (3个项目将于年底完工), and their first characters. */
export const TARGET_AFTER_WORDS: readonly string[] = ["将在", "将于", "力争", "计划"];
/** Qualifier words that end in a pre-qualifier character but say nothing of a bound (多达, 高达). */
export const NOT_QUALIFIERS: readonly string[] = ["多达", "高达"];
/** Connectors between members of a list or pair (5户、7人; 42580元和21360元). */
export const LIST_CONNECTORS = "、和与及";
/** 城乡居民… 分别: the first figure is urban residents', the second rural. */
export const URBAN_RURAL = { both: "城乡", urban: "城镇", rural: "农村" } as const;
/** Thresholds glued to a figure that starts another figure's name (1000万元以上企业12家). */
export const THRESHOLD_WORDS: readonly string[] = ["以上", "以下"];
/**
 * Nouns a threshold with 的 can measure instead of describe (保持6%以上的增长, 完成10亿元以上的目标): before
 * any other noun (消除收入5万元以下的村) the figure describes what follows and is no record.
 */
export const MEASURED_AFTER_THRESHOLD: readonly string[] = [
  ...["增长", "增速", "增幅", "涨幅", "降幅", "水平", "目标", "任务", "规模", "速度", "比例", "比重", "幅度"],
  ...["标准", "效果", "成绩", "业绩", "收入", "投资", "产值", "产量"],
];

/** Rank names that only say which side of a figure is ranked: 增速位列全区第一 → 新增个体工商户增速. */
export const RANK_ASPECT_WORDS: readonly string[] = ["增速", "增幅", "总量", "规模", "增长率", "增量", "总额"];
/** Words left before a rank besides its verb (排名中, 全区, 均). */
export const RANK_SCOPE_WORDS: readonly string[] = [
  "排名中",
  "全国",
  "全省",
  "全市",
  "全区",
  "全县",
  "全镇",
  "中",
  "均",
  "都",
];
/** 为 as a verb (为30名残疾人…, 增长为): a name's last word only when no character before makes it a word. */
export const WEI = "为";
/** Characters before 为 that make it part of a word (行为, 作为, 认为), not a verb. */
export const WORD_BEFORE_WEI = "行作成认因称";
/** Adverbs after a noun that start its predicate (困境儿童共发放生活补贴). */
export const PREDICATE_START_ADVERBS: readonly string[] = ["共", "累计", "已", "均", "分别", "都", "也", "还"];
/** Words of a task a long name may end with (安全宣传工作 → 安全宣传). */
export const TASK_WORDS: readonly string[] = ["工作", "任务"];
/** What can follow a figure without being the noun it counts: comparisons, qualifiers, adverbs, modals. */
export const NOT_A_NOUN_AFTER: readonly string[] = [
  ...["同比", "环比", "比", "占", "增长", "下降", "以上", "以下", "左右", "以内", "等", "和", "及", "或"],
  ...["中", "内", "后", "前", "间", "左", "次", "之", "将", "要", "拟", "已", "正", "均", "全部", "都", "也"],
  ...["还", "共", "累计", "分别", "并", "且", "才", "又", "再", "得到", "被", "由", "从", "向", "至", "到"],
  ...["为", "是"],
];
/** Last characters of a name that names an indicator (…收入, …总值, …率) rather than a circumstance. */
export const INDICATOR_ENDINGS = "额值入量数率资出价售费款支积模重比总产";
/** Words that make another indicator of a synonym: a share, a rate, an intensity (研发经费投入强度). */
export const SHARE_WORDS: readonly string[] = ["占", "比重", "比例", "率", "强度", "人均", "每"];
/** Signs of a text read in the wrong encoding. */
export const GARBLED_SIGNS: readonly string[] = ["\ufffd", "锟斤拷", "烫烫"];
