// Time words: the characters of a written date (2024年1月10日) and a year as numbers write it.

export const YEAR_WORD = "年";
export const MONTH_WORD = "月";
export const DAY_WORD = "日";
/** 度 after 年: the year as a period of work (2024年度). */
export const YEAR_PERIOD_MARK = "度";
/** A year of the calendar the reports use, in Arabic digits. */
export const ARABIC_YEAR = "(?:19|20)\\d\\d";
/** The words from one year to another: 2018年至2022年, 2018—2022年. */
export const SPAN_TO_WORDS: readonly string[] = ["至", "到"];
