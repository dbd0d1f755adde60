// Small XML helpers for the parts of an .xlsx package that Zhibiao writes itself.
import type { PackageParts } from "./parts.ts";

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function xmlEscape(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

const SHARED_STRINGS = "xl/sharedStrings.xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The package's shared-string table: exceljs's entries kept as written, new strings appended once each. */
export class SharedStrings {
  private readonly items: string[];
  private readonly index = new Map<string, number>();

  private constructor(existing: string[]) {
    this.items = existing;
  }

  static load(parts: PackageParts): SharedStrings {
    if (!parts.has(SHARED_STRINGS))
      throw new Error("xlsx package has no shared strings (exceljs writes them for headers)");
    const xml = parts.text(SHARED_STRINGS);
    return new SharedStrings([...xml.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)].map((m) => m[0]));
  }

  /** Index of a string in the table, adding it the first time. */
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(`<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`);
      this.index.set(s, i);
    }
    return i;
  }

  save(parts: PackageParts): void {
    const n = this.items.length;
    parts.write(
      SHARED_STRINGS,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${n}" uniqueCount="${n}">${this.items.join("")}</sst>`,
    );
  }
}

/** Worksheet part path for a sheet name, from workbook.xml and its relationships. */
export function sheetPartOf(parts: PackageParts, name: string): string {
  const wbXml = parts.text("xl/workbook.xml");
  const rels = parts.text("xl/_rels/workbook.xml.rels");
  const sheet = [...wbXml.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((s) => s.includes(`name="${xmlEscape(name)}"`));
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel =
    rid && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`xlsx package has no worksheet named ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
