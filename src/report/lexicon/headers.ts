// Words of a report's header and headings: metadata labels, the speech line, title forms.

/** A portal's metadata label before the title: 标题：2023年保定市政府工作报告. */
export const TITLE_LABELS: readonly string[] = ["标题", "题目", "文章标题"];

/** Labels of a publication date: 发文时间：2018-01-31, 发布日期: 2024-02-02. */
export const DATE_LABEL_VERBS: readonly string[] = ["发布", "成文", "生成", "发文", "印发"];
export const DATE_LABEL_NOUNS: readonly string[] = ["时间", "日期"];

/** A speech's or its news item's words after the date: ——2024年1月10日在…会议上, 2月4日,市长…在…作政府工作报告. */
export const SPEECH_AT = "在";
export const DELIVERED_WORDS: readonly string[] = ["作政府工作报告", "作工作报告", "所作政府工作报告"];

/** The title of the report a government delivers early in a year on the year before and the year ahead. */
export const GOVERNMENT_REPORT = "政府工作报告";

/** Words an unnumbered year heading may end with: 2023年主要工作 (besides the role words). */
export const HEADING_ENDINGS: readonly string[] = ["工作", "任务", "目标"];

/** Words that make a header line a report's title. */
export const TITLE_WORDS: readonly string[] = [
  ...["工作总结", "工作计划", "工作报告", "工作思路", "工作要点", "工作回顾", "工作打算", "工作安排", "工作情况"],
];

/** The word after a numeral that makes a list label of it: 一是, 二是. */
export const LIST_LABEL_WORD = "是";
