// Words about places and governments: the suffixes of administrative units, the words a government
// calls itself by, and what is written after a government's name.

/** Suffixes a unit's name ends with, longest first where one ends another (自治区 before 区). */
export const PLACE_SUFFIXES: readonly string[] = [
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "管理委员会",
  "管委会",
  "开发区",
  "新区",
  "林区",
  "特区",
  "地区",
  "街道",
  "苏木",
  "省",
  "市",
  "州",
  "盟",
  "区",
  "县",
  "旗",
  "镇",
  "乡",
];

/** China's peoples, as written in the names of autonomous units (延边朝鲜族自治州 → 延边). */
export const PEOPLES: readonly string[] = [
  ..."汉回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京",
  ...["蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克", "傈僳", "高山", "拉祜", "东乡", "纳西"],
  ...["景颇", "柯尔克孜", "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克"],
  ...["乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴"],
  ...["珞巴", "基诺"],
];

/** How a report names its own government's level: 全县, 我市, 本街道 (the level word after one of these). */
export const SELF_REFERENCE_OPENERS = "全我本";
export const SELF_REFERENCE_LEVELS: readonly string[] = ["街道", "省", "市", "县", "区", "旗", "州", "盟", "镇", "乡"];
/** After 全区 these compare with the level above instead (列全区第一, 高于全市平均). */
export const COMPARISON_AFTER: readonly string[] = ["第", "前", "首", "排", "平均", "领先", "同类", "之最"];

/** Words that begin with a suffix's character: 美丽乡村 names no 美丽乡, 国际市场 no 国际市. */
export const SUFFIX_LED_WORDS: readonly string[] = [
  ...["乡村", "乡镇", "乡土", "乡亲", "乡贤", "乡愁", "乡风", "乡情", "乡音", "市场", "市民", "市值", "市容"],
  ...["区域", "区位", "区块", "区间", "县域", "县城", "镇村", "省份", "州府"],
];

/** Words a place name never starts with: 我代表市人民政府 names no 代表市. */
export const NAME_OPENING_STOPS: readonly string[] = ["代表", "关于", "按照", "根据", "围绕", "推动", "建设"];

/** A speech's opening: 我代表高阳县人民政府. */
export const SPEAKING_FOR = "代表";
/** A people's government: 高阳县人民政府, 崇川区人民政府秦灶街道. */
export const PEOPLES_GOVERNMENT = "人民政府";
/** An assembly named after a body: 高阳县人民代表大会, 城南区人大 (or 第十七届… before it). */
export const ASSEMBLY_WORDS: readonly string[] = ["人民代表大会", "人大"];

/** What follows a unit's name when it is written as a government: 高阳县人民政府, 秦灶街道办事处. */
export const GOVERNMENT_WORDS: readonly string[] = [
  ...[PEOPLES_GOVERNMENT, "政府", "人民代表大会", "人大", "政协", "委员会", "党委", "党工委", "办事处", "管委会"],
  ...["县委", "市委", "区委", "省委", "镇委", "乡委", "行政", "第"],
];

/** Levels of suffixes the gazetteer does not place: 省, 自治区 (0); 州, 盟, …州 (1); 旗, 自治… (2). */
export const SUFFIX_LEVEL_WORDS: Readonly<Record<"province" | "prefecture" | "county", readonly string[]>> & {
  readonly prefectureEnding: string;
  readonly countyOpening: string;
} = {
  province: ["省", "自治区"],
  prefecture: ["州", "盟"],
  prefectureEnding: "州",
  county: ["旗"],
  countyOpening: "自治",
};
/** A level's character right before a name found by its suffix makes it a government's (…市南湖区). */
export const LEVEL_CHARS_BEFORE_NAME = "省市区县";
/** Characters a place name found by its suffix never holds: particles, pronouns, 委, 府. */
export const NAME_STOP_CHARS = "的在和与了是对为把从向及等中上下其这那该各全本我你他她它们之以于被让给到委府";

/** The national government, and what marks its report in the header. */
export const NATIONAL_BODY = "国务院";
export const NATIONAL_MARKS: readonly string[] = ["国务院总理", "全国人民代表大会"];

/** Header lines that name the report's issuer: 发文单位：高阳县人民政府, 发布机构 | 东柳街道. */
export const ISSUER_LABELS: readonly string[] = ["发文单位", "发文机构", "发布机构", "发文机关", "信息来源", "来源"];
