// Rebuilding onto an existing workbook (pure): what its tables hold that the user owns — 手工实际值, 备注,
// columns they added, goals they typed, the 校正 table — found by header in either language and keyed by record id.
import type { Correction, SynonymTable } from "../compare/index.ts";
import type { CellValue, SheetKey } from "./types.ts";
import type { KeptTable } from "./columns.ts";
import { readCorrections } from "./corrections.ts";
import { readSynonyms } from "./synonyms.ts";
import { planWorkbook, TABLE_NAMES } from "./plan.ts";

/** A table as read from a workbook: its header and rows of plain cell values. */
export interface RawTable {
  header: string[];
  rows: (string | number | boolean | null)[][];
}

export interface Carried {
  kept: Partial<Record<SheetKey, KeptTable>>;
  corrections: Correction[];
  /** The user's rows of the 同义词 table. */
  synonyms: SynonymTable;
}

const EMPTY = (v: unknown) => v === null || v === undefined || v === "";
/** The tables whose rows carry the user's cells, by sheet. */
const CARRIED: SheetKey[] = ["goals", "indicators"];

/** Plan columns of a sheet, by header in Chinese and in English. */
function columnsByHeader(key: SheetKey) {
  const byHeader = new Map<string, { key: string; role: string }>();
  for (const lang of ["zh", "en"] as const) {
    const sheet = planWorkbook([], { lang }).sheets.find((s) => s.key === key);
    for (const c of sheet?.table?.columns ?? []) byHeader.set(c.header, { key: c.key, role: c.role });
  }
  return byHeader;
}

function keptOf(key: SheetKey, table: RawTable): KeptTable {
  const known = columnsByHeader(key);
  const columns = table.header.map((h) => {
    const c = known.get(h);
    return c ? { ...c, header: h } : { key: `user:${h}`, role: "user", header: h };
  });
  const id = columns.findIndex((c) => c.key === "id");
  const userColumns = columns.filter((c) => c.role === "user" && c.header).map((c) => c.header);
  const byId = new Map<string, Record<string, CellValue>>();
  const typed: Record<string, CellValue>[] = [];
  for (const row of table.rows) {
    const own: Record<string, CellValue> = {};
    const typedCells: Record<string, CellValue> = {};
    columns.forEach((c, k) => {
      const v = row[k] ?? null;
      if (EMPTY(v) || !c.header) return;
      if (c.role === "input" || c.role === "user") own[c.key] = v;
      if (c.role !== "formula") typedCells[c.key] = v;
    });
    const recordId = id >= 0 ? row[id] : null;
    if (!EMPTY(recordId)) byId.set(String(recordId), own);
    else if (Object.keys(typedCells).length) typed.push(typedCells);
  }
  return { userColumns, byId, typed: key === "goals" ? typed : [] };
}

/** What a rebuild keeps of an existing workbook's tables (by table name). */
export function carriedFrom(tables: ReadonlyMap<string, RawTable>): Carried {
  const kept: Partial<Record<SheetKey, KeptTable>> = {};
  for (const key of CARRIED) {
    const table = tables.get(TABLE_NAMES[key as keyof typeof TABLE_NAMES]);
    if (table) kept[key] = keptOf(key, table);
  }
  const corrections = tables.get(TABLE_NAMES.corrections);
  const synonyms = tables.get(TABLE_NAMES.synonyms);
  return {
    kept,
    corrections: corrections ? readCorrections(corrections.header, corrections.rows) : [],
    synonyms: synonyms ? readSynonyms(synonyms.header, synonyms.rows) : [],
  };
}
