// Every word the workbook shows, in Simplified Chinese and English.
import type { Kind, Measure, Qualifier } from "../report/index.ts";
import type { Lang } from "./types.ts";
import type { Scope } from "../compare/lexicon.ts";

export interface Labels {
  sheets: Record<
    "indicators" | "goals" | "pivot" | "pivotByBody" | "reports" | "sources" | "corrections" | "synonyms",
    string
  >;
  columns: Record<string, string>;
  kind: Record<Kind, string>;
  measure: Record<Measure, string>;
  qualifier: Record<Qualifier, string>;
  status: { met: string; missed: string; pending: string; incomparable: string };
  source: { actual: string; preliminary: string; manual: string; preliminarySuffix: string };
  /** The qualifier a target is judged by: ≥ 以上, ≈ 左右, ≤ 以内, nothing for an exact figure. */
  direction: { atLeast: string; exact: string; approx: string; atMost: string };
  /** How a goal was paired with its actual. */
  match: { canonical: string; name: string; manual: string; disagree: string };
  /** What a row of the 校正 table corrects. */
  correction: { notIndicator: string; kind: string; year: string; body: string; canonical: string; pairWith: string };
  /** Pivot: the category of an indicator (canonical or other) and the label of its row (name and unit). */
  pivotCategory: { canonical: string; other: string };
  /** Pivot: what a figure covers, one year or several (a multi-year figure shows its period, 2016-2020, when known). */
  span: { single: string; multi: string };
  /** After an indicator's name, the scope of its figure: 新增, 累计, 年均, 项目. */
  scope: Record<Scope, string>;
  /** Where a row of the 同义词 table comes from: Zhibiao's own table, or the user. */
  synonymOrigin: { builtIn: string; user: string };
  /** Note in 报告 on a report whose text was added again ({source}: the other file). */
  repeatedReport: string;
  atMost: string;
  atLeast: string;
  pivotNote: string;
  pivotByBodyNote: string;
  pivotData: string;
}

const zh: Labels = {
  sheets: {
    indicators: "指标",
    goals: "目标对比",
    pivot: "透视",
    pivotByBody: "透视（各主体）",
    reports: "报告",
    sources: "来源",
    corrections: "校正",
    synonyms: "同义词",
  },
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
    indicator: "对比指标",
    target: "目标",
    actualText: "实际",
    gap: "差距(百分点)",
    match: "配对方式",
    actualSentence: "实际原句",
    targetStd: "目标(标准)",
    actualStd: "实际(标准)",
    pair: "配对记录",
    field: "校正项",
    newValue: "新值",
    pivotName: "透视指标",
    pivotValue: "透视值",
    category: "指标类别",
    pivotSpan: "时段",
    synonym: "原文名称",
    origin: "出处",
  },
  kind: { actual: "实际", target: "目标", forecast: "预计" },
  measure: { level: "数值", yoy: "同比", mom: "环比", rank: "排名", other: "其他" },
  qualifier: { exact: "", approx: "约", at_least: "以上", at_most: "以内" },
  status: { met: "达成", missed: "未达成", pending: "待数据", incomparable: "无法比较" },
  source: { actual: "报告实际", preliminary: "预计(初步)", manual: "手工", preliminarySuffix: "（预计）" },
  direction: { atLeast: "≥", exact: "", approx: "≈", atMost: "≤" },
  match: { canonical: "标准指标", name: "名称相似", manual: "手工配对", disagree: "候选不一致：" },
  correction: {
    notIndicator: "不是指标",
    kind: "类型",
    year: "年份",
    body: "主体",
    canonical: "标准指标",
    pairWith: "配对",
  },
  pivotCategory: { canonical: "标准指标", other: "其他" },
  span: { single: "单年", multi: "多年" },
  scope: { added: "（新增）", total: "（累计）", average: "（年均）", project: "（项目）" },
  synonymOrigin: { builtIn: "内置", user: "用户" },
  repeatedReport: "{source} 与本报告内容相同，只保留一份",
  atMost: "≤",
  atLeast: "≥",
  pivotNote:
    "数据透视表：所选主体各指标历年的实际值（每个指标一种单位，每年一个数）。上方筛选可换主体、指标类别（标准指标/其他）、类型（实际/预计/目标）、度量和时段（单年；五年合计、年均等多年数字各按其时期，如 2016-2020）。所选年份各主体的对比见“透视（各主体）”。打开时自动刷新。",
  pivotByBodyNote:
    "数据透视表：所选年份各主体各指标的实际值（每个指标一种单位，每个主体一个数）。上方筛选可换年份、指标类别（标准指标/其他）、类型（实际/预计/目标）、度量和时段。打开时自动刷新。",
  pivotData: "值",
};

const en: Labels = {
  sheets: {
    indicators: "Indicators",
    goals: "Goals vs results",
    pivot: "Pivot",
    pivotByBody: "Pivot by body",
    reports: "Reports",
    sources: "Sources",
    corrections: "Corrections",
    synonyms: "Synonyms",
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
    indicator: "Compared as",
    target: "Target",
    actualText: "Actual",
    gap: "Gap (points)",
    match: "Pairing",
    actualSentence: "Actual sentence",
    targetStd: "Target (std)",
    actualStd: "Actual (std)",
    pair: "Paired record",
    field: "Correction",
    newValue: "New value",
    pivotName: "Pivot indicator",
    pivotValue: "Pivot value",
    category: "Category",
    pivotSpan: "Span",
    synonym: "Name as written",
    origin: "Origin",
  },
  kind: { actual: "actual", target: "target", forecast: "forecast" },
  measure: { level: "level", yoy: "yoy", mom: "mom", rank: "rank", other: "other" },
  qualifier: { exact: "", approx: "about", at_least: "at least", at_most: "at most" },
  status: { met: "Met", missed: "Missed", pending: "Awaiting data", incomparable: "Not comparable" },
  source: {
    actual: "Reported",
    preliminary: "Preliminary (forecast)",
    manual: "Manual",
    preliminarySuffix: " (preliminary)",
  },
  direction: { atLeast: "≥", exact: "", approx: "≈", atMost: "≤" },
  match: {
    canonical: "canonical name",
    name: "similar name",
    manual: "paired by hand",
    disagree: "candidates disagree: ",
  },
  correction: {
    notIndicator: "not an indicator",
    kind: "kind",
    year: "year",
    body: "body",
    canonical: "canonical",
    pairWith: "pair with",
  },
  pivotCategory: { canonical: "canonical", other: "other" },
  span: { single: "one year", multi: "several years" },
  scope: { added: " (added)", total: " (total)", average: " (yearly average)", project: " (project)" },
  synonymOrigin: { builtIn: "built in", user: "yours" },
  repeatedReport: "{source} has the same text as this report: kept once",
  atMost: "≤",
  atLeast: "≥",
  pivotNote:
    "PivotTable: each indicator of the chosen body by year (one unit per indicator, one figure per year). The filters above choose the body, the category (canonical/other), the kind (actual/forecast/target), the measure and the span (one year; figures over several years, such as five-year totals and yearly averages, by their period, e.g. 2016-2020). Bodies side by side for one year: see Pivot by body. Refreshes on open.",
  pivotByBodyNote:
    "PivotTable: each indicator of every body in the chosen year (one unit per indicator, one figure per body). The filters above choose the year, the category (canonical/other), the kind (actual/forecast/target), the measure and the span. Refreshes on open.",
  pivotData: "Value",
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
  /** The hidden sheet the completion chart reads. */
  completionSheet: string;
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
  completionSheet: "完成度图表数据",
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
  completionSheet: "Completion chart data",
};

export function trendLabelsFor(lang: Lang): TrendLabels {
  return lang === "en" ? trendEn : trendZh;
}
