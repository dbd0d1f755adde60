// Excel errors in words a user can act on, chosen by error.code (never by the localised message).
import type { Lang } from "../workbook/types.ts";

const MESSAGES: Record<string, { zh: string; en: string }> = {
  RequestPayloadSizeLimitExceeded: {
    zh: "一次写入的数据太多，Excel 拒绝了请求。请少选几份报告后重试。",
    en: "Excel refused a request that was too large. Try again with fewer reports.",
  },
  InvalidOperationInCellEditMode: {
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    en: "Excel is editing a cell. Press Enter or Esc, then try again.",
  },
  ItemAlreadyExists: {
    zh: "工作簿里已有同名的表格或工作表。请重命名您的表格后重试。",
    en: "A table or sheet with that name already exists. Rename yours and try again.",
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

const FALLBACK = {
  zh: "写入 Excel 时出错（代码 {code}）。工作簿中原有的内容未被删除；请重试。",
  en: "Writing to Excel failed (code {code}). Nothing already in the workbook was deleted; please try again.",
};

export function describeExcelError(error: unknown, lang: Lang): string {
  const code = (error as { code?: string } | null)?.code ?? "Unknown";
  return (MESSAGES[code]?.[lang] ?? FALLBACK[lang]).replace("{code}", code);
}
