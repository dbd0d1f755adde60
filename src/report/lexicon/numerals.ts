// Chinese numerals as the patterns of headings, dates and plan numbers write them.
import { FIVE_YEAR_PLAN } from "../lexicon.ts";

/** The digits one to nine, in order: a digit's value is its index plus one. */
export const NONZERO_DIGITS = "一二三四五六七八九";
export const ZERO = "零";
/** 〇, the zero of written years (二〇二四年): normalised to 零. */
export const CIRCLE_ZERO = "〇";
/** 一 and 二 alone are words (一批, 统一, 二次, 二期), not counts: counts say 两. */
export const ONE = "一";
export const TWO = "二";
export const TEN = "十";
export const HUNDRED = "百";
/** The scale words a Chinese numeral may end with (两万人, 三亿元). */
export const TEN_THOUSAND = "万";
export const HUNDRED_MILLION = "亿";
/** A small number or ordinal of up to three characters: 五, 十二, 二十一. */
export const SMALL_NUMERAL = `[${NONZERO_DIGITS}${TEN}]{1,3}`;
/** 十三五, 十四五: a numeral of tens before the plan's 五 (十五 alone is a count or the tenth plan). */
export const FIVE_YEAR_PLAN_NUMBER = `${TEN}[${NONZERO_DIGITS}]${FIVE_YEAR_PLAN.label}`;
/** 第: makes the numeral after it an ordinal (第十七届, 第一). */
export const ORDINAL = "第";
