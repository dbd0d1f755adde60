// What the zhibiao command says, in Simplified Chinese and English (--lang en).
import type { Lang } from "../workbook/types.ts";

const zh = {
  description: "从工作报告中提取指标，生成目标对比工作簿",
  parseDescription: "提取报告中的指标，按报告列表显示（或输出 JSON）",
  buildDescription: "生成目标对比工作簿 (.xlsx)",
  pathsArgument: "报告文件或文件夹",
  jsonOption: '以 JSON 输出 {"reports": [...]}',
  outputOption: "输出文件",
  forceOption: "替换只读的输出文件",
  langOption: "语言：zh（中文）或 en（英文）",
  helpOption: "显示帮助",
  helpCommand: "显示某个命令的帮助",
  exitCodes:
    "退出码：0 成功；1 有文件未能读取（其余已处理）；2 命令行有误，或为免丢失数据而拒绝写入；3 无法写入输出文件（原文件未改动）。",
  valueIsOption: "缺少值：这是另一个选项，不是文件名。",
  usageError: (command: string) => `命令行有误。用法见 zhibiao ${command}--help`,
  skipped: (source: string, why: string) => `✗ 已跳过 ${source}：${why}`,
  passedOver: (source: string, why: string) => `· 未读取 ${source}：${why}`,
  built: (output: string) => `已生成 ${output}`,
  summary: (reports: number, records: number, targets: number, matched: number, skipped: number) =>
    `  报告 ${reports} 份，指标 ${records} 条，目标 ${targets} 条，其中已找到实际值 ${matched} 条` +
    (skipped ? `；跳过 ${skipped} 个文件` : ""),
  refusedEmpty: (output: string) =>
    `未写入：没有读到任何报告，不会用空工作簿替换已有的 ${output}。请检查输入的文件名或文件夹。`,
  refusedReadOnly: (output: string) => `未写入：${output} 是只读文件。确要替换它，请加 --force。`,
  locked: (name: string, path: string) => `请先关闭 Excel 中打开的 ${name}（${path}），然后重试。原文件未被改动。`,
  writeFailed: (why: string) => `生成失败：${why}\n原有的输出文件（如有）未被改动。`,
  report: "报告",
  body: "主体",
  reviewYear: "总结年度",
  planYear: "计划年度",
  published: "发布",
  records: (n: number) => `指标 ${n} 条`,
};

export type CliWords = typeof zh;

const en: CliWords = {
  description: "Extract indicators from work reports and build a goals-vs-results workbook",
  parseDescription: "extract the indicators of reports and list them (or print JSON)",
  buildDescription: "build the comparison workbook (.xlsx)",
  pathsArgument: "report files or folders",
  jsonOption: 'print {"reports": [...]} as JSON',
  outputOption: "output file",
  forceOption: "replace a read-only output file",
  langOption: "language: zh (Chinese) or en (English)",
  helpOption: "show help",
  helpCommand: "show help for a command",
  exitCodes:
    "Exit codes: 0 done; 1 some files could not be read (the others were processed); 2 wrong command line, or refused to write so as not to lose work; 3 the output could not be written (the old file is unchanged).",
  valueIsOption: "the value is missing: that is another option, not a file name.",
  usageError: (command) => `Wrong command line. See zhibiao ${command}--help`,
  skipped: (source, why) => `✗ skipped ${source}: ${why}`,
  passedOver: (source, why) => `· not read ${source}: ${why}`,
  built: (output) => `Wrote ${output}`,
  summary: (reports, records, targets, matched, skipped) =>
    `  ${reports} report(s), ${records} indicators, ${targets} targets, ${matched} of them with an actual` +
    (skipped ? `; ${skipped} file(s) skipped` : ""),
  refusedEmpty: (output) =>
    `Nothing written: no report could be read, and an empty workbook would replace ${output}. Check the input names.`,
  refusedReadOnly: (output) => `Nothing written: ${output} is read-only. Add --force to replace it.`,
  locked: (name, path) => `Close ${name} in Excel first (${path}), then try again. The file was not changed.`,
  writeFailed: (why) => `Could not write the workbook: ${why}\nThe existing output file (if any) was not changed.`,
  report: "Report",
  body: "Body",
  reviewYear: "Review year",
  planYear: "Plan year",
  published: "Published",
  records: (n) => `${n} indicators`,
};

export function cliWords(lang: Lang): CliWords {
  return lang === "en" ? en : zh;
}
