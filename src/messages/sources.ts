// Why a report source could not be read (src/source's problem codes), in Simplified Chinese and English.
// The texts say what is wrong with the file; the caller names it.
import type { SourceCode, SourceParams, SourceProblem } from "../source/messages.ts";
import type { Lang } from "../workbook/types.ts";

const zh: Record<SourceCode, (p: SourceParams) => string> = {
  tooLarge: (p) => `文件太大（${p.size} MB）：报告文件不应超过 ${p.limit} MB，请确认选对了文件。`,
  binary: () => `不是可读取的报告（含有二进制内容）：请提供 .txt、.html、.docx 或 .pdf 文件。`,
  legacyWord: () =>
    `这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再添加。`,
  unsupported: (p) => `不是支持的报告格式（${p.detail}）：请提供 .txt、.html、.docx 或 .pdf 文件。`,
  docxDamaged: (p) => `无法作为 .docx 打开（文件可能已损坏）：${p.detail}`,
  pdfNoText: (p) =>
    `这是扫描版 PDF（${p.pages} 页，没有文字层），无法读取文字：请用带文字识别（OCR）的软件转成 .docx 或 .txt 后再添加。`,
  pdfEncrypted: () => `这是加密的 PDF：请先去掉密码（另存为不加密的 PDF）后再添加。`,
  pdfDamaged: (p) => `无法作为 PDF 打开（文件可能已损坏）：${p.detail}`,
  notFound: () => "找不到文件（请检查路径）",
  noPermission: () => "没有读取权限",
  folderEmpty: () => "文件夹里没有报告（.txt、.html、.docx、.pdf）",
  skippedType: (p) => `不是报告文件（${p.detail}）`,
  tooDeep: (p) => `文件夹层级超过 ${p.limit} 层，未再往下查找`,
  linkLoop: () => "链接指回上级文件夹（循环）",
  readFailed: (p) => `无法读取（${p.detail}）`,
};

const en: typeof zh = {
  tooLarge: (p) => `The file is too large (${p.size} MB): a report should not exceed ${p.limit} MB; check the file.`,
  binary: () => `Not a readable report (binary content): use a .txt, .html, .docx or .pdf file.`,
  legacyWord: () =>
    `An old Word/WPS document (.doc/.wps) that cannot be read directly: open it in Word or WPS, save it as .docx and add that.`,
  unsupported: (p) => `Not a supported report format (${p.detail}): use a .txt, .html, .docx or .pdf file.`,
  docxDamaged: (p) => `Cannot be opened as .docx (the file may be damaged): ${p.detail}`,
  pdfNoText: (p) =>
    `A scanned PDF (${p.pages} pages, no text layer), so its text cannot be read: convert it to .docx or .txt with OCR software first.`,
  pdfEncrypted: () => `A password-protected PDF: save it without a password first.`,
  pdfDamaged: (p) => `Cannot be opened as a PDF (the file may be damaged): ${p.detail}`,
  notFound: () => "file not found (check the path)",
  noPermission: () => "no permission to read it",
  folderEmpty: () => "the folder holds no reports (.txt, .html, .docx, .pdf)",
  skippedType: (p) => `not a report file (${p.detail})`,
  tooDeep: (p) => `folders nested deeper than ${p.limit} levels are not searched`,
  linkLoop: () => "a link back to a folder above it (a loop)",
  readFailed: (p) => `cannot be read (${p.detail})`,
};

export function sourceText(problem: SourceProblem, lang: Lang): string {
  return (lang === "en" ? en : zh)[problem.code](problem.params);
}
