// The one way Zhibiao writes XML: elements built by `el`, attribute values and text escaped on the way in,
// so a part is assembled from markup and never patched afterwards.
import { Utf8Part } from "./utf8-parts.ts";

/** XML that `el`, `text` or `raw` produced: a plain string is not accepted where markup is expected. */
export type Markup = string & { readonly __markup: true };

/** Attribute values; null, undefined and false-less omissions are the caller's: null/undefined are left out. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text or attribute content escaped; characters XML 1.0 cannot carry are dropped. */
export function xmlEscape(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(CONTROL, "");
}

/** An attribute value: escaped, and tab/newline kept as references (a parser would normalise them to spaces). */
export function attrValue(v: string | number | boolean): string {
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`XML attribute value ${v} is not a finite number`);
    return String(v);
  }
  return xmlEscape(v).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/** `<name attrs>children</name>`, or `<name attrs/>` without children. Booleans are written 1/0. */
export function el(name: string, attrs: Attrs = {}, ...children: readonly (Markup | readonly Markup[])[]): Markup {
  const open = startTag(name, attrs);
  const body = children.flat().join("");
  return (body ? `${open}>${body}</${name}>` : `${open}/>`) as Markup;
}

/** `<name attrs`, the start tag without its end. */
function startTag(name: string, attrs: Attrs): string {
  let open = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) open += ` ${k}="${attrValue(v)}"`;
  return open;
}

/** Character data, escaped. */
export function text(s: string): Markup {
  return xmlEscape(s) as Markup;
}

/** Markup that came from a part already in the package (read back, not built here). */
export function raw(xml: string): Markup {
  return xml as Markup;
}

/** The declaration Excel writes, and the line break after it. */
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A whole part: the declaration Excel writes, then the root element. */
export function xmlDocument(root: Markup): string {
  return XML_DECLARATION + root;
}

/**
 * A whole part too large to hold as one string, as UTF-8: the declaration, `<name attrs>`, the children
 * `write` adds (markup or escaped text, in whole pieces), then `</name>`.
 */
export function largeXmlDocument(name: string, attrs: Attrs, write: (part: Utf8Part) => void): Uint8Array {
  const part = new Utf8Part();
  part.add(`${XML_DECLARATION}${startTag(name, attrs)}>`);
  write(part);
  part.add(`</${name}>`);
  return part.bytes();
}

/** Attributes of the first `<name …>` start tag in `xml` (for reading parts another writer made). */
export function startTagAttrs(xml: string, name: string): Record<string, string> | null {
  const tag = new RegExp(`<${name}\\b([^>]*?)/?>`).exec(xml);
  return tag ? attrsOf(tag[1]!) : null;
}

/** Attributes of every `<name …>` start tag in `xml`. */
export function allStartTagAttrs(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))].map((m) => attrsOf(m[1]!));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]!] = (m[2] ?? m[3]!).replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
      e.startsWith("#x") || e.startsWith("#X")
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? all),
    );
  return out;
}
