// The 同义词 table: names as written → standard indicator. Zhibiao's own rows are shown marked 内置; the user adds
// rows of their own (in the empty rows), which 刷新 and `zhibiao build -o EXISTING.xlsx` read back and apply
// before pairing, and write back, so they survive every rebuild.
import { builtInSynonyms, type SynonymTable } from "../compare/index.ts";
import type { CellValue, SheetPlan } from "./types.ts";
import type { Labels } from "./labels.ts";
import { safeText } from "./cells.ts";
import { BOTH_LANGUAGES, cellText, headerFinder } from "./read-back.ts";
import { col } from "./columns.ts";
import { userSheet } from "./styles.ts";

export const SYNONYMS_TABLE = "tblSynonyms";
/** Empty rows left for the user's synonyms. */
export const USER_SYNONYM_ROWS = 10;

/** The user's rows (each [canonical, name…]) as [name, canonical] pairs. */
function userPairs(table: SynonymTable): [string, string][] {
  return table.flatMap((row) => row.slice(1).map((name): [string, string] => [name, row[0]!]));
}

/** The user's rows first, then the empty rows for new ones, then the built-in rows. */
export function synonymsSheet(user: SynonymTable, l: Labels): SheetPlan {
  const columns = [col(l, "synonym", 28), col(l, "canonical", 24), col(l, "origin", 8)];
  const rows: CellValue[][] = [
    ...userPairs(user).map(([name, canonical]) => [safeText(name), safeText(canonical), l.synonymOrigin.user]),
    ...Array.from({ length: USER_SYNONYM_ROWS }, () => [null, null, null]),
    ...builtInSynonyms().map(([name, canonical]) => [safeText(name), safeText(canonical), l.synonymOrigin.builtIn]),
  ];
  return userSheet("synonyms", l.sheets.synonyms, 0, { name: SYNONYMS_TABLE, columns, rows });
}

/**
 * The user's synonyms in a 同义词 table read back from a workbook (header and rows of cell values, either
 * language): every row with a name and a standard indicator that is not marked built in, as [canonical, name].
 */
export function readSynonyms(header: readonly unknown[], rows: readonly (readonly unknown[])[]): SynonymTable {
  const find = headerFinder(header);
  const [name, canonical, origin] = [find("synonym"), find("canonical"), find("origin")];
  if (name < 0 || canonical < 0) return [];
  const builtIn = new Set(BOTH_LANGUAGES.map((l) => l.synonymOrigin.builtIn));
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const [n, c] = [cellText(row[name]), cellText(row[canonical])];
    if (!n || !c || (origin >= 0 && builtIn.has(cellText(row[origin]))) || seen.has(n)) continue;
    seen.add(n);
    out.push([c, n]);
  }
  return out;
}
