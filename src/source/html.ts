// HTML page → its readable text: scripts, styles and markup removed, entities decoded, blocks on lines.
// A small linear scanner (no DOM), so it runs in the CLI, the task pane and tests alike.
import { tableLines, type SourceCell } from "./table.ts";

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "tr",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "section",
  "article",
  "ul",
  "ol",
  "title",
  "header",
  "footer",
  "blockquote",
  "pre",
  "hr",
  "dd",
  "dt",
]);
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  times: "×",
  deg: "°",
  sup2: "²",
  ensp: " ",
  emsp: " ",
  yen: "¥",
  copy: "©",
  reg: "®",
  permil: "‰",
};

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return (
    /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) ||
    (head.match(/<\/?(p|div|span|br|td)[\s>/]/g)?.length ?? 0) >= 3
  );
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

interface OpenTable {
  rows: SourceCell[][];
  cell: SourceCell | null;
  /** The line before the table, or its <caption> (either may give the unit: 单位：万元). */
  caption: string;
  /** The <caption> being read. */
  title: SourceCell | null;
}

function attribute(tag: string, name: string): number {
  const m = new RegExp(`\\s${name}\\s*=\\s*["']?(\\d+)`, "i").exec(tag);
  return m ? Math.max(1, Math.min(1000, parseInt(m[1]!, 10))) : 1;
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1] ?? "";
}

/** A cell's text: its lines, or one line when it has only one. */
function cellText(raw: string): string {
  return raw
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}

/** The text of an HTML page, with the <title> as its first line; tables as tableLines gives them. */
export function htmlToText(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  let out = title ? decodeEntities(title) + "\n" : "";
  const tables: OpenTable[] = [];
  const write = (s: string) => {
    const table = tables[tables.length - 1];
    if (!table) out += s;
    else if (table.cell) table.cell.text += s;
  };
  const closeCell = (table: OpenTable) => {
    if (table.cell) table.cell.text = cellText(table.cell.text);
    table.cell = null;
  };
  let i = 0;
  let skipUntil: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipUntil && textEnd > i) write(decodeEntities(html.slice(i, textEnd).replace(/\s+/g, " ")));
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    i = gt + 1;
    if (!tag) continue;
    const closing = tag[1] === "/";
    const name = tag[2]!.toLowerCase();
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name) && !html.slice(lt, gt).endsWith("/")) {
      skipUntil = name;
      continue;
    }
    const table = tables[tables.length - 1];
    if (name === "table") {
      if (!closing) {
        const outer = tables[tables.length - 1];
        tables.push({ rows: [], cell: null, title: null, caption: lastLine(outer ? (outer.cell?.text ?? "") : out) });
      } else if (table) {
        closeCell(table);
        tables.pop();
        write("\n" + tableLines(table.rows, table.caption).join("\n") + "\n");
      }
    } else if (table && name === "caption") {
      closeCell(table);
      if (!closing) table.cell = table.title = { text: "" };
      else if (table.title) {
        table.caption = cellText(table.title.text);
        table.rows.push([{ text: table.caption }]);
        table.title = null;
      }
    } else if (table && name === "tr") {
      closeCell(table);
      if (!closing) table.rows.push([]);
    } else if (table && (name === "td" || name === "th")) {
      closeCell(table);
      if (!closing) {
        const cell = {
          text: "",
          colSpan: attribute(html.slice(lt, gt), "colspan"),
          rowSpan: attribute(html.slice(lt, gt), "rowspan"),
        };
        if (!table.rows.length) table.rows.push([]);
        table.rows[table.rows.length - 1]!.push(cell);
        table.cell = cell;
      }
    } else if (BLOCK_TAGS.has(name)) write("\n");
  }
  while (tables.length) {
    const table = tables.pop()!;
    closeCell(table);
    write("\n" + tableLines(table.rows, table.caption).join("\n") + "\n");
  }
  return out
    .split("\n")
    .map((line) => line.trim())
    .filter((line, k, lines) => line || (k > 0 && lines[k - 1]))
    .join("\n")
    .trim();
}
