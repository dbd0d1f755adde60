// The task pane's words: Simplified Chinese, or English when Office's display language is English.
import type { Lang } from "../workbook/types.ts";

const zh = {
  title: "指标 Zhibiao",
  subtitle: "从工作报告中提取指标，对比目标与实际",
  addReports: "添加报告",
  pickFiles: "选择文件（.txt / .html，可多选）",
  pastePlaceholder: "也可以把报告全文粘贴到这里……",
  addPasted: "添加粘贴的文字",
  samples: "使用示例报告",
  reports: "已添加的报告",
  none: "还没有报告。",
  remove: "移除",
  records: "条指标",
  actual: "实际",
  target: "目标",
  forecast: "预计",
  review: "总结",
  plan: "计划",
  preview: "指标预览",
  actions: "写入 Excel",
  load: "载入指标",
  template: "生成目标对比",
  refresh: "刷新",
  pivot: "数据透视",
  download: "下载 .xlsx",
  standalone: "独立模式：未连接 Excel。可以添加和预览报告，并下载 .xlsx 工作簿。",
  officeMissing: "未能加载 Office.js（网络可能被阻止），以独立模式运行。",
  working: "正在处理……",
  parsed: (n: number, records: number) => `已添加 ${n} 份报告，共 ${records} 条指标。`,
  failed: (name: string, why: string) => `无法读取 ${name}：${why}`,
  loaded: (rows: number) => `已写入 ${rows} 行。`,
  renamed: (names: string) => `工作簿里已有同名工作表，新建的工作表名为：${names}（您的工作表未被改动）。`,
  pivotDone: "数据透视表已就绪。",
  pivotUnsupported:
    "此版本的 Excel 不支持用加载项创建数据透视表（需要 ExcelApi 1.8）。请点“下载 .xlsx”，文件中含有数据透视表。",
  downloaded: (name: string) => `已下载 ${name}。`,
  needReports: "请先添加至少一份报告。",
  needExcel: "此操作需要在 Excel 中打开本加载项。",
  pasteName: (n: number) => `粘贴的报告 ${n}`,
  stored: (n: number) => `已从工作簿读取 ${n} 份已保存的报告。`,
};

export type PaneWords = typeof zh;

const en: PaneWords = {
  title: "Zhibiao 指标",
  subtitle: "Indicators from work reports, goals against results",
  addReports: "Add reports",
  pickFiles: "Choose files (.txt / .html, several at once)",
  pastePlaceholder: "Or paste a report's text here…",
  addPasted: "Add pasted text",
  samples: "Use the sample reports",
  reports: "Reports added",
  none: "No reports yet.",
  remove: "Remove",
  records: "indicators",
  actual: "actual",
  target: "target",
  forecast: "forecast",
  review: "review",
  plan: "plan",
  preview: "Preview",
  actions: "Write to Excel",
  load: "Load indicators",
  template: "Build goals vs results",
  refresh: "Refresh",
  pivot: "PivotTable",
  download: "Download .xlsx",
  standalone:
    "Standalone mode: not connected to Excel. You can add and preview reports and download the .xlsx workbook.",
  officeMissing: "Office.js could not be loaded (the network may be blocked); running standalone.",
  working: "Working…",
  parsed: (n, records) => `Added ${n} report(s), ${records} indicators.`,
  failed: (name, why) => `Could not read ${name}: ${why}`,
  loaded: (rows) => `Wrote ${rows} rows.`,
  renamed: (names) =>
    `Sheets with those names already exist; the new sheets are named: ${names} (yours were not changed).`,
  pivotDone: "The PivotTable is ready.",
  pivotUnsupported:
    "This version of Excel cannot create PivotTables from an add-in (ExcelApi 1.8). Use Download .xlsx: the file has the PivotTable.",
  downloaded: (name) => `Downloaded ${name}.`,
  needReports: "Add at least one report first.",
  needExcel: "Open the add-in in Excel to do this.",
  pasteName: (n) => `Pasted report ${n}`,
  stored: (n) => `Read ${n} stored report(s) from the workbook.`,
};

export function paneWords(lang: Lang): PaneWords {
  return lang === "en" ? en : zh;
}
