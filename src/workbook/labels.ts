// Every word the workbook shows, in Simplified Chinese and English.
import type { Kind, Measure, Qualifier } from "../report/index.ts";
import type { Lang } from "./types.ts";

export interface Labels {
  sheets: Record<"indicators" | "goals" | "pivot" | "reports" | "sources", string>;
  columns: Record<string, string>;
  kind: Record<Kind, string>;
  measure: Record<Measure, string>;
  qualifier: Record<Qualifier, string>;
  status: { met: string; missed: string; pending: string };
  source: { actual: string; preliminary: string; manual: string };
  atMost: string;
  atLeast: string;
  pivotNote: string;
  pivotData: string;
}

const zh: Labels = {
  sheets: { indicators: "指标", goals: "目标对比", pivot: "透视", reports: "报告", sources: "来源" },
  columns: {
    id: "记录ID",
    report: "报告",
    body: "主体",
    parent: "上级",
    year: "年份",
    period: "时期",
    section: "章节",
    name: "指标名称",
    canonical: "标准指标",
    measure: "度量",
    kind: "类型",
    value: "原文数值",
    unit: "原文单位",
    stdValue: "标准数值",
    stdUnit: "标准单位",
    qualifier: "限定",
    why: "依据",
    sentence: "原文句子",
    at: "位置",
    key: "匹配键",
    targetYear: "目标年份",
    targetValue: "目标值",
    targetUnit: "单位",
    direction: "判定",
    previous: "上年实际",
    actual: "实际值",
    actualSource: "实际来源",
    manual: "手工实际值",
    completion: "完成度",
    status: "状态",
    notes: "备注",
    source: "来源文件",
    title: "标题",
    reviewYear: "总结年度",
    planYear: "计划年度",
    published: "发布日期",
    actuals: "实际数",
    targets: "目标数",
    forecasts: "预计数",
    records: "指标数",
    warnings: "提示",
    part: "片段",
    text: "文本",
  },
  kind: { actual: "实际", target: "目标", forecast: "预计" },
  measure: { level: "数值", yoy: "同比", mom: "环比", rank: "排名", other: "其他" },
  qualifier: { exact: "", approx: "约", at_least: "以上", at_most: "以内" },
  status: { met: "达成", missed: "未达成", pending: "待数据" },
  source: { actual: "报告实际", preliminary: "预计(初步)", manual: "手工" },
  atMost: "≤",
  atLeast: "≥",
  pivotNote: "数据透视表：按标准指标和指标汇总各主体的标准数值；用上方筛选选择类型、度量和年份。打开时自动刷新。",
  pivotData: "求和项:标准数值",
};

const en: Labels = {
  sheets: {
    indicators: "Indicators",
    goals: "Goals vs results",
    pivot: "Pivot",
    reports: "Reports",
    sources: "Sources",
  },
  columns: {
    id: "Record ID",
    report: "Report",
    body: "Body",
    parent: "Parent",
    year: "Year",
    period: "Period",
    section: "Section",
    name: "Indicator",
    canonical: "Canonical indicator",
    measure: "Measure",
    kind: "Kind",
    value: "Value as written",
    unit: "Unit as written",
    stdValue: "Standard value",
    stdUnit: "Standard unit",
    qualifier: "Qualifier",
    why: "Reason",
    sentence: "Source sentence",
    at: "Offset",
    key: "Match key",
    targetYear: "Target year",
    targetValue: "Target",
    targetUnit: "Unit",
    direction: "Test",
    previous: "Previous actual",
    actual: "Actual",
    actualSource: "Actual from",
    manual: "Manual actual",
    completion: "Completion",
    status: "Status",
    notes: "Notes",
    source: "Source file",
    title: "Title",
    reviewYear: "Review year",
    planYear: "Plan year",
    published: "Published",
    actuals: "Actuals",
    targets: "Targets",
    forecasts: "Forecasts",
    records: "Records",
    warnings: "Warnings",
    part: "Part",
    text: "Text",
  },
  kind: { actual: "actual", target: "target", forecast: "forecast" },
  measure: { level: "level", yoy: "yoy", mom: "mom", rank: "rank", other: "other" },
  qualifier: { exact: "", approx: "about", at_least: "at least", at_most: "at most" },
  status: { met: "Met", missed: "Missed", pending: "Awaiting data" },
  source: { actual: "Reported", preliminary: "Preliminary (forecast)", manual: "Manual" },
  atMost: "≤",
  atLeast: "≥",
  pivotNote:
    "PivotTable: standard values by canonical indicator and indicator for each body; filter kind, measure and year above. Refreshes on open.",
  pivotData: "Sum of Standard value",
};

export function labelsFor(lang: Lang): Labels {
  return lang === "en" ? en : zh;
}

/** Words of the 历年趋势 (Trends) sheet and its charts. */
export interface TrendLabels {
  sheet: string;
  columns: Record<"body" | "parent" | "indicator" | "measure" | "unit" | "line", string>;
  lines: Record<"target" | "parentTarget" | "result" | "gap" | "completion" | "status" | "notes", string>;
  /** Suffix of a gap in percentage points (growth rates and other changes). */
  points: string;
  revised: string;
  /** Chart titles: "{body} {indicator}" then this; and the completion chart's title before its year. */
  trendChart: string;
  completionChart: string;
}

const trendZh: TrendLabels = {
  sheet: "历年趋势",
  columns: { body: "主体", parent: "上级", indicator: "标准指标", measure: "度量", unit: "单位", line: "项目" },
  lines: {
    target: "目标",
    parentTarget: "上级目标",
    result: "实际",
    gap: "差距",
    completion: "完成度(%)",
    status: "状态",
    notes: "说明",
  },
  points: "个百分点",
  revised: "各报告所载",
  trendChart: "目标与实际",
  completionChart: "主要指标完成度(%)",
};

const trendEn: TrendLabels = {
  sheet: "Trends",
  columns: { body: "Body", parent: "Parent", indicator: "Indicator", measure: "Measure", unit: "Unit", line: "Line" },
  lines: {
    target: "Target",
    parentTarget: "Parent's target",
    result: "Result",
    gap: "Gap",
    completion: "Completion (%)",
    status: "Status",
    notes: "Notes",
  },
  points: " pp",
  revised: "as the reports state it",
  trendChart: "target and result",
  completionChart: "Completion of headline indicators (%)",
};

export function trendLabelsFor(lang: Lang): TrendLabels {
  return lang === "en" ? trendEn : trendZh;
}
