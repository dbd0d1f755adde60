// WorkbookPlan → the open workbook, with Office.js. Batched: load what is needed, queue writes, one sync
// per step; large bodies in chunks under the request limit; calculation suspended while writing.
// Zhibiao's sheets are known by id (workbook settings); a user's sheet with the same name is never touched.
import type { SheetKey, SheetPlan, TablePlan, WorkbookPlan } from "../workbook/types.ts";
import { columnLetter } from "../workbook/cells.ts";
import { chunkRows, syncChunk } from "./chunks.ts";
import { columnsToRead, layoutOf, mergeRows, readdressing, type ExistingTable, type Layout } from "./merge.ts";

export const REGISTRY_SETTING = "zhibiao.sheets";
/** Excel column width is in points; one character of the plan is about this many. */
const POINTS_PER_CHAR = 6.5;
/** Tables with at most this many rows are read back whole on refresh (to keep hand-typed rows). */
const READ_WHOLE_ROWS = 5000;
const INPUT_FILL = "#FFF2CC";

export interface ApplyOptions {
  /** The sheets to write; the others are left as they are. Default: all. */
  only?: readonly SheetKey[];
  /** Whether the host has ExcelApi 1.8 (pivot tables). */
  pivotSupported: boolean;
  progress?: (fraction: number) => void;
}

export interface ApplyResult {
  /** Sheet key → the sheet's name in the workbook (a clash with a user's sheet gives a new name). */
  sheets: Partial<Record<SheetKey, string>>;
  renamed: SheetKey[];
  rows: number;
  pivot: "created" | "refreshed" | "unsupported" | "not-requested";
}

type Registry = Partial<Record<SheetKey, string>>;

function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

interface TableState {
  plan: SheetPlan;
  sheet: Excel.Worksheet;
  actualName: string;
  isNew: boolean;
  table: Excel.Table | null;
  headerRange?: Excel.Range;
  bodyRange?: Excel.Range;
  header: string[] | null;
  rowCount: number;
  layout?: Layout;
  existing?: ExistingTable | null;
}

/** Sheets whose formulas or pivot read another sheet: writing them needs that sheet to exist. */
const NEEDS: Partial<Record<SheetKey, SheetKey>> = { goals: "indicators", pivot: "indicators" };

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  opts: ApplyOptions,
): Promise<ApplyResult> {
  const wb = context.workbook;

  // 1. What is there: sheets, and which of them are Zhibiao's.
  const worksheets = wb.worksheets;
  worksheets.load("items/id,items/name");
  const setting = wb.settings.getItemOrNullObject(REGISTRY_SETTING);
  setting.load("value");
  await context.sync();
  const registry: Registry = setting.isNullObject ? {} : (JSON.parse(String(setting.value)) as Registry);
  const byId = new Map(worksheets.items.map((w) => [w.id, w.name]));
  const taken = new Set(worksheets.items.map((w) => w.name));
  // 生成目标对比 before 载入指标: the sheet its formulas read is written too.
  const keys = new Set<SheetKey>(opts.only ?? plan.sheets.map((s) => s.key));
  for (const k of [...keys]) {
    const need = NEEDS[k];
    if (need && !keys.has(need) && !(registry[need] && byId.has(registry[need]!))) keys.add(need);
  }
  const wanted = plan.sheets.filter((s) => keys.has(s.key));

  // 2. Our sheets: found by id, or added (under a new name when the user has one with ours).
  const result: ApplyResult = { sheets: {}, renamed: [], rows: 0, pivot: "not-requested" };
  const states: TableState[] = [];
  const added: { key: SheetKey; sheet: Excel.Worksheet }[] = [];
  for (const s of wanted) {
    const id = registry[s.key];
    if (id && byId.has(id)) {
      states.push({
        plan: s,
        sheet: worksheets.getItem(id),
        actualName: byId.get(id)!,
        isNew: false,
        table: null,
        header: null,
        rowCount: 0,
      });
      continue;
    }
    const name = uniqueName(s.name, taken);
    taken.add(name);
    if (name !== s.name) result.renamed.push(s.key);
    const sheet = worksheets.add(name);
    sheet.load("id");
    added.push({ key: s.key, sheet });
    states.push({ plan: s, sheet, actualName: name, isNew: true, table: null, header: null, rowCount: 0 });
  }
  // Existing tables: first whether they are there (a null object is only known after a sync), then
  // the header and size of those that are.
  for (const st of states) {
    if (!st.isNew && st.plan.table) st.table = st.sheet.tables.getItemOrNullObject(st.plan.table.name);
  }
  await context.sync();
  for (const { key, sheet } of added) registry[key] = sheet.id;
  for (const st of states) {
    if (st.table && st.table.isNullObject) st.table = null;
    if (!st.table) continue;
    st.headerRange = st.table.getHeaderRowRange().load("values");
    st.bodyRange = st.table.getDataBodyRange().load("rowCount");
  }
  if (states.some((st) => st.table)) await context.sync();
  for (const st of states) {
    if (st.table) {
      st.header = (st.headerRange!.values[0] ?? []).map(String);
      st.rowCount = st.bodyRange!.rowCount;
    }
    result.sheets[st.plan.key] = st.actualName;
  }

  // 3. Read back what the user may have typed: ids, input columns, columns they added (in chunks).
  for (const st of states) {
    const t = st.plan.table;
    if (!t) continue;
    st.layout = layoutOf(t, st.header);
    st.existing = st.table && st.rowCount ? await readExisting(context, st, t, st.layout) : null;
  }

  // 4. Write each sheet: body in chunks, then table, formats, views.
  const tableSheets = new Map(
    states
      .filter((st) => st.plan.table)
      .map((st) => [st.plan.name, { actualName: st.actualName, plan: st.plan.table!, layout: st.layout! }]),
  );
  // Formulas into sheets not written now (指标 when only 目标对比 is rebuilt) use the names they have.
  for (const s of plan.sheets) {
    if (s.table && !tableSheets.has(s.name) && registry[s.key] && byId.has(registry[s.key]!)) {
      tableSheets.set(s.name, {
        actualName: byId.get(registry[s.key]!)!,
        plan: s.table,
        layout: layoutOf(s.table, null),
      });
    }
  }
  const total = states.reduce((n, st) => n + (st.plan.table?.rows.length ?? 0), 0) || 1;
  let done = 0;
  for (const st of states) {
    const t = st.plan.table;
    if (t) {
      const rows = mergeRows({
        plan: t,
        layout: st.layout!,
        existing: st.existing ?? null,
        readdress: readdressing(tableSheets, st.plan.name),
        keepTypedRows: st.plan.key === "goals",
      });
      await writeTable(context, st, t, st.layout!, rows, (n) => opts.progress?.(Math.min(1, (done + n) / total)));
      done += t.rows.length;
      result.rows += rows.length;
    }
    formatSheet(st);
  }
  wb.settings.add(REGISTRY_SETTING, JSON.stringify(registry));
  await context.sync();

  // 5. The pivot table, where the host supports it.
  const pivotState = states.find((st) => st.plan.pivot);
  if (pivotState)
    result.pivot = opts.pivotSupported ? await applyPivot(context, pivotState, tableSheets) : "unsupported";
  opts.progress?.(1);
  return result;
}

async function readExisting(
  context: Excel.RequestContext,
  st: TableState,
  t: TablePlan,
  layout: Layout,
): Promise<ExistingTable> {
  const whole = st.plan.key === "goals" || st.rowCount <= READ_WHOLE_ROWS;
  const read = columnsToRead(t, layout, whole).filter((k) => k < (st.header?.length ?? 0));
  const rows: (string | number | boolean)[][] = Array.from({ length: st.rowCount }, () => []);
  const step = 20_000;
  for (let start = 0; start < st.rowCount; start += step) {
    const count = Math.min(step, st.rowCount - start);
    const ranges = read.map((col) => {
      const r = st.sheet.getRange(`${columnLetter(col)}${start + 2}:${columnLetter(col)}${start + count + 1}`);
      r.load("formulas");
      return r;
    });
    await syncChunk(context);
    ranges.forEach((r) => r.formulas.forEach((cell, i) => rows[start + i]!.push(cell[0] as string | number | boolean)));
  }
  return { header: st.header ?? [], rows, read };
}

async function writeTable(
  context: Excel.RequestContext,
  st: TableState,
  t: TablePlan,
  layout: Layout,
  rows: (string | number | boolean)[][],
  progress: (rowsDone: number) => void,
): Promise<void> {
  const width = layout.header.length;
  const last = columnLetter(width - 1);
  const body = rows.length ? rows : [new Array(width).fill("")];
  if (st.table) {
    // Resize in place: add rows at the end, or delete the surplus (the table shrinks with them).
    if (body.length > st.rowCount) {
      const extra = body.length - st.rowCount;
      for (const [a, b] of chunkRows(Array.from({ length: extra }, () => new Array(width).fill("")))) {
        st.table.rows.add(
          undefined,
          Array.from({ length: b - a }, () => new Array(width).fill("")),
        );
        await syncChunk(context);
      }
    } else if (body.length < st.rowCount) {
      st.sheet.getRange(`A${body.length + 2}:${last}${st.rowCount + 1}`).delete("Up");
    }
    const missing = layout.header.slice(st.header?.length ?? 0);
    if (missing.length) st.sheet.getRange(`${columnLetter(st.header!.length)}1:${last}1`).values = [missing];
  } else {
    st.sheet.getRange(`A1:${last}1`).values = [layout.header];
  }
  let written = 0;
  for (const [a, b] of chunkRows(body)) {
    context.application.suspendApiCalculationUntilNextSync();
    st.sheet.getRange(`A${a + 2}:${last}${b + 1}`).formulas = body.slice(a, b);
    await syncChunk(context);
    written += b - a;
    progress(written);
  }
  if (!st.table) {
    const table = st.sheet.tables.add(`A1:${last}${body.length + 1}`, true);
    table.name = t.name;
    table.style = t.style;
    st.table = table;
  } else if ((st.header?.length ?? width) < width) {
    st.table.resize(`A1:${last}${body.length + 1}`);
  }
  // Column formats and widths: a 1×1 numberFormat array applies to every cell of the range.
  const n = body.length + 1;
  t.columns.forEach((c) => {
    const letter = columnLetter(layout.position[c.key]!);
    const range = st.sheet.getRange(`${letter}2:${letter}${n}`);
    if (c.numFmt) range.numberFormat = [[c.numFmt]];
    if (c.role === "input") range.format.fill.color = INPUT_FILL;
    st.sheet.getRange(`${letter}:${letter}`).format.columnWidth = c.width * POINTS_PER_CHAR;
  });
  if (t.rowNumFmts) {
    const letter = columnLetter(layout.position[t.rowNumFmts.column]!);
    const formats = rows.map((_, i) => [
      t.rowNumFmts!.formats[i] ?? t.columns.find((c) => c.key === t.rowNumFmts!.column)?.numFmt ?? "General",
    ]);
    for (const [a, b] of chunkRows(formats))
      st.sheet.getRange(`${letter}${a + 2}:${letter}${b + 1}`).numberFormat = formats.slice(a, b);
  }
  const header = st.sheet.getRange(`A1:${last}1`);
  header.format.font.bold = true;
  header.format.font.color = "#FFFFFF";
  header.format.fill.color = `#${st.plan.tabColor ?? "44546A"}`;
  for (const cf of st.plan.conditionalFormats) {
    const letter = columnLetter(layout.position[cf.column]!);
    const range = st.sheet.getRange(`${letter}2:${letter}${n}`);
    if (cf === st.plan.conditionalFormats.find((c) => c.column === cf.column)) range.conditionalFormats.clearAll();
    if (cf.type === "dataBar") {
      const bar = range.conditionalFormats.add("DataBar");
      bar.dataBar.positiveFormat.fillColor = `#${cf.color}`;
    } else {
      const rule = range.conditionalFormats.add("CellValue");
      rule.cellValue.format.fill.color = `#${cf.fill}`;
      rule.cellValue.format.font.color = `#${cf.font}`;
      rule.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
  await context.sync();
}

function formatSheet(st: TableState): void {
  const { sheet, plan } = st;
  if (plan.tabColor) sheet.tabColor = `#${plan.tabColor}`;
  sheet.visibility = plan.hidden ? "Hidden" : "Visible";
  if (plan.freeze) {
    sheet.freezePanes.unfreeze();
    if (plan.freeze.columns)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(plan.freeze.columns - 1)}${plan.freeze.rows}`));
    else sheet.freezePanes.freezeRows(plan.freeze.rows);
  }
  if (plan.note) {
    const note = sheet.getRange("A1");
    note.values = [[plan.note]];
    note.format.font.italic = true;
  }
}

async function applyPivot(
  context: Excel.RequestContext,
  st: TableState,
  tables: ReadonlyMap<string, { actualName: string; plan: TablePlan }>,
): Promise<"created" | "refreshed"> {
  const p = st.plan.pivot!;
  const existing = st.sheet.pivotTables.getItemOrNullObject(p.name);
  await context.sync();
  if (!existing.isNullObject) {
    existing.refresh();
    await context.sync();
    return "refreshed";
  }
  const sourceHeaders = new Map(tables.get(p.sourceSheet)?.plan.columns.map((c) => [c.key, c.header]) ?? []);
  const pivot = st.sheet.pivotTables.add(
    p.name,
    context.workbook.tables.getItem(p.sourceTable),
    st.sheet.getRange(p.anchor),
  );
  const field = (key: string) => pivot.hierarchies.getItem(sourceHeaders.get(key) ?? key);
  for (const k of p.rowFields) pivot.rowHierarchies.add(field(k));
  for (const k of p.columnFields) pivot.columnHierarchies.add(field(k));
  for (const k of p.pageFields) pivot.filterHierarchies.add(field(k));
  const data = pivot.dataHierarchies.add(field(p.dataField.column));
  data.name = p.dataField.caption;
  await context.sync();
  return "created";
}
