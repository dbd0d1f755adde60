// One report, one row: a text added twice (as .txt and .html, or pasted) is kept once, and reports whose file
// names repeat (two index.html) get ids told apart by a short hash of their text, stable across re-parses.
import type { Report } from "../report/index.ts";
import type { ParsedReport } from "./plan.ts";

/** FNV-1a (32 bits) as 8 hex digits: a short, stable fingerprint of a text. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What two copies of one report share whatever the format: the characters, without spaces and punctuation marks. */
export function contentKey(text: string): string {
  return shortHash(text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, ""));
}

/** The id of a report whose file name another report already has: the name and a short hash of its text. */
export function hashedId(id: string, text: string): string {
  return `${id}-${shortHash(text)}`;
}

/** The report under a new id: record ids carry the report id, so they follow. */
export function renamed(report: Report, id: string): Report {
  const prefix = report.id;
  return {
    ...report,
    id,
    indicators: report.indicators.map((r) => ({
      ...r,
      id: r.id.startsWith(prefix) ? id + r.id.slice(prefix.length) : `${id}:${r.id}`,
    })),
  };
}

/**
 * The reports kept (first of each text) with distinct ids, and for each kept report id the sources of the copies
 * left out.
 */
export function distinctReports(parsed: readonly ParsedReport[]): {
  parsed: ParsedReport[];
  repeated: Map<string, string[]>;
} {
  const byContent = new Map<string, ParsedReport>();
  const repeated = new Map<string, string[]>();
  const kept: ParsedReport[] = [];
  const ids = new Set<string>();
  for (const p of parsed) {
    const key = p.report.indicators.length || p.text.trim() ? contentKey(p.text) : `empty:${p.report.source}`;
    const first = byContent.get(key);
    if (first) {
      const copies = repeated.get(first.report.id);
      if (copies) copies.push(p.report.source);
      else repeated.set(first.report.id, [p.report.source]);
      continue;
    }
    const report = ids.has(p.report.id) ? renamed(p.report, hashedId(p.report.id, p.text)) : p.report;
    ids.add(report.id);
    const entry = report === p.report ? p : { ...p, report };
    byContent.set(key, entry);
    kept.push(entry);
  }
  return { parsed: kept, repeated };
}
