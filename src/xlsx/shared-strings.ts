// The package's shared-string table (ECMA-376 Part 1, §18.4): exceljs's entries kept, new strings added once each.
import type { PackageParts } from "./parts.ts";
import { el, largeXmlDocument, raw, text, type Markup } from "./xml.ts";

const SHARED_STRINGS = "xl/sharedStrings.xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export class SharedStrings {
  private readonly items: Markup[];
  private readonly index = new Map<string, number>();

  private constructor(existing: Markup[]) {
    this.items = existing;
  }

  static load(parts: PackageParts): SharedStrings {
    if (!parts.has(SHARED_STRINGS))
      throw new Error("xlsx package has no shared strings (exceljs writes them for headers)");
    const xml = parts.text(SHARED_STRINGS);
    return new SharedStrings([...xml.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)].map((m) => raw(m[0])));
  }

  /** Index of a string in the table, adding it the first time. */
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(el("si", {}, el("t", { "xml:space": "preserve" }, text(s))));
      this.index.set(s, i);
    }
    return i;
  }

  save(parts: PackageParts): void {
    const n = this.items.length;
    const sst = largeXmlDocument("sst", { xmlns: NS_MAIN, count: n, uniqueCount: n }, (part) => {
      for (const item of this.items) part.add(item);
    });
    parts.write(SHARED_STRINGS, sst);
  }
}
