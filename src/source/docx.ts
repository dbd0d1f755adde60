// A .docx → its text: the paragraphs of the main document part in reading order, one per line, tables
// through tableLines. Text boxes are read once (their fallback copy is skipped), deleted text and field
// codes are not text.
import { unzipSync } from "fflate";
import { decodeEntities } from "./html.ts";
import { InputError } from "./messages.ts";
import { tableLines, type SourceCell } from "./table.ts";

const OFFICE_DOCUMENT = /officeDocument$/;
/** Elements whose content is not the document's visible text. */
const SKIPPED = new Set(["Fallback", "delText", "instrText", "sectPr", "rPr", "pPr", "sdtPr"]);

interface OpenTable {
  rows: SourceCell[][];
  cell: { lines: string[]; cell: SourceCell } | null;
  caption: string;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The main document part's name, from the package relationships (word/document.xml by convention). */
function mainPartName(bytes: Uint8Array): string {
  const rels = unzipSync(bytes, { filter: (f) => f.name === "_rels/.rels" })["_rels/.rels"];
  if (rels)
    for (const m of new TextDecoder().decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      const type = attr(m[0], "Type");
      const target = attr(m[0], "Target");
      if (type && target && OFFICE_DOCUMENT.test(type)) return target.replace(/^\//, "");
    }
  return "word/document.xml";
}

/** Entry names of a zip archive, or null when the bytes are not one. */
export function zipEntries(bytes: Uint8Array): string[] | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return null;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

export function docxToText(bytes: Uint8Array, name: string): string {
  let xml: string;
  try {
    const part = mainPartName(bytes);
    const data = unzipSync(bytes, { filter: (f) => f.name === part })[part];
    if (!data) throw new Error(`${part} is missing`);
    xml = new TextDecoder().decode(data);
  } catch (e) {
    throw new InputError({ code: "docxDamaged", params: { name, detail: e instanceof Error ? e.message : String(e) } });
  }
  return documentXmlToText(xml);
}

/** The text of WordprocessingML's document part. */
export function documentXmlToText(xml: string): string {
  const body: string[] = [];
  const tables: OpenTable[] = [];
  const paragraphs: string[] = [];
  let skipDepth = 0;
  let skipName = "";
  let inText = false;
  const lines = () => tables[tables.length - 1]?.cell?.lines ?? body;
  const append = (s: string) => {
    if (paragraphs.length) paragraphs[paragraphs.length - 1] += s;
  };
  for (const m of xml.matchAll(/<(\/?)([\w.:-]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (inText && !skipDepth) append(decodeEntities(m[5]));
      continue;
    }
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    const name = localName(m[2]!);
    if (skipDepth) {
      if (name === skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (SKIPPED.has(name) && !closing) {
      if (!selfClosing) {
        skipDepth = 1;
        skipName = name;
      }
      continue;
    }
    const table = tables[tables.length - 1];
    switch (name) {
      case "t":
        inText = !closing && !selfClosing;
        break;
      case "tab":
        append(" ");
        break;
      case "br":
      case "cr":
        append("\n");
        break;
      case "noBreakHyphen":
        append("-");
        break;
      case "p":
        if (!closing) paragraphs.push("");
        if (closing || selfClosing) lines().push(...(paragraphs.pop() ?? "").split("\n"));
        break;
      case "tbl":
        if (!closing) {
          const outer = lines();
          tables.push({ rows: [], cell: null, caption: [...outer].reverse().find((l) => l.trim()) ?? "" });
        } else if (table) {
          tables.pop();
          lines().push(...tableLines(table.rows, table.caption));
        }
        break;
      case "tr":
        if (table && !closing) table.rows.push([]);
        break;
      case "gridBefore":
        table?.rows[table.rows.length - 1]?.push({ text: "", colSpan: Number(attr(m[3]!, "val") ?? 1) });
        break;
      case "tc":
        if (!table) break;
        if (!closing) {
          const cell: SourceCell = { text: "" };
          table.rows[table.rows.length - 1]?.push(cell);
          table.cell = { lines: [], cell };
        } else if (table.cell) {
          table.cell.cell.text = table.cell.lines.filter((l) => l.trim()).join("\n");
          table.cell = null;
        }
        break;
      case "gridSpan":
        if (table?.cell) table.cell.cell.colSpan = Number(attr(m[3]!, "val") ?? 1);
        break;
      case "vMerge":
        if (table?.cell && attr(m[3]!, "val") !== "restart") table.cell.cell.mergedAbove = true;
        break;
    }
  }
  return body
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
