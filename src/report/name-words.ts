// Words of names (how a reader writes what a figure counts). The rest of the language is in lexicon.ts.

/** Words that open an aside inside a name: 新增面积含新增楼宇 → 新增面积; not before a noun they make (含量). */
export const ASIDE_OPENERS: readonly string[] = ["不含", "含", "包括", "包含"];
/** Characters after an aside opener that make it part of a word (含量, 含税, 包括在内). */
export const NOT_ASIDE_AFTER = "量税水金";

/** The mark between a modifier and its noun (巡察反馈的问题). */
export const MODIFIER_MARK = "的";
/** A modifier this short joins its noun without 的 (在册困境儿童); one longer than `kept` is a clause, left out. */
export const MODIFIER_LENGTHS = { joined: 2, kept: 6 } as const;

/** One-character words that never start a name: 已出动340人次 → 出动; 确保了农村5万名师生 → 农村师生. */
export const ADVERBS_BEFORE_VERBS = "已了";

/** Verbs that join who did something and what was done inside a name (社区举办“百姓微舞台”, 儿童共发放补贴). */
export const INNER_VERB_WORDS: readonly string[] = ["深入开展", "组织开展", "开展", "举办", "发放", "提供"];
/** Verbs of a title won: the title names what is counted (7个居民区获评示范社区 → 示范社区). */
export const TITLE_VERBS: readonly string[] = ["获评"];
/** Prepositions before a count of recipients (为30名残疾人提供就业指导). */
export const RECIPIENT_PREPOSITIONS = "为给向";

/** Ends of a clause that frames the figures after it (在安全生产专项整治中, …). */
export const FRAME_ENDS: readonly string[] = ["中"];
/** A numbered round or batch at the start of a frame (三轮专项整治): a label, not a name. */
export const NUMERAL_LABEL_PATTERN = "[一二三四五六七八九十两]+[轮批期]";
/** A share of something (占全年计划的70%): the name of what it is a share of goes first. */
export const SHARE_OF = "占";

/** A place the action happens in (在小区和公共区域安装…): the preposition and the words that end the place. */
export const PLACE_PREPOSITION = "在";
export const PLACE_ENDS: readonly string[] = [
  "区域内",
  "区域",
  "范围内",
  "辖区内",
  "周边",
  "沿线",
  "内",
  "里",
  "中",
  "上",
];
/** Words of where, no part of a name (对辖区内192家…; 对现有1.6万流动人口…). */
export const PLACE_WORDS: readonly string[] = ["辖区内", "辖区", "区域内", "现有"];
/** Verbs of scope after a topic (河道续建工程涉及3条河道): the count names the topic's things. */
export const SCOPE_VERBS: readonly string[] = ["涉及", "包含"];
/** Verbs that only carry the noun after them (X进行备案监管 → X备案监管). */
export const DUMMY_VERBS: readonly string[] = ["进行"];
/** The word that ends a list of examples (A、B等C), and characters around it that make it part of a word. */
export const ETC = "等";
export const ETC_WORD_BEFORE = "平同高中初均对相次上优劣超特头二三";
export const ETC_WORD_AFTER = "级待候额值同于";
/** Quotation marks of a name (“瓶改管”). */
export const QUOTE_OPEN = "“";
export const QUOTE_CLOSE = "”";

/** Second characters that make a leading preposition part of a word (在册, 在建, 对口, 为民): kept. */
export const PREPOSITION_WORD_SECONDS: Record<string, string> = { 在: "册建线岗校职读营途", 对: "口标外接", 为: "民" };

/** What the next figure measures, ending the noun after a count (29幢商务楼宇税收3.7亿元 → 商务楼宇). */
export const MEASURE_NOUNS: readonly string[] = [
  ...["税收", "收入", "营业收入", "营收", "产值", "总产值", "销售额", "营业额", "面积", "总面积", "建筑面积"],
  ...["投资", "总投资", "金额", "总额", "产量", "用地"],
];
/** Rates named by a verb and these words (调处成功率) are of the figure before them, as 办结率 is. */
export const RELATIVE_RATE_ENDINGS: readonly string[] = ["成功率"];
export const RELATIVE_RATE_VERB_MAX = 5;

/** Verbs a name may end with as a noun of the task (1个示范社区创建 → 示范社区), like 工作 and 任务. */
export const NOMINALISED_VERBS: readonly string[] = ["创建"];
/** Adverbs of manner inside a name: what goes before them says how (远程连线成功调处纠纷 → 调处纠纷). */
export const MANNER_ADVERBS: readonly string[] = ["成功", "顺利"];
/** Words of manner that may open a name: before a verb they say how (高标准完成), before a noun they name (高标准农田). */
export const MANNER_OPENINGS: readonly string[] = ["高标准", "高质量", "高水平", "高效率"];

/** Words of how an action is done, said between its object and the verb (餐饮油烟常态化巡查 → 餐饮油烟巡查). */
export const MANNER_MODIFIERS: readonly string[] = ["常态化", "全覆盖", "拉网式", "地毯式", "全方位"];

/**
 * Verbs of remedy: what was found is dealt with (整治…“散乱污”企业,取缔351家、整改提升87家); a name of these alone
 * is done to what the remedy before it acts on.
 */
export const REMEDY_VERBS: readonly string[] = [
  ...["整治", "整改", "提升", "取缔", "关停", "关闭", "拆除", "查处", "清理", "清退", "处置", "淘汰", "搬迁"],
];
/** Verbs of result that start the predicate right after a counted noun (员工完成“点对点”接送). */
export const RESULT_PREDICATES: readonly string[] = ["完成"];
/** Two verbs joined by 并 before a noun (上报并处理网格事件): each of this many characters. */
export const VERB_JOINER = "并";
export const COORDINATED_VERB_LENGTH = 2;
/** Determiners before a noun (各类文体活动 → 文体活动). */
export const DETERMINERS: readonly string[] = ["各类", "各项", "各种"];
/** Characters that part the phrases of a slogan in quotes (“奋进新时代 争当新工匠”), and the noun it needs after. */
export const SLOGAN_SEPARATORS = " 、,·•";
export const MIN_AFTER_SLOGAN = 4;
/** Period words inside a name (小区今年完工): when, not what. */
export const INNER_PERIOD_WORDS: readonly string[] = ["今年", "明年", "年内", "年底前", "年底"];

/** Conjunctions trimmed with punctuation from either end of a name (…和, 及…). */
export const EDGE_CONJUNCTIONS = "和及与并";
/** Characters after a change word that make a name of it (增加值, 增长率). */
export const NAME_AFTER_CHANGE = "值率";
/** 均 before a rank: it ranks every figure before it (均列全区第一). */
export const ALL_OF_THEM = "均";
/** Verbs that name those who benefited from the figure before (培训32场、受益2000人次 → 培训受益). */
export const BENEFIT_VERBS: readonly string[] = ["受益"];
/** Levels of government that did something (市区两级, 村(社区)两级): last character of the last level, count, 级. */
export const LEVEL_OWNERS = "区县市省镇乡村道)）";
export const LEVEL_COUNTS = "两三四五";
export const LEVEL_WORD = "级";
/** Levels of a category or title (省级垃圾分类示范小区): names listed before one are its examples. */
export const CATEGORY_LEVELS: readonly string[] = ["国家级", "省级", "市级", "区级", "县级"];
/**
 * Two-character verbs of doing. One governs a list of examples (公开社会救助、重点项目等事项 → 公开事项); one
 * ending what is done at counted places makes it an activity (6个点位的墙绘绘制 → 墙绘绘制点位); a later item of
 * a list with none of its own shares the first item's (排查隐患120处、违规单位3家 → 排查违规单位). Not verbs of
 * a title won (获得, 获评): the title names what is counted.
 */
export const ACTION_VERBS: readonly string[] = [
  ...["排查", "排摸", "摸排", "检查", "巡查", "督查", "抽查", "核查", "普查", "走访", "慰问", "看望", "探访"],
  ...["整治", "整改", "拆除", "拆改", "清理", "清退", "清运", "清除", "消除", "取缔", "关停", "淘汰", "查处", "处罚"],
  ...["处置", "处理", "办理", "办结", "受理", "化解", "调处", "调解", "解决", "回复", "答复", "上报", "报送"],
  ...["新建", "建成", "建设", "改建", "扩建", "续建", "改造", "提升", "修缮", "维修", "修复", "更换", "置换"],
  ...["安装", "加装", "增设", "设置", "铺设", "敷设", "种植", "栽植", "补植", "绿化", "硬化", "亮化", "打造"],
  ...["创建", "建立", "组建", "成立", "开设", "开通", "引进", "招引", "引入", "落户", "签约", "签订", "洽谈"],
  ...["开工", "完工", "竣工", "投产", "交付", "验收", "出让", "征收", "征迁", "收储", "腾退", "流转", "回收"],
  ...["举办", "开展", "组织", "召开", "举行", "培训", "宣传", "服务", "接待", "帮扶", "救助", "资助", "帮助"],
  ...["发放", "发布", "提供", "兑现", "拨付", "投入", "筹集", "争取", "募集", "捐赠", "收集", "采集", "登记"],
  ...["招聘", "吸纳", "安置", "推荐", "输送", "转移", "培育", "认定", "评定", "评选", "表彰"],
  ...["出动", "派出", "动员", "参与", "参加", "覆盖", "涉及", "新增", "增加", "纳管", "改厕"],
  ...["公开", "绘制", "整修", "美化"],
  ...["就业", "再就业", "创业", "脱贫", "复工", "复产", "投用", "开业", "参保", "入学", "入住", "搬迁", "达标"],
  ...["检测", "监测", "抽检", "执法", "立案", "结案", "办案", "破获", "抓获", "打掉", "查获", "追回", "挽回"],
  ...["签发", "审批", "备案", "注册", "入驻", "入库", "申报", "纳入", "推动", "推进", "实施", "落实", "制定"],
];
/**
 * Indicators a list of members shares, said once after the last (SUV汽车、新能源汽车、太阳能电池产量): the
 * measured nouns and these.
 */
export const INDICATOR_HEADS: readonly string[] = [
  ...MEASURE_NOUNS,
  ...["居民人均可支配收入", "人均可支配收入", "增加值", "固定资产投资", "增速", "增幅", "占比", "比重", "浓度", "指数"],
  ...["总量", "利润", "利润总额", "出口额", "进出口额", "进出口总额"],
];
