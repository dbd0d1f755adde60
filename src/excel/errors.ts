// Excel errors in words a user can act on, chosen by error.code and, where one code has several causes,
// by debugInfo.errorLocation (never by the localised message). Codes:
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
import type { Lang } from "../workbook/types.ts";

type Words = { zh: string; en: string };

const MESSAGES: Record<string, Words> = {
  RequestPayloadSizeLimitExceeded: {
    zh: "一次写入的数据太多，Excel 拒绝了请求。请少选几份报告后重试。",
    en: "Excel refused a request that was too large. Try again with fewer reports.",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "一次读取的数据太多，Excel 拒绝了请求。请少选几份报告后重试，或使用“下载 .xlsx”。",
    en: "Excel refused to return that much data at once. Try again with fewer reports, or use Download .xlsx.",
  },
  InvalidOperationInCellEditMode: {
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    en: "Excel is editing a cell. Press Enter or Esc, then try again.",
  },
  ItemAlreadyExists: {
    zh: "工作簿里已有同名的工作表。请重命名您的工作表后重试。",
    en: "A sheet with that name already exists. Rename yours and try again.",
  },
  ItemNotFound: {
    zh: "找不到指标的某个工作表或表格（可能已被删除或重命名）。请重试；仍失败时请使用“载入指标”重新生成。",
    en: "A Zhibiao sheet or table could not be found (it may have been deleted or renamed). Try again, or use Load indicators to rebuild it.",
  },
  InvalidArgument: {
    zh: "Excel 拒绝了一项写入（参数无效）。工作簿中原有的内容未被删除；请重试。",
    en: "Excel refused a write (invalid argument). Nothing already in the workbook was deleted; please try again.",
  },
  "InvalidArgument@TableCollection.add": {
    zh: "指标要建表的位置已有另一个表格（表格不能重叠）。请移走该表格后重试。",
    en: "Another table is where Zhibiao's table goes (tables can't overlap). Move it and try again.",
  },
  "InvalidArgument@TableColumnCollection.add": {
    zh: "指标的表格右侧紧挨着另一个表格，无法增加列。请移开该表格后重试。",
    en: "Another table is right next to Zhibiao's table, so a column can't be added. Move it and try again.",
  },
  "InvalidArgument@Table.name": {
    zh: "工作簿里已有同名的表格（如 tblIndicators）。请重命名您的表格后重试。",
    en: "A table with Zhibiao's table name (such as tblIndicators) already exists. Rename yours and try again.",
  },
  AccessDenied: {
    zh: "工作簿或工作表受保护，无法写入。请取消保护后重试。",
    en: "The workbook or sheet is protected. Unprotect it and try again.",
  },
  ApiNotFound: {
    zh: "此版本的 Excel 不支持这一功能。请更新 Excel，或使用“下载 .xlsx”。",
    en: "This version of Excel does not support this. Update Excel, or use Download .xlsx.",
  },
  InsertDeleteConflict: {
    zh: "工作表中有合并单元格或其他表格挡住了写入区域。请移开后重试。",
    en: "Merged cells or another table are in the way. Move them and try again.",
  },
};

const FALLBACK: Words = {
  zh: "写入 Excel 时出错（代码 {code}）。工作簿中原有的内容未被删除；请重试。",
  en: "Writing to Excel failed (code {code}). Nothing already in the workbook was deleted; please try again.",
};

interface ExcelError {
  code?: string;
  debugInfo?: { errorLocation?: string };
}

export function describeExcelError(error: unknown, lang: Lang): string {
  const e = (error ?? {}) as ExcelError;
  const code = e.code ?? "Unknown";
  const at = e.debugInfo?.errorLocation;
  const words = (at && MESSAGES[`${code}@${at}`]) || MESSAGES[code] || FALLBACK;
  return words[lang].replace("{code}", code);
}

/** What to log beside the user's message: the code, where Excel says it failed, and the statement. */
export function debugInfoOf(error: unknown): unknown {
  return (error as { debugInfo?: unknown } | null)?.debugInfo ?? error;
}
