// The 校正 table read back from the open workbook, so 刷新 and 生成目标对比 apply the user's corrections.
import type { Correction } from "../compare/index.ts";
import { readCorrections } from "../workbook/corrections.ts";
import { TABLE_NAMES } from "../workbook/plan.ts";

/** The corrections in the workbook's 校正 table (wherever it stands), or none when there is no such table. */
export async function readCorrectionsTable(context: Excel.RequestContext): Promise<Correction[]> {
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.corrections);
  await context.sync();
  if (table.isNullObject) return [];
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return readCorrections(header.values[0] ?? [], body.values);
}
