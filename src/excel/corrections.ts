// The user's tables read back from the open workbook — 校正 (corrections) and 同义词 (synonyms) — so 刷新 and
// 生成目标对比 apply them before pairing and write them back.
import type { Correction, SynonymTable } from "../compare/index.ts";
import { readCorrections } from "../workbook/corrections.ts";
import { readSynonyms } from "../workbook/synonyms.ts";
import { TABLE_NAMES } from "../workbook/plan.ts";

/** A table's header and body values (wherever it stands), or null when there is no such table. */
async function readValues(
  context: Excel.RequestContext,
  name: string,
): Promise<{ header: unknown[]; rows: unknown[][] } | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return { header: header.values[0] ?? [], rows: body.values };
}

/** The corrections in the workbook's 校正 table, or none when there is no such table. */
export async function readCorrectionsTable(context: Excel.RequestContext): Promise<Correction[]> {
  const t = await readValues(context, TABLE_NAMES.corrections);
  return t ? readCorrections(t.header, t.rows) : [];
}

/** The user's rows of the workbook's 同义词 table, or none when there is no such table. */
export async function readSynonymsTable(context: Excel.RequestContext): Promise<SynonymTable> {
  const t = await readValues(context, TABLE_NAMES.synonyms);
  return t ? readSynonyms(t.header, t.rows) : [];
}
