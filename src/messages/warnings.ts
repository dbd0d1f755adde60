// What the parser's warning codes say, in Simplified Chinese and English.
import type { ReportWarning, WarningCode } from "../report/index.ts";
import type { Lang } from "../workbook/types.ts";

type Params = ReportWarning["params"];

const zh: Record<WarningCode, (p: Params) => string> = {
  empty: () => "报告为空：文件中没有文字。",
  garbled: () => "文字中有乱码（可能是编码不对）：请确认文件是 UTF-8 或 GBK。",
  "no-figures": () => "没有找到任何指标数字。",
  "no-body": () => "没有识别出报告主体（街道/区/市）。",
};

const en: typeof zh = {
  empty: () => "The report is empty: the file has no text.",
  garbled: () => "The text looks garbled (wrong encoding?): make sure the file is UTF-8 or GBK.",
  "no-figures": () => "No figures were found.",
  "no-body": () => "The reporting body (street, district, city) was not recognised.",
};

export function warningText(warning: ReportWarning, lang: Lang): string {
  return (lang === "en" ? en : zh)[warning.code](warning.params);
}
