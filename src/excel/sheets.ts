// Which sheets of the open workbook are Zhibiao's. Its tables and its pivot are recognised by name (table
// names are unique in a workbook), wherever they are; sheet ids in the workbook settings find a sheet whose
// table the user deleted. A sheet added is registered at once, so a run that fails later leaves nothing
// unknown behind. A user's sheet with one of our names is never touched.
import type { SheetKey, SheetPlan, WorkbookPlan } from "../workbook/types.ts";
import { headersOf } from "./merge.ts";

export const REGISTRY_SETTING = "zhibiao.sheets";

type Registry = Partial<Record<SheetKey, string>>;

/** One of Zhibiao's sheets in the workbook. */
export interface Target {
  plan: SheetPlan;
  sheet: Excel.Worksheet;
  /** Its name in the workbook (a clash with a user's sheet gives a new name). */
  name: string;
  table: Excel.Table | null;
  /** The table's header and body row count, when it is there. */
  header: string[] | null;
  rowCount: number;
}

/** Excel compares sheet names regardless of case. */
const nameKey = (name: string) => name.toUpperCase();

export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  const free = (name: string) => !taken.has(nameKey(name));
  if (free(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (free(name)) return name;
  }
}

export interface Found {
  targets: Target[];
  /** Sheets of the plan that exist but are not written now (for formulas that point at them). */
  existing: Map<SheetKey, string>;
  renamed: SheetKey[];
}

/**
 * Finds (or adds) the sheets to write, with their tables' headers and sizes. `choose` picks them, knowing
 * which of the plan's sheets the workbook already has.
 */
export async function findSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  choose: (present: ReadonlySet<SheetKey>) => SheetKey[],
): Promise<Found> {
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/id,items/name");
  const setting = wb.settings.getItemOrNullObject(REGISTRY_SETTING);
  setting.load("value");
  const tables = new Map(
    plan.sheets.filter((s) => s.table).map((s) => [s.key, wb.tables.getItemOrNullObject(s.table!.name)]),
  );
  const pivots = new Map(
    plan.sheets.filter((s) => s.pivot).map((s) => [s.key, wb.pivotTables.getItemOrNullObject(s.pivot!.name)]),
  );
  await context.sync();

  const registry: Registry = setting.isNullObject ? {} : registryOf(setting.value);
  const byId = new Map(worksheets.items.map((w) => [w.id, w.name]));
  const sheetOf = new Map<SheetKey, string>(); // key → sheet id
  const found = [...tables, ...pivots].filter(([, t]) => !t.isNullObject);
  const foundSheets = found.map(([key, t]) => [key, t.worksheet.load("id")] as const);
  const headers = new Map<SheetKey, { header: Excel.Range; body: Excel.Range }>();
  for (const [key, t] of tables) {
    if (t.isNullObject) continue;
    headers.set(key, {
      header: t.getHeaderRowRange().load("values"),
      body: t.getDataBodyRange().load("rowCount"),
    });
  }
  await context.sync();
  // A table is ours when it has our name and our first column (a user's table of that name is not).
  const ours = (key: SheetKey) => {
    const read = headers.get(key);
    if (!read) return true;
    const first = plan.sheets.find((s) => s.key === key)!.table!.columns[0]!;
    const names = headersOf(first.key, first.header);
    return (read.header.values[0] ?? []).some((h) => names.has(String(h)));
  };
  for (const [key, sheet] of foundSheets) {
    if (ours(key)) sheetOf.set(key, sheet.id);
    else headers.delete(key);
  }
  for (const s of plan.sheets) {
    const id = registry[s.key];
    if (!sheetOf.has(s.key) && id && byId.has(id)) sheetOf.set(s.key, id);
  }

  const taken = new Set(worksheets.items.map((w) => nameKey(w.name)));
  const targets: Target[] = [];
  const added: { key: SheetKey; sheet: Excel.Worksheet }[] = [];
  const renamed: SheetKey[] = [];
  const wanted = choose(new Set(sheetOf.keys()));
  for (const s of plan.sheets.filter((p) => wanted.includes(p.key))) {
    const id = sheetOf.get(s.key);
    const table = tables.get(s.key);
    const read = headers.get(s.key);
    if (id) {
      targets.push({
        plan: s,
        sheet: worksheets.getItem(id),
        name: byId.get(id)!,
        table: read ? table! : null,
        header: read ? (read.header.values[0] ?? []).map(String) : null,
        rowCount: read ? read.body.rowCount : 0,
      });
      continue;
    }
    const name = uniqueName(s.name, taken);
    taken.add(nameKey(name));
    if (name !== s.name) renamed.push(s.key);
    const sheet = worksheets.add(name);
    sheet.load("id");
    added.push({ key: s.key, sheet });
    targets.push({ plan: s, sheet, name, table: null, header: null, rowCount: 0 });
  }
  const changed = added.length > 0 || [...sheetOf].some(([key, id]) => registry[key] !== id);
  if (added.length) await context.sync();
  if (changed) {
    for (const [key, id] of sheetOf) registry[key] = id;
    for (const { key, sheet } of added) registry[key] = sheet.id;
    wb.settings.add(REGISTRY_SETTING, JSON.stringify(registry));
  }
  const existing = new Map<SheetKey, string>();
  for (const [key, id] of sheetOf) if (!wanted.includes(key)) existing.set(key, byId.get(id)!);
  return { targets, existing, renamed };
}

function registryOf(value: unknown): Registry {
  try {
    const parsed = value === null || value === undefined ? {} : (JSON.parse(String(value)) as unknown);
    return parsed && typeof parsed === "object" ? (parsed as Registry) : {};
  } catch {
    return {};
  }
}
