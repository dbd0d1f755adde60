// The sheets of a Chinese comparison workbook, in the order a user sees their tabs (one list for every test that
// opens a written workbook: the CLI's, the .xlsx package's, the task pane's download).
export const SHEETS_ZH = [
  "目标对比",
  "历年趋势",
  "指标",
  "透视",
  "透视（各主体）",
  "报告",
  "来源",
  "校正",
  "同义词",
  "完成度图表数据",
];
