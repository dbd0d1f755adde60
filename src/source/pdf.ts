// A PDF → its text, from the text layer pdf.js reads: items grouped into lines by position, lines of a
// paragraph joined back, running headers/footers and page numbers dropped, no spaces where CJK text meets
// a number. A PDF with no text layer (a scan) is refused with a message; there is no OCR.
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { InputError } from "./messages.ts";

export type PdfJs = Pick<typeof import("pdfjs-dist/legacy/build/pdf.mjs"), "getDocument">;

export interface PdfOptions {
  /** Where pdf.js finds its character maps (older CJK PDFs need them): a URL or, in Node, a folder path. */
  cMapUrl?: string;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Page {
  lines: Line[];
  height: number;
}

/** Fewer visible characters per page than this: a scan (pictures of pages), not text. */
const MIN_CHARS_PER_PAGE = 5;
/** Share of a page's height at its top and bottom where running headers, footers and page numbers stand. */
const MARGIN_SHARE = 0.12;
/** A line's running text must recur on this share of pages to count as a header or footer. */
const RUNNING_SHARE = 0.5;
const PAGE_NUMBER =
  /^[-—–·\s]*(?:第\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*(?:页)?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–·\s]*$|^page\s*\d+(?:\s*of\s*\d+)?$/i;
/** A line that opens a heading or a numbered item starts a paragraph: 一、 （一） 1. 1、 */
const PARAGRAPH_OPENER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d))/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === "string" && Array.isArray((item as TextItem).transform);
}

/** Whitespace next to a CJK character is typesetting, not text. */
function tidy(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(new RegExp(`(?<=${CJK.source}) +| +(?=${CJK.source})`, "g"), "")
    .trim();
}

/** Horizontal text items → lines, top to bottom, each read left to right. */
function linesOf(items: readonly TextItem[]): Line[] {
  const glyphs = items
    .filter((it) => it.str.trim() && Math.abs(it.transform[1]) < 1e-3 && Math.abs(it.transform[2]) < 1e-3)
    .map((it) => {
      const size = Math.abs(it.transform[3]) || it.height || 10;
      return { str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof glyphs)[] = [];
  for (const g of glyphs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - g.y) <= Math.min(row[0]!.size, g.size) * 0.4) row.push(g);
    else rows.push([g]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = row[0]!.x;
    for (const g of row) {
      const gap = g.x - end;
      if (text && gap > g.size * 0.25 && !CJK.test(text.slice(-1)) && !CJK.test(g.str[0]!)) text += " ";
      text += g.str;
      end = Math.max(end, g.x + g.w);
    }
    // The size most of the line is set in (digits and Latin letters may come in a font of another size).
    const chars = new Map<number, number>();
    for (const g of row) chars.set(g.size, (chars.get(g.size) ?? 0) + g.str.length);
    const size = [...chars].sort((a, b) => b[1] - a[1])[0]![0];
    return { text: tidy(text), x0: row[0]!.x, x1: end, y: row[0]!.y, size };
  });
}

function inMargin(line: Line, page: Page): boolean {
  return line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE;
}

/** Lines that repeat at the top or bottom of most pages (digits aside), and page numbers there. */
function dropRunningLines(pages: Page[]): void {
  const key = (l: Line) => l.text.replace(/\d+/g, "#").replace(/\s/g, "");
  const count = new Map<string, number>();
  for (const page of pages)
    for (const k of new Set(page.lines.filter((l) => inMargin(l, page)).map(key)))
      count.set(k, (count.get(k) ?? 0) + 1);
  const running = (l: Line) =>
    pages.length >= 2 && (count.get(key(l)) ?? 0) >= Math.max(2, pages.length * RUNNING_SHARE);
  for (const page of pages) {
    const edge = (l: Line, k: number) => k < 2 || k >= page.lines.length - 2;
    page.lines = page.lines.filter(
      (l, k) => !(edge(l, k) && inMargin(l, page) && (PAGE_NUMBER.test(l.text) || running(l))),
    );
  }
}

/**
 * Where full lines end: the median end of the lines reaching the last fifth of the width (the longest line
 * may overhang by a punctuation mark set in the margin, so it is not the edge).
 */
function textRightEdge(lines: readonly Line[]): number {
  const widest = Math.max(...lines.map((l) => l.x1));
  const left = Math.min(...lines.map((l) => l.x0));
  const ends = lines
    .map((l) => l.x1)
    .filter((x) => x >= left + (widest - left) * 0.8)
    .sort((a, b) => a - b);
  return ends[Math.floor(ends.length / 2)] ?? widest;
}

/** Width of the Latin word or number a line opens with: it did not fit on the line before, which ends short by that much. */
function leadingWordWidth(line: Line): number {
  return (/^[\w.,%‰+\-/]+/.exec(line.text)?.[0].length ?? 0) * line.size * 0.6;
}

/** Lines → paragraphs: a line that reaches the right edge continues into the next unless that one is indented, set apart or opens a heading. */
function paragraphs(pages: Page[]): string[] {
  const out: string[] = [];
  let open = false;
  let previous: { line: Line; right: number } | null = null;
  for (const page of pages) {
    if (!page.lines.length) continue;
    const left = Math.min(...page.lines.map((l) => l.x0));
    const right = textRightEdge(page.lines);
    page.lines.forEach((line, k) => {
      const prior = k > 0 ? page.lines[k - 1]! : null;
      const continues =
        open &&
        previous !== null &&
        previous.line.x1 + leadingWordWidth(line) >= previous.right - previous.line.size * 1.5 &&
        line.x0 <= left + line.size * 0.5 &&
        Math.abs(line.size - previous.line.size) <= previous.line.size * 0.15 &&
        (!prior || prior.y - line.y <= line.size * 2) &&
        !PARAGRAPH_OPENER.test(line.text);
      if (continues) {
        const tail = out[out.length - 1]!;
        out[out.length - 1] = tail + (LATIN.test(tail.slice(-1)) && LATIN.test(line.text[0]!) ? " " : "") + line.text;
      } else out.push(line.text);
      open = true;
      previous = { line, right };
    });
  }
  return out;
}

export async function pdfToText(
  bytes: Uint8Array,
  name: string,
  pdfjs: PdfJs,
  options: PdfOptions = {},
): Promise<string> {
  let pages: Page[];
  try {
    const doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    }).promise;
    pages = [];
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        const [, , , top] = page.view;
        pages.push({ lines: linesOf(content.items.filter(isTextItem)), height: top ?? 842 });
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
  } catch (e) {
    const error = e as { name?: string; message?: string };
    if (error.name === "PasswordException") throw new InputError({ code: "pdfEncrypted", params: { name } });
    throw new InputError({ code: "pdfDamaged", params: { name, detail: error.message ?? String(e) } });
  }
  const chars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.replace(/\s/g, "").length, 0), 0);
  if (chars < Math.max(1, pages.length) * MIN_CHARS_PER_PAGE)
    throw new InputError({ code: "pdfNoText", params: { name, pages: pages.length } });
  dropRunningLines(pages);
  return paragraphs(pages).join("\n");
}
