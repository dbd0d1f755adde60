// WorkbookPlan → the open workbook, with Office.js. Batched: load what is needed, queue writes, one sync
// per step; large bodies in chunks under the payload limit; calculation suspended while writing.
// Sheets are found by their tables' names (and ids kept in the workbook settings), see sheets.ts.
import type { SheetKey, TablePlan, WorkbookPlan } from "../workbook/types.ts";
import { columnLetter } from "../workbook/cells.ts";
import { rowBytes } from "./chunks.ts";
import { columnsToRead, layoutOf, mergeRows, readdressing, type ExistingTable, type Layout } from "./merge.ts";
import { applyPivot, type PivotResult } from "./pivot.ts";
import { applyCharts } from "./charts.ts";
import { asInput, readColumns } from "./read.ts";
import type { Requirements } from "./requirements.ts";
import { findSheets, type Target } from "./sheets.ts";
import { applyStyle, POINTS_PER_CHAR, writeTable } from "./table.ts";

export { REGISTRY_SETTING } from "./sheets.ts";

/** Tables with at most this many rows are read back whole on refresh (to keep hand-typed rows). */
const READ_WHOLE_ROWS = 5000;

export interface ApplyOptions {
  /** The sheets to write; the others are left as they are. Default: all. */
  only?: readonly SheetKey[];
  /** The host's requirement sets (Office.context.requirements). */
  requirements: Requirements;
  progress?: (fraction: number) => void;
}

export interface ApplyResult {
  /** Sheet key → the sheet's name in the workbook (a clash with a user's sheet gives a new name). */
  sheets: Partial<Record<SheetKey, string>>;
  renamed: SheetKey[];
  rows: number;
  pivot: PivotResult | "not-requested";
  /** Names of the charts drawn. */
  charts: string[];
}

/** Sheets whose formulas, charts or pivot read other sheets: writing them needs those sheets to exist. */
const NEEDS: Partial<Record<SheetKey, SheetKey[]>> = {
  goals: ["indicators", "completion"],
  trends: ["indicators"],
  completion: ["indicators"],
  pivot: ["indicators"],
  pivotByBody: ["indicators"],
};

interface TableWork {
  target: Target;
  plan: TablePlan;
  layout: Layout;
  existing: ExistingTable | null;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  opts: ApplyOptions,
): Promise<ApplyResult> {
  // 1. Our sheets: found, or added (生成目标对比 before 载入指标 writes 指标 too: its formulas read it).
  const found = await findSheets(context, plan, (present) => {
    const keys = new Set<SheetKey>(opts.only ?? plan.sheets.map((s) => s.key));
    for (const k of keys) for (const need of NEEDS[k] ?? []) if (!present.has(need)) keys.add(need);
    return [...keys];
  });
  const result: ApplyResult = { sheets: {}, renamed: found.renamed, rows: 0, pivot: "not-requested", charts: [] };
  for (const t of found.targets) result.sheets[t.plan.key] = t.name;

  // 2. Read back what the user may have typed: ids, input columns, columns they added (in chunks).
  const work: TableWork[] = [];
  for (const target of found.targets) {
    const t = target.plan.table;
    if (!t) continue;
    const layout = layoutOf(t, target.header);
    const existing = target.table ? await readExisting(context, target, t, layout) : null;
    work.push({ target, plan: t, layout, existing });
  }

  // 3. Write each table: body in chunks, then formats.
  const tableSheets = new Map(
    work.map((w) => [w.target.plan.name, { actualName: w.target.name, plan: w.plan, layout: w.layout }]),
  );
  // Formulas into sheets not written now (指标 when only 目标对比 is rebuilt) use the names they have.
  for (const s of plan.sheets) {
    const name = found.existing.get(s.key);
    if (s.table && name && !tableSheets.has(s.name))
      tableSheets.set(s.name, { actualName: name, plan: s.table, layout: layoutOf(s.table, null) });
  }
  const total = work.reduce((n, w) => n + w.plan.rows.length, 0) || 1;
  let done = 0;
  for (const w of work) {
    const rows = mergeRows({
      plan: w.plan,
      layout: w.layout,
      existing: w.existing,
      readdress: readdressing(tableSheets, w.target.plan.name),
      keepTypedRows: w.target.plan.key === "goals",
    });
    await writeTable(context, w.target, w.plan, w.layout, rows, (n) =>
      opts.progress?.(Math.min(1, (done + n) / total)),
    );
    done += w.plan.rows.length;
    result.rows += rows.length;
  }
  for (const target of found.targets) formatSheet(target, opts.requirements);
  await context.sync();

  // 4. Charts, reading the sheets by the names they have in this workbook.
  const actualName = (planName: string) => tableSheets.get(planName)?.actualName ?? planName;
  for (const target of found.targets) result.charts.push(...(await applyCharts(context, target, actualName)));

  // 5. The pivot tables (indicator × year, indicator × body), where the host supports them.
  for (const pivotTarget of found.targets.filter((t) => t.plan.pivot)) {
    const p = pivotTarget.plan.pivot!;
    const source = tableSheets.get(p.sourceSheet);
    const fieldName = (key: string) => (source ? source.layout.header[source.layout.position[key]!]! : key);
    const done = await applyPivot(context, pivotTarget, p, fieldName, opts.requirements);
    if (result.pivot === "not-requested" || done === "created") result.pivot = done;
  }
  opts.progress?.(1);
  return result;
}

/** The largest JSON a cell of each column of the plan takes, plus room for what a user typed. */
function columnBytes(t: TablePlan, layout: Layout): number[] {
  const out = layout.header.map(() => 256);
  t.columns.forEach((c, k) => {
    let most = 0;
    for (const row of t.rows) {
      const v = row[k];
      const text =
        v === null || v === undefined ? "" : typeof v === "object" ? ("formula" in v ? v.formula : v.text) : v;
      most = Math.max(most, rowBytes([text]));
    }
    out[layout.position[c.key]!] = most + 256;
  });
  return out;
}

async function readExisting(
  context: Excel.RequestContext,
  target: Target,
  t: TablePlan,
  layout: Layout,
): Promise<ExistingTable> {
  const whole = target.plan.key === "goals" || target.rowCount <= READ_WHOLE_ROWS;
  const read = columnsToRead(t, layout, whole).filter((k) => k < (target.header?.length ?? 0));
  const bytes = columnBytes(t, layout);
  const rows = await readColumns(context, {
    sheet: target.sheet,
    columns: read,
    firstRow: 2,
    rows: target.rowCount,
    rowBytes: read.reduce((n, k) => n + bytes[k]!, 0),
    what: "formulas",
  });
  return { header: target.header ?? [], rows: rows.map((r) => r.map(asInput)), read };
}

function formatSheet(target: Target, requirements: Requirements): void {
  const { sheet, plan } = target;
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
    note.values = [[`'${plan.note}`]];
    if (plan.noteStyle) applyStyle(note, plan.noteStyle);
  }
  plan.columnWidths?.forEach((width, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHAR;
  });
  if (plan.print && requirements.isSetSupported("ExcelApi", "1.9")) {
    sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    sheet.pageLayout.paperSize = plan.print.paper;
    sheet.pageLayout.zoom = plan.print.fitToWidth
      ? { horizontalFitToPages: plan.print.fitToWidth, verticalFitToPages: 0 }
      : { scale: 100 };
    if (plan.print.columns) sheet.pageLayout.setPrintArea(`A:${columnLetter(plan.print.columns - 1)}`);
    if (plan.print.titleRows) sheet.pageLayout.setPrintTitleRows(`$1:$${plan.print.titleRows}`);
  }
}
