// An .xlsx package as its parts, with the one registry of relationships and content types (ECMA-376 Part 2,
// Open Packaging Conventions): parts are added with their content type, relationships are made by source
// and target part, and both are written once, when the package is zipped.
import { deflateSync, strFromU8, strToU8, unzipSync } from "fflate";
import { zipDeflated, type DeflateRaw } from "./zip.ts";
import { allStartTagAttrs, el, xmlDocument } from "./xml.ts";

/** Deflate level for the final package: most of the size gain of level 6 at a fraction of the time. */
export const DEFLATE_LEVEL = 3;

/** Deflate in plain JavaScript (fflate), for any platform; callers pass a native one where there is one. */
export const portableDeflate: DeflateRaw = (data) => deflateSync(data, { level: DEFLATE_LEVEL });

const CONTENT_TYPES = "[Content_Types].xml";
const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKBOOK = "xl/workbook.xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path in the package (no leading slash). */
  target: string;
}

/** The relationships part of a source part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relsPathOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** A target as written in a relationships part (relative to the source's folder) → a package path. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = folderOf(source).split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg) out.push(seg);
  }
  return out.join("/");
}

/** A package path → the target as written relative to the source's folder. */
function relativeTarget(source: string, path: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = path.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A part's content as the package holds it: XML given as a string is encoded, bytes are kept. */
const bytesOf = (xml: string | Uint8Array): Uint8Array => (typeof xml === "string" ? strToU8(xml) : xml);

export class PackageParts {
  /** Relationships by source part, read from the package the first time a source is asked for. */
  private readonly rels = new Map<string, Relationship[]>();
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();

  private constructor(private readonly files: Record<string, Uint8Array>) {
    if (this.has(CONTENT_TYPES)) {
      const xml = this.text(CONTENT_TYPES);
      for (const d of allStartTagAttrs(xml, "Default")) this.defaults.set(d.Extension!, d.ContentType!);
      for (const o of allStartTagAttrs(xml, "Override")) this.overrides.set(o.PartName!.slice(1), o.ContentType!);
    }
  }

  /** The parts of a zip. Folder entries some zip writers add are not parts (OPC has no folders) and are dropped. */
  static unzip(zip: Uint8Array): PackageParts {
    const files = unzipSync(zip, { filter: (f) => !f.name.endsWith("/") });
    return new PackageParts(files);
  }

  paths(): string[] {
    return Object.keys(this.files);
  }

  has(path: string): boolean {
    return path in this.files;
  }

  text(path: string): string {
    const bytes = this.files[path];
    if (!bytes) throw new Error(`xlsx package has no ${path}`);
    return strFromU8(bytes);
  }

  /** Replaces the content of a part already in the package (XML as a string, or as UTF-8 bytes). */
  write(path: string, xml: string | Uint8Array): void {
    if (!this.has(path)) throw new Error(`xlsx package has no ${path} to replace`);
    this.files[path] = bytesOf(xml);
  }

  /** Adds a new part with its content type. */
  add(path: string, contentType: string, xml: string | Uint8Array): void {
    if (this.has(path)) throw new Error(`xlsx package already has ${path}`);
    this.files[path] = bytesOf(xml);
    this.overrides.set(path, contentType);
  }

  /** A free part path: `xl/charts/chart{n}.xml` with the lowest n not taken. */
  freePath(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  relationships(source: string): readonly Relationship[] {
    let list = this.rels.get(source);
    if (!list) {
      const path = relsPathOf(source);
      list = this.has(path)
        ? allStartTagAttrs(this.text(path), "Relationship").map((r) => ({
            id: r.Id!,
            type: r.Type!,
            target: resolveTarget(source, r.Target!),
          }))
        : [];
      this.rels.set(source, list);
    }
    return list;
  }

  /** Relates source to target (both package paths); returns the relationship id to write in the source. */
  relate(source: string, type: string, target: string): string {
    const list = this.relationships(source) as Relationship[];
    const taken = new Set(list.map((r) => r.id));
    let n = list.length + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    list.push({ id, type, target });
    return id;
  }

  /** The part a relationship of source points at. */
  target(source: string, id: string): string {
    const rel = this.relationships(source).find((r) => r.id === id);
    if (!rel) throw new Error(`${source} has no relationship ${id}`);
    return rel.target;
  }

  /** Worksheet part of a sheet name, through workbook.xml and its relationships. */
  sheetPart(name: string): string {
    const sheet = allStartTagAttrs(this.text(WORKBOOK), "sheet").find((s) => s.name === name);
    const id = sheet?.["r:id"];
    if (!id) throw new Error(`xlsx package has no worksheet named ${name}`);
    return this.target(WORKBOOK, id);
  }

  /** The package as an .xlsx file: relationships and content types from the registry, then every part in
   * the order it was first written. */
  zip(deflateRaw: DeflateRaw = portableDeflate): Promise<Uint8Array> {
    for (const [source, list] of this.rels) {
      if (!list.length && !this.has(relsPathOf(source))) continue;
      const xml = xmlDocument(
        el(
          "Relationships",
          { xmlns: NS_PKG_REL },
          list.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: relativeTarget(source, r.target) })),
        ),
      );
      this.files[relsPathOf(source)] = strToU8(xml);
    }
    this.files[CONTENT_TYPES] = strToU8(
      xmlDocument(
        el(
          "Types",
          { xmlns: NS_CONTENT_TYPES },
          [...this.defaults].map(([Extension, ContentType]) => el("Default", { Extension, ContentType })),
          [...this.overrides]
            .filter(([path]) => this.has(path))
            .map(([path, ContentType]) => el("Override", { PartName: `/${path}`, ContentType })),
        ),
      ),
    );
    return zipDeflated(
      Object.entries(this.files).map(([path, data]) => ({ path, data })),
      deflateRaw,
    );
  }
}
