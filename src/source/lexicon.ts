// Words of statistical tables: which header names an index, a unit or a period. Machinery lives in table.ts.

/** Header of a column that only numbers the rows. */
export const INDEX_HEADERS: readonly string[] = ["序号", "编号", "序"];
/** Header of a column that holds each row's unit. */
export const UNIT_HEADERS: readonly string[] = ["计量单位", "单位"];
/** Prefix of a caption or cell that gives the whole table's unit: 单位：万元. */
export const UNIT_CAPTION = /^(?:计量)?单位\s*[:：]\s*/;
/** Label words that say when a figure holds or what kind it is: they lead the sentence (2023年：…, 目标：…). */
export const PERIOD_WORDS: readonly string[] = [
  "年",
  "月",
  "季度",
  "目标",
  "计划",
  "预期",
  "预计",
  "实际",
  "完成",
  "同期",
  "累计",
  "全年",
];
/** Scale words a unit may carry in front: 万元, 亿千瓦时. */
export const UNIT_SCALES: readonly string[] = ["百万", "千万", "万亿", "十", "百", "千", "万", "亿"];
/** Cells that stand for "no figure". */
export const EMPTY_CELLS: readonly string[] = ["—", "——", "-", "--", "/", "／", "无", "…", "——", "－"];
