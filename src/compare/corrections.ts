// A user's corrections (the 校正 table), applied to the parsed figures before pairing: a record that is no
// indicator is dropped; its kind, year, body or canonical name is set; a target is paired with a record by hand.
import type { Kind } from "../report/index.ts";
import type { Figure, PairOptions } from "./pair.ts";

export type Correction =
  | { record: string; field: "notIndicator" }
  | { record: string; field: "kind"; value: Kind }
  | { record: string; field: "year"; value: number }
  | { record: string; field: "body"; value: string }
  | { record: string; field: "canonical"; value: string }
  | { record: string; field: "pairWith"; value: string };

export type CorrectionField = Correction["field"];

export interface Corrected {
  figures: Figure[];
  /** The hand pairs and canonical names, for `pairGoals`. */
  options: Required<Pick<PairOptions, "manual" | "canonical">>;
  /** Corrections whose record is not among the figures (kept in the table, applied when it comes back). */
  unmatched: Correction[];
}

/** The figures as the user corrected them. The last correction of a field of a record wins. */
export function applyCorrections(figures: readonly Figure[], corrections: readonly Correction[]): Corrected {
  const byRecord = new Map<string, Correction[]>();
  for (const c of corrections) {
    const list = byRecord.get(c.record);
    if (list) list.push(c);
    else byRecord.set(c.record, [c]);
  }
  const known = new Set(figures.map((f) => f.record.id));
  const manual = new Map<string, string>();
  const canonical = new Map<string, string>();
  const out: Figure[] = [];
  for (const f of figures) {
    const list = byRecord.get(f.record.id);
    if (!list) {
      out.push(f);
      continue;
    }
    if (list.some((c) => c.field === "notIndicator")) continue;
    let record = f.record;
    let body = f.body;
    for (const c of list) {
      if (c.field === "kind") record = { ...record, kind: c.value };
      else if (c.field === "year") record = { ...record, year: c.value };
      else if (c.field === "body") body = c.value;
      else if (c.field === "canonical") {
        record = { ...record, canonical: c.value };
        canonical.set(record.id, c.value);
      } else if (c.field === "pairWith") manual.set(record.id, c.value);
    }
    out.push({ ...f, record, body });
  }
  return { figures: out, options: { manual, canonical }, unmatched: corrections.filter((c) => !known.has(c.record)) };
}
