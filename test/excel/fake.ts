// A strict in-memory fake of the part of the Excel JavaScript API that Zhibiao uses, held to Microsoft's
// documentation (each rule names its page). Like Excel:
// - every member belongs to a requirement set; a call above the set the fake runs at fails with ApiNotFound
//   at sync (office.js sends every call; the host refuses it) — tests run at 1.7 and at the newest set;
// - calls are queued and run at sync(); one that fails rejects the sync, the calls before it stay done;
// - a property read before load() + sync() throws PropertyNotLoaded;
// - requests and responses are measured as UTF-8 JSON and limited to 5 MB (Excel on the web);
// - sheet and table names are unique regardless of case; values starting with = are formulas and strings
//   that look like numbers, dates or booleans are converted the way Excel converts typed input.
// It counts syncs and bytes, so tests can hold the writer to those rules.

const DOCS = {
  /** Excel on the web: 5 MB request and response payloads. */
  limits:
    "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  /** Error codes and their meaning. */
  errors: "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
  /** Requirement sets; each member's set is in its reference page ([Api set: ExcelApi 1.x] in @types/office-js). */
  sets: "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets",
  /** "Importing data into tables": write below the data body range and the table expands automatically. */
  tables: "https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables",
  /** Range.values: a value starting with + - = is a formula; ISO dates are stored as dates. */
  values: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member",
  /** load/sync and PropertyNotLoaded; *OrNullObject. */
  loading: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model",
  /** Sheet names: unique regardless of case, at most 31 characters, none of : \ / ? * [ ]. */
  sheetNames: "https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9",
  /** Table names: unique in the workbook regardless of case; letters, digits, _ and . only. */
  tableNames: "https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114",
} as const;
void DOCS;

export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/** Excel on the web's payload limit, for requests and for responses (DOCS.limits). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The newest ExcelApi set in @types/office-js. */
export const NEWEST_SET = "1.21";
/** Requirement-set versions compare by their minor number (1.13 is above 1.7). */
export const minorOf = (version: string) => Number(version.split(".")[1] ?? 0);

/**
 * The ExcelApi requirement set of each member the fake models, from the
 * `[Api set: …]` notes of @types/office-js (DOCS.sets). test/addin/api-coverage.test.ts checks this table
 * against those notes.
 */
export const MEMBER_SETS: Record<string, string> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Workbook.pivotTables": "1.3",
  "Workbook.settings": "1.4",
  "Workbook.tables": "1.1",
  "Workbook.worksheets": "1.1",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "SettingCollection.add": "1.4",
  "SettingCollection.getItemOrNullObject": "1.4",
  "Setting.value": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.getRange": "1.1",
  "Worksheet.id": "1.1",
  "Worksheet.name": "1.1",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.pivotTables": "1.3",
  "Worksheet.tabColor": "1.7",
  "Worksheet.tables": "1.1",
  "Worksheet.visibility": "1.2",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "TableCollection.add": "1.1",
  "TableCollection.getItem": "1.1",
  "TableCollection.getItemOrNullObject": "1.4",
  "Table.columns": "1.1",
  "Table.getDataBodyRange": "1.1",
  "Table.getHeaderRowRange": "1.1",
  "Table.name": "1.1",
  "Table.resize": "1.13",
  "Table.rows": "1.1",
  "Table.style": "1.1",
  "Table.worksheet": "1.2",
  "TableColumnCollection.add": "1.4",
  "TableRowCollection.add": "1.4",
  "Range.columnIndex": "1.1",
  "Range.conditionalFormats": "1.6",
  "Range.delete": "1.1",
  "Range.format": "1.1",
  "Range.formulas": "1.1",
  "Range.numberFormat": "1.1",
  "Range.rowCount": "1.1",
  "Range.rowIndex": "1.1",
  "Range.values": "1.1",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.fill": "1.1",
  "RangeFormat.font": "1.1",
  "RangeFill.color": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.color": "1.1",
  "RangeFont.italic": "1.1",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
  "ConditionalFormat.cellValue": "1.6",
  "ConditionalFormat.dataBar": "1.6",
  "DataBarConditionalFormat.positiveFormat": "1.6",
  "ConditionalDataBarPositiveFormat.fillColor": "1.6",
  "CellValueConditionalFormat.format": "1.6",
  "CellValueConditionalFormat.rule": "1.6",
  "ConditionalRangeFormat.fill": "1.6",
  "ConditionalRangeFormat.font": "1.6",
  "ConditionalRangeFill.color": "1.6",
  "ConditionalRangeFont.color": "1.6",
  "Worksheet.charts": "1.1",
  "ChartCollection.add": "1.1",
  "ChartCollection.getItemOrNullObject": "1.4",
  "Chart.delete": "1.1",
  "Chart.name": "1.1",
  "Chart.series": "1.1",
  "Chart.setPosition": "1.1",
  "Chart.title": "1.1",
  "ChartTitle.text": "1.1",
  "ChartSeriesCollection.add": "1.7",
  "ChartSeriesCollection.getItemAt": "1.1",
  "ChartSeries.name": "1.1",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "PivotTableCollection.add": "1.8",
  "PivotTableCollection.getItemOrNullObject": "1.4",
  "PivotTable.columnHierarchies": "1.8",
  "PivotTable.dataHierarchies": "1.8",
  "PivotTable.filterHierarchies": "1.8",
  "PivotTable.hierarchies": "1.8",
  "PivotTable.worksheet": "1.3",
  "PivotTable.refresh": "1.3",
  "PivotTable.refreshOnOpen": "1.13",
  "PivotTable.rowHierarchies": "1.8",
  "PivotHierarchyCollection.getItem": "1.8",
  "RowColumnPivotHierarchyCollection.add": "1.8",
  "FilterPivotHierarchyCollection.add": "1.8",
  "DataPivotHierarchyCollection.add": "1.8",
  "FilterPivotHierarchy.fields": "1.8",
  "PivotFieldCollection.getItem": "1.8",
  "PivotField.applyFilter": "1.12",
  "DataPivotHierarchy.name": "1.8",
};

type Scalar = string | number | boolean;

export interface Cell {
  /** The constant, or the formula's value (the fake does not calculate: "" until set). */
  value: Scalar;
  formula?: string;
  /** Typed or written with a leading apostrophe: text that stays text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  font?: { bold?: boolean; color?: string; italic?: boolean };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?%?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * A cell as Excel stores what was written through `values` or `formulas` (DOCS.values): ' keeps text as
 * text; = (and a + or - that does not start a number) makes a formula; numbers (1,000, 5%, 1e3), ISO dates
 * and TRUE/FALSE are converted.
 */
export function excelInput(x: Scalar): Cell | null {
  if (typeof x !== "string") return { value: x };
  if (x === "") return null;
  if (x.startsWith("'")) return { value: x.slice(1), quotePrefix: true };
  if (x.startsWith("=") && x.length > 1) return { value: "", formula: x };
  if (/\d/.test(x) && NUMBER.test(x)) {
    const n = Number(x.replace(/,/g, "").replace(/%$/, ""));
    return { value: x.endsWith("%") ? n / 100 : n };
  }
  if (/^[+-]/.test(x)) return { value: "", formula: `=${x}` };
  const date = ISO_DATE.exec(x);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const t = Date.UTC(y, m - 1, d);
    if (new Date(t).getUTCDate() === d) return { value: (t - EXCEL_EPOCH) / 86_400_000, numberFormat: "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(x)) return { value: x.toUpperCase() === "TRUE" };
  return { value: x };
}

function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new FakeExcelError("InvalidArgument", `bad cell ${ref}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROW = 1_048_575;

function parseAddress(address: string): Box {
  const a = address.includes("!") ? address.split("!").pop()! : address;
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(a);
  if (whole) {
    const x = parseCell(`${whole[1]}1`);
    const y = parseCell(`${whole[2]}1`);
    return { r0: 0, c0: x.c, r1: MAX_ROW, c1: y.c };
  }
  const [p, q] = a.split(":");
  const x = parseCell(p!);
  const y = q ? parseCell(q) : x;
  return { r0: Math.min(x.r, y.r), c0: Math.min(x.c, y.c), r1: Math.max(x.r, y.r), c1: Math.max(x.c, y.c) };
}

const overlaps = (a: Box, b: Box) => !(a.r1 < b.r0 || b.r1 < a.r0 || a.c1 < b.c0 || b.c1 < a.c0);
const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
const jsonBytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? "").length;

/** Base of every proxy object: loaded properties, null-object state, strict reads, requirement sets. */
abstract class ApiObject {
  protected loaded = new Set<string>();
  protected snapshot = new Map<string, unknown>();
  protected nullObject = false;
  protected nullChecked = false;

  constructor(
    readonly ctx: FakeContext,
    protected readonly type: string,
  ) {}

  /** Queues the check that `member` is in the running requirement set (DOCS.sets). */
  protected use(member: string): void {
    this.ctx.use(`${this.type}.${member}`);
  }

  load(props?: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? []);
    for (const p of list) this.use(p);
    this.ctx.queue(() => {
      for (const p of list) {
        const v = this.read(p);
        this.loaded.add(p);
        this.snapshot.set(p, v);
        this.ctx.respond(v);
      }
      this.nullChecked = true;
    }, 40);
    return this;
  }

  /** Properties loaded with a collection's items (`items/name`). */
  markLoaded(props: string[]): void {
    for (const p of props) {
      this.loaded.add(p);
      this.snapshot.set(p, this.read(p));
    }
    this.nullChecked = true;
  }
  peek(prop: string): unknown {
    return this.snapshot.get(prop);
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new FakeExcelError("PropertyNotLoaded", "isNullObject read before sync");
    return this.nullObject;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Load it and call context.sync() first.`,
      );
    return this.snapshot.get(prop) as T;
  }

  /** Marks the object a null object (or not) when the request runs. */
  protected resolveNull(isNull: () => boolean): void {
    this.ctx.queue(() => {
      this.nullObject = isNull();
      this.nullChecked = true;
    });
  }

  /** A loadable property's value when the request runs (collections load `items` instead). */
  protected read(prop: string): unknown {
    throw new Error(`the fake does not load ${this.type}.${prop}`);
  }
}

/** A proxy for one item, found when the request runs (a null object, for *OrNullObject, when it is not there). */
abstract class ItemObject<M> extends ApiObject {
  constructor(
    ctx: FakeContext,
    type: string,
    private readonly resolve: () => M | null,
    orNull: boolean,
  ) {
    super(ctx, type);
    if (orNull) this.resolveNull(() => resolve() === null);
  }
  /** The item when the request runs (a getItem of a missing item fails there, with ItemNotFound). */
  get model(): M {
    const m = this.resolve();
    if (!m) throw new FakeExcelError("ItemNotFound", `no such ${this.type}`, this.type);
    return m;
  }
}

export class FakeSheetModel {
  /** Cells row by row (sparse). */
  private rows: (Cell | undefined)[][] = [];
  tabColor = "";
  visibility = "Visible";
  frozen: { rows: number; columns: number } | null = null;
  columnWidths = new Map<number, number>();
  conditionalFormats: { box: Box; type: string; detail: Record<string, unknown> }[] = [];
  pivots: FakePivotModel[] = [];
  charts: FakeChartModel[] = [];
  page: {
    orientation?: string;
    zoom?: Record<string, number>;
    paperSize?: string;
    printArea?: string;
    printTitleRows?: string;
  } = {};
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  /** Every cell with its place, in row order. */
  *entries(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row) for (let c = 0; c < row.length; c++) if (row[c]) yield [r, c, row[c]!];
    }
  }

  private rowOf(r: number): (Cell | undefined)[] {
    return (this.rows[r] ??= []);
  }

  /** Empties a cell, formats and all. */
  clear(r: number, c: number): void {
    const row = this.rows[r];
    if (row) row[c] = undefined;
  }

  /** Writes what Excel stores for `x`; the cell's formats stay. */
  write(r: number, c: number, x: Scalar): void {
    const row = this.rowOf(r);
    const old = row[c];
    const next = excelInput(x);
    if (!next) {
      if (old?.numberFormat || old?.fill || old?.font)
        row[c] = { value: "", numberFormat: old.numberFormat, fill: old.fill, font: old.font };
      else row[c] = undefined;
      return;
    }
    if (old) {
      // A converted date gets a date format unless the cell already had one.
      if (old.numberFormat) next.numberFormat = old.numberFormat;
      if (old.fill) next.fill = old.fill;
      if (old.font) next.font = old.font;
    }
    row[c] = next;
  }

  /** What a user typing `x` into the cell leaves (the same conversions as a write). */
  type(r: number, c: number, x: Scalar): void {
    this.write(r, c, x);
  }

  format(r: number, c: number, change: (cell: Cell) => void): void {
    const row = this.rowOf(r);
    change((row[c] ??= { value: "" }));
  }

  /** Deletes rows r0..r1 of columns c0..c1; the cells below move up. */
  deleteUp(b: Box): void {
    const n = b.r1 - b.r0 + 1;
    for (let r = b.r0; r < this.rows.length; r++) {
      const below = this.rows[r + n];
      const row = this.rowOf(r);
      for (let c = b.c0; c <= b.c1; c++) row[c] = below?.[c];
    }
  }

  /** The cell as `values` shows it. */
  shown(r: number, c: number): Scalar {
    return this.cell(r, c)?.value ?? "";
  }

  /** The cell as `formulas` shows it: the formula, else the constant (a text's apostrophe is not returned). */
  formulaOf(r: number, c: number): Scalar {
    const cell = this.cell(r, c);
    return cell?.formula ?? cell?.value ?? "";
  }
}

/** A chart as the add-in leaves it: its series as the sheet and cells they read (Sheet!A1:B2). */
export interface FakeChartModel {
  name: string;
  type: string;
  title: string;
  from: string;
  to: string;
  series: { name: string; values: string; categories: string }[];
}

export interface FakePivotModel {
  name: string;
  source: string;
  anchor: string;
  rows: string[];
  columns: string[];
  filters: string[];
  data: string[];
  dataNames: string[];
  /** Field → items shown by a manual filter. */
  selected: Record<string, string[]>;
  refreshOnOpen: boolean;
  refreshed: number;
}

export interface FakeTableModel {
  name: string;
  style: string;
  sheet: FakeSheetModel;
  box: Box;
}

export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  tables: FakeTableModel[] = [];
  settings = new Map<string, unknown>();
  private nextId = 1;
  newId(): string {
    return `{sheet-${this.nextId++}}`;
  }
  /** The sheet of that name, regardless of case (DOCS.sheetNames). */
  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }
  table(name: string): FakeTableModel | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }
  /** Deleting a sheet deletes its tables and pivots. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
  }
}

export interface FakeOptions {
  /** The ExcelApi set the host supports ("1.7": Office 2019; NEWEST_SET: Microsoft 365). */
  api?: string;
  /** A sync (1-based) that fails, as when Excel is closed or the network drops mid-run. */
  failAtSync?: number;
}

export class FakeContext {
  readonly model: FakeWorkbookModel;
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  /** What Office.context.requirements answers on this host. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly api: string;
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Members called, for the requirement-set coverage test. */
  readonly used = new Set<string>();
  private ops: (() => void)[] = [];
  private bytes = 0;
  private response = 0;

  private readonly failAtSync: number | undefined;

  constructor(model = new FakeWorkbookModel(), { api = NEWEST_SET, failAtSync }: FakeOptions = {}) {
    this.model = model;
    this.failAtSync = failAtSync;
    this.api = api;
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.use("Application.suspendApiCalculationUntilNextSync"),
    };
    this.requirements = {
      isSetSupported: (name, minVersion = "1.1") => name === "ExcelApi" && minorOf(minVersion) <= minorOf(this.api),
    };
  }

  /** A call to `member`: ApiNotFound at sync when its set is above the host's (DOCS.sets). */
  use(member: string): void {
    const set = MEMBER_SETS[member];
    if (set === undefined) throw new Error(`the fake does not model ${member}`);
    this.used.add(member);
    this.queue(() => {
      if (minorOf(set) > minorOf(this.api))
        throw new FakeExcelError("ApiNotFound", `${member} needs ExcelApi ${set}; this host has ${this.api}`, member);
    }, 8);
  }

  /** Adds to the current request's size. */
  count(bytes: number): void {
    this.bytes += bytes;
  }

  /** Adds a loaded value to the current response's size. */
  respond(value: unknown): void {
    this.response += jsonBytes(value);
  }

  /** Work done when the request reaches Excel, in order. */
  queue(run: () => void, bytes = 0): void {
    this.ops.push(run);
    this.bytes += bytes;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await new Promise((resolve) => setImmediate(resolve)); // a round trip: the event loop runs meanwhile
    this.syncs++;
    const ops = this.ops;
    const size = this.bytes;
    this.ops = [];
    this.bytes = 0;
    this.response = 0;
    this.requestBytes.push(size);
    if (size > PAYLOAD_LIMIT)
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${size} bytes (DOCS.limits)`);
    if (this.syncs === this.failAtSync) throw new FakeExcelError("GeneralException", "the request failed");
    try {
      for (const op of ops) op();
    } finally {
      this.responseBytes.push(this.response);
    }
    if (this.response > PAYLOAD_LIMIT)
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${this.response} bytes (DOCS.limits)`);
    return passThroughValue as T;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.responseBytes);
  }
}

export class FakeWorkbook {
  readonly ctx: FakeContext;
  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }
  get worksheets(): FakeWorksheets {
    this.ctx.use("Workbook.worksheets");
    return new FakeWorksheets(this.ctx);
  }
  get settings(): FakeSettings {
    this.ctx.use("Workbook.settings");
    return new FakeSettings(this.ctx);
  }
  get tables(): FakeTables {
    this.ctx.use("Workbook.tables");
    return new FakeTables(this.ctx, null);
  }
  get pivotTables(): FakePivotTables {
    this.ctx.use("Workbook.pivotTables");
    return new FakePivotTables(this.ctx, null);
  }
}

export class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.use("SettingCollection.getItemOrNullObject");
    return new FakeSetting(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.use("SettingCollection.add");
    this.ctx.queue(() => this.ctx.model.settings.set(key, value), jsonBytes(value) + 32);
  }
}

export class FakeSetting extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx, "Setting");
    this.resolveNull(() => !ctx.model.settings.has(key));
  }
  get value(): unknown {
    return this.get("value");
  }
  protected override read(): unknown {
    return this.ctx.model.settings.get(this.key);
  }
}

/** A collection's `items`, loaded with the properties named in `items/a,items/b`. */
function loadItems<T extends ApiObject>(
  ctx: FakeContext,
  props: string | undefined,
  make: () => T[],
  set: (items: T[]) => void,
): void {
  const names = (props ?? "")
    .split(",")
    .map((p) => p.trim().replace(/^items\/?/, ""))
    .filter(Boolean);
  ctx.queue(() => {
    const items = make();
    for (const it of items) it.markLoaded(names);
    ctx.respond(items.map((it) => names.map((n) => it.peek(n))));
    set(items);
  }, 40);
}

export class FakeWorksheets extends ApiObject {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  override load(props?: string): this {
    this.use("getItem"); // `items` comes with the collection (ExcelApi 1.1)
    loadItems(
      this.ctx,
      props,
      () => this.ctx.model.sheets.map((m) => new FakeWorksheet(this.ctx, () => m)),
      (items) => {
        this.loaded.add("items");
        this.snapshot.set("items", items);
      },
    );
    return this;
  }
  private find(key: string): FakeSheetModel | undefined {
    return this.ctx.model.sheets.find((s) => s.id === key) ?? this.ctx.model.sheet(key);
  }
  /** ItemNotFound at sync when there is no such sheet (DOCS.errors). */
  getItem(key: string): FakeWorksheet {
    this.use("getItem");
    const sheet = new FakeWorksheet(this.ctx, () => {
      const m = this.find(key);
      if (!m) throw new FakeExcelError("ItemNotFound", `no sheet ${key}`, "WorksheetCollection.getItem");
      return m;
    });
    return sheet;
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.use("getItemOrNullObject");
    return new FakeWorksheet(this.ctx, () => this.find(key) ?? null, true);
  }
  /** ItemAlreadyExists for a name taken regardless of case; InvalidArgument for a name Excel refuses. */
  add(name: string): FakeWorksheet {
    this.use("add");
    const m = new FakeSheetModel(this.ctx.model.newId(), name);
    this.ctx.queue(() => {
      if (this.ctx.model.sheet(name))
        throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`, "WorksheetCollection.add");
      if (!name.length || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
        throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`, "WorksheetCollection.add");
      this.ctx.model.sheets.push(m);
    }, 64);
    return new FakeWorksheet(this.ctx, () => m);
  }
}

export class FakeWorksheet extends ItemObject<FakeSheetModel> {
  constructor(ctx: FakeContext, resolve: () => FakeSheetModel | null, orNull = false) {
    super(ctx, "Worksheet", resolve, orNull);
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  get tables(): FakeTables {
    this.use("tables");
    return new FakeTables(this.ctx, this);
  }
  get pivotTables(): FakePivotTables {
    this.use("pivotTables");
    return new FakePivotTables(this.ctx, this);
  }
  get charts(): FakeCharts {
    this.use("charts");
    return new FakeCharts(this.ctx, this);
  }
  get freezePanes() {
    this.use("freezePanes");
    const set = (member: string, frozen: () => FakeSheetModel["frozen"]) => {
      this.ctx.use(`WorksheetFreezePanes.${member}`);
      this.ctx.queue(() => (this.model.frozen = frozen()), 24);
    };
    return {
      unfreeze: () => set("unfreeze", () => null),
      freezeRows: (n: number) => set("freezeRows", () => ({ rows: n, columns: 0 })),
      freezeAt: (r: FakeRange) => set("freezeAt", () => ({ rows: r.box.r1 + 1, columns: r.box.c1 + 1 })),
    };
  }
  get pageLayout() {
    this.use("pageLayout");
    const set = (member: string, change: (page: FakeSheetModel["page"]) => void) => {
      this.ctx.use(`PageLayout.${member}`);
      this.ctx.queue(() => change(this.model.page), 24);
    };
    return {
      set orientation(v: string) {
        set("orientation", (p) => (p.orientation = v));
      },
      set zoom(v: Record<string, number>) {
        set("zoom", (p) => (p.zoom = v));
      },
      set paperSize(v: string) {
        set("paperSize", (p) => (p.paperSize = v));
      },
      /** A range address of the sheet (InvalidArgument otherwise). */
      setPrintArea: (address: string) =>
        set("setPrintArea", (p) => {
          parseAddress(address);
          p.printArea = address;
        }),
      /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows): 1:1, $1:$2. */
      setPrintTitleRows: (address: string) =>
        set("setPrintTitleRows", (p) => {
          if (!/^\$?\d+:\$?\d+$/.test(address))
            throw new FakeExcelError("InvalidArgument", `${address} is not whole rows`, "PageLayout.setPrintTitleRows");
          p.printTitleRows = address;
        }),
    };
  }
  set tabColor(v: string) {
    this.use("tabColor");
    this.ctx.queue(() => (this.model.tabColor = v), 24);
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.use("visibility");
    this.ctx.queue(() => (this.model.visibility = v), 24);
  }
  getRange(address: string): FakeRange {
    this.use("getRange");
    const box = parseAddress(address);
    return new FakeRange(
      this.ctx,
      () => this.model,
      () => box,
    );
  }
  protected override read(prop: string): unknown {
    return prop === "id" ? this.model.id : prop === "name" ? this.model.name : undefined;
  }
}

/** A worksheet's tables, or the workbook's (sheet null). */
export class FakeTables extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(ctx, "TableCollection");
  }
  get items(): FakeTable[] {
    return this.get("items");
  }
  override load(props?: string): this {
    this.use("getItem");
    loadItems(
      this.ctx,
      props,
      () =>
        this.ctx.model.tables
          .filter((t) => !this.sheet || t.sheet === this.sheet.model)
          .map((t) => new FakeTable(this.ctx, () => t)),
      (items) => {
        this.loaded.add("items");
        this.snapshot.set("items", items);
      },
    );
    return this;
  }
  private find(name: string): FakeTableModel | null {
    const t = this.ctx.model.table(name);
    return t && (!this.sheet || t.sheet === this.sheet.model) ? t : null;
  }
  getItem(name: string): FakeTable {
    this.use("getItem");
    return new FakeTable(this.ctx, () => {
      const t = this.find(name);
      if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`, "TableCollection.getItem");
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    this.use("getItemOrNullObject");
    const table = new FakeTable(this.ctx, () => this.find(name));
    return table;
  }
  /**
   * A table over a range (DOCS.tables: write the data first, then add the table). Overlapping another
   * table is InvalidArgument ("A table can't overlap another table", DOCS.errors).
   */
  add(address: string, hasHeaders: boolean): FakeTable {
    this.use("add");
    if (!this.sheet) throw new Error("Zhibiao adds tables through their worksheet");
    if (!hasHeaders) throw new Error("Zhibiao tables have headers");
    const box = parseAddress(address);
    const sheet = this.sheet;
    let model: FakeTableModel | null = null;
    this.ctx.queue(() => {
      const m = sheet.model;
      if (this.ctx.model.tables.some((t) => t.sheet === m && overlaps(t.box, box)))
        throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
      let n = this.ctx.model.tables.length + 1;
      while (this.ctx.model.table(`Table${n}`)) n++;
      model = { name: `Table${n}`, style: "TableStyleMedium2", sheet: m, box };
      this.ctx.model.tables.push(model);
    }, 64);
    return new FakeTable(this.ctx, () => model);
  }
}

export class FakeTable extends ItemObject<FakeTableModel> {
  constructor(ctx: FakeContext, resolve: () => FakeTableModel | null) {
    super(ctx, "Table", resolve, true);
  }
  get name(): string {
    return this.get("name");
  }
  /** Names are unique in the workbook regardless of case; a taken name is InvalidArgument (DOCS.tableNames). */
  set name(v: string) {
    this.use("name");
    this.ctx.queue(() => {
      const m = this.model;
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || /^[rc]$/i.test(v))
        throw new FakeExcelError("InvalidArgument", `bad table name ${v}`, "Table.name");
      const other = this.ctx.model.table(v);
      if (other && other !== m)
        throw new FakeExcelError("InvalidArgument", `A table named ${v} already exists.`, "Table.name");
      m.name = v;
    }, 24);
  }
  set style(v: string) {
    this.use("style");
    this.ctx.queue(() => (this.model.style = v), 24);
  }
  get worksheet(): FakeWorksheet {
    this.use("worksheet");
    return new FakeWorksheet(this.ctx, () => this.model.sheet);
  }
  /** Rows of exactly the table's width, appended (TableRowCollection.add; 1.4 for several rows). */
  get rows() {
    this.use("rows");
    return {
      add: (index: number | null | undefined, values: Scalar[][]) => {
        this.ctx.use("TableRowCollection.add");
        this.ctx.queue(
          () => {
            const m = this.model;
            const width = m.box.c1 - m.box.c0 + 1;
            if (index !== undefined && index !== null && index !== -1) throw new Error("Zhibiao appends rows");
            if (values.some((r) => r.length !== width))
              throw new FakeExcelError(
                "InvalidArgument",
                `rows of ${values[0]?.length} cells for a table of ${width} columns`,
                "TableRowCollection.add",
              );
            values.forEach((row, i) => row.forEach((v, k) => m.sheet.write(m.box.r1 + 1 + i, m.box.c0 + k, v)));
            m.box.r1 += values.length;
          },
          jsonBytes(values) + 32,
        );
      },
    };
  }
  /** A column appended at the right, named (TableColumnCollection.add: null index and name need 1.4). */
  get columns() {
    this.use("columns");
    return {
      add: (index: number | null | undefined, values: Scalar[][] | undefined, name: string) => {
        this.ctx.use("TableColumnCollection.add");
        this.ctx.queue(() => {
          const m = this.model;
          if (index !== undefined && index !== null && index !== -1) throw new Error("Zhibiao appends columns");
          if (values !== undefined) throw new Error("Zhibiao writes column values through ranges");
          const col: Box = { ...m.box, c0: m.box.c1 + 1, c1: m.box.c1 + 1 };
          if (this.ctx.model.tables.some((t) => t !== m && t.sheet === m.sheet && overlaps(t.box, col)))
            throw new FakeExcelError(
              "InvalidArgument",
              "A table can't overlap another table.",
              "TableColumnCollection.add",
            );
          m.box.c1++;
          m.sheet.write(m.box.r0, m.box.c1, `'${name}`);
        }, 48);
      },
    };
  }
  getHeaderRowRange(): FakeRange {
    this.use("getHeaderRowRange");
    return new FakeRange(
      this.ctx,
      () => this.model.sheet,
      () => ({ ...this.model.box, r1: this.model.box.r0 }),
    );
  }
  /** The rows under the header; a table always has at least one (DOCS.tables). */
  getDataBodyRange(): FakeRange {
    this.use("getDataBodyRange");
    return new FakeRange(
      this.ctx,
      () => this.model.sheet,
      () => ({ ...this.model.box, r0: this.model.box.r0 + 1 }),
    );
  }
  resize(address: string): void {
    this.use("resize");
    this.ctx.queue(() => (this.model.box = parseAddress(address)), 32);
  }
  protected override read(prop: string): unknown {
    return prop === "name" ? this.model.name : prop === "worksheet/id" ? this.model.sheet.id : undefined;
  }
}

export class FakeRange extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheetModel,
    private readonly boxOf: () => Box,
  ) {
    super(ctx, "Range");
  }

  get box(): Box {
    return this.boxOf();
  }

  /** The name of the range's sheet when the request runs. */
  get sheetName(): string {
    return this.sheetOf().name;
  }

  private get sheet(): FakeSheetModel {
    return this.sheetOf();
  }

  private eachCell(change: (cell: Cell) => void): void {
    const b = this.box;
    if (b.r1 - b.r0 > 200_000) throw new Error("the fake formats bounded ranges only");
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) this.sheet.format(r, c, change);
  }

  get format() {
    this.use("format");
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the format proxies below are plain objects with setters
    const range = this;
    const set = (member: string, bytes: number, run: () => void) => {
      this.ctx.use(member);
      this.ctx.queue(run, bytes);
    };
    return {
      get fill() {
        range.ctx.use("RangeFormat.fill");
        return {
          set color(v: string) {
            set("RangeFill.color", 32, () => range.eachCell((c) => (c.fill = v.toUpperCase())));
          },
        };
      },
      get font() {
        range.ctx.use("RangeFormat.font");
        const font = (c: Cell) => (c.font ??= {});
        return {
          set bold(v: boolean) {
            set("RangeFont.bold", 24, () => range.eachCell((c) => (font(c).bold = v)));
          },
          set color(v: string) {
            set("RangeFont.color", 32, () => range.eachCell((c) => (font(c).color = v.toUpperCase())));
          },
          set italic(v: boolean) {
            set("RangeFont.italic", 24, () => range.eachCell((c) => (font(c).italic = v)));
          },
        };
      },
      set columnWidth(v: number) {
        set("RangeFormat.columnWidth", 24, () => {
          const b = range.box;
          for (let c = b.c0; c <= b.c1; c++) range.sheet.columnWidths.set(c, v);
        });
      },
    };
  }

  get conditionalFormats() {
    this.use("conditionalFormats");
    return {
      clearAll: () => {
        this.ctx.use("ConditionalFormatCollection.clearAll");
        this.ctx.queue(() => {
          const b = this.box;
          this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((f) => !overlaps(f.box, b));
        }, 24);
      },
      add: (type: string) => {
        this.ctx.use("ConditionalFormatCollection.add");
        const detail: Record<string, unknown> = {};
        this.ctx.queue(() => this.sheet.conditionalFormats.push({ box: this.box, type, detail }), 64);
        const ctx = this.ctx;
        const get = <T>(member: string, value: T) => (ctx.use(member), value);
        const set = (member: string, key: string, v: unknown) => {
          ctx.use(member);
          ctx.queue(() => (detail[key] = v), 32);
        };
        const fill = (key: string) => ({
          set color(v: string) {
            set("ConditionalRangeFill.color", key, v);
          },
        });
        const font = (key: string) => ({
          set color(v: string) {
            set("ConditionalRangeFont.color", key, v);
          },
        });
        return {
          get dataBar() {
            return get("ConditionalFormat.dataBar", {
              get positiveFormat() {
                return get("DataBarConditionalFormat.positiveFormat", {
                  set fillColor(v: string) {
                    set("ConditionalDataBarPositiveFormat.fillColor", "dataBar.positiveFormat.fillColor", v);
                  },
                });
              },
            });
          },
          get cellValue() {
            return get("ConditionalFormat.cellValue", {
              get format() {
                return get("CellValueConditionalFormat.format", {
                  get fill() {
                    return get("ConditionalRangeFormat.fill", fill("cellValue.format.fill.color"));
                  },
                  get font() {
                    return get("ConditionalRangeFormat.font", font("cellValue.format.font.color"));
                  },
                });
              },
              set rule(v: unknown) {
                set("CellValueConditionalFormat.rule", "cellValue.rule", v);
              },
            });
          },
        };
      },
    };
  }

  /** Values, formulas and number formats need an array of the range's shape (InvalidArgument otherwise). */
  private shaped<T>(v: T[][], what: string): () => T[][] {
    if (!Array.isArray(v) || v.some((r) => !Array.isArray(r)))
      throw new FakeExcelError("InvalidArgument", `${what} must be a two-dimensional array`);
    return () => {
      const b = this.box;
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols))
        throw new FakeExcelError(
          "InvalidArgument",
          `${what}: ${v.length}×${v[0]?.length ?? 0} array for a ${rows}×${cols} range`,
          `Range.${what}`,
        );
      return v;
    };
  }

  /**
   * Writes through `values` or `formulas` (the same conversions, DOCS.values). Rows written directly below a
   * table, within its columns, extend the table (DOCS.tables).
   */
  private writeCells(v: Scalar[][], what: "values" | "formulas"): void {
    this.use(what);
    const data = this.shaped(v, what);
    this.ctx.queue(
      () => {
        const rows = data();
        const b = this.box;
        const sheet = this.sheet;
        rows.forEach((row, i) => row.forEach((x, k) => sheet.write(b.r0 + i, b.c0 + k, x)));
        for (const t of this.ctx.model.tables)
          if (t.sheet === sheet && b.r0 === t.box.r1 + 1 && b.c0 <= t.box.c1 && b.c1 >= t.box.c0) t.box.r1 = b.r1;
      },
      jsonBytes(v) + 32,
    );
  }

  set values(v: Scalar[][]) {
    this.writeCells(v, "values");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set formulas(v: Scalar[][]) {
    this.writeCells(v, "formulas");
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set numberFormat(v: string[][]) {
    this.use("numberFormat");
    const data = this.shaped(v, "numberFormat");
    this.ctx.queue(
      () => {
        const b = this.box;
        data().forEach((row, i) =>
          row.forEach((f, k) => this.sheet.format(b.r0 + i, b.c0 + k, (c) => (c.numberFormat = f))),
        );
      },
      jsonBytes(v) + 32,
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  /** Deletes the cells and moves those below up; a table's rows go with them (Range.delete). */
  delete(shift: string): void {
    this.use("delete");
    if (shift !== "Up") throw new Error("Zhibiao deletes upwards");
    this.ctx.queue(() => {
      const b = this.box;
      const n = b.r1 - b.r0 + 1;
      const sheet = this.sheet;
      sheet.deleteUp(b);
      for (const t of this.ctx.model.tables) {
        if (t.sheet !== sheet || t.box.c0 < b.c0 || t.box.c1 > b.c1) continue;
        if (b.r0 > t.box.r0 && b.r1 <= t.box.r1) t.box.r1 -= n;
        else if (b.r0 > t.box.r1) continue;
        else if (b.r1 >= t.box.r0) throw new FakeExcelError("InsertDeleteConflict", "deletes part of a table header");
      }
    }, 48);
  }
  protected override read(prop: string): unknown {
    const b = this.box;
    const rows = b.r1 - b.r0 + 1;
    const cols = b.c1 - b.c0 + 1;
    const sheet = this.sheet;
    const grid = <T>(f: (r: number, c: number) => T) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, k) => f(b.r0 + i, b.c0 + k)));
    if (prop === "values") return grid((r, c) => sheet.shown(r, c));
    if (prop === "formulas") return grid((r, c) => sheet.formulaOf(r, c));
    if (prop === "numberFormat") return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
    if (prop === "rowCount") return rows;
    if (prop === "rowIndex") return b.r0;
    if (prop === "columnIndex") return b.c0;
    throw new Error(`the fake does not load Range.${prop}`);
  }
}

/** A worksheet's pivot tables, or the workbook's (sheet null). */
export class FakePivotTables extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(ctx, "PivotTableCollection");
  }
  private all(): FakePivotModel[] {
    return this.sheet ? this.sheet.model.pivots : this.ctx.model.sheets.flatMap((s) => s.pivots);
  }
  getItemOrNullObject(name: string): FakePivotTable {
    this.use("getItemOrNullObject");
    return new FakePivotTable(this.ctx, () => this.all().find((p) => sameName(p.name, name)) ?? null);
  }
  add(name: string, source: FakeTable, destination: FakeRange): FakePivotTable {
    this.use("add");
    if (!this.sheet) throw new Error("Zhibiao adds pivots through their worksheet");
    const sheet = this.sheet;
    let model: FakePivotModel | null = null;
    this.ctx.queue(() => {
      const b = destination.box;
      model = {
        name,
        source: source.model.name,
        anchor: `${String.fromCharCode(65 + b.c0)}${b.r0 + 1}`,
        rows: [],
        columns: [],
        filters: [],
        data: [],
        dataNames: [],
        selected: {},
        refreshOnOpen: false,
        refreshed: 0,
      };
      sheet.model.pivots.push(model);
    }, 96);
    return new FakePivotTable(this.ctx, () => model);
  }
}

export class FakePivotTable extends ItemObject<FakePivotModel> {
  constructor(ctx: FakeContext, resolve: () => FakePivotModel | null) {
    super(ctx, "PivotTable", resolve, true);
  }
  get name(): string {
    return this.get("name");
  }
  get worksheet(): FakeWorksheet {
    this.use("worksheet");
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheets.find((s) => s.pivots.includes(this.model)) ?? null);
  }
  /** A source field, checked against the source table's header when the request runs. */
  private field(name: string): string {
    const t = this.ctx.model.table(this.model.source)!;
    const header = Array.from({ length: t.box.c1 - t.box.c0 + 1 }, (_, k) => t.sheet.shown(t.box.r0, t.box.c0 + k));
    if (!header.includes(name)) throw new FakeExcelError("InvalidArgument", `no field ${name}`);
    return name;
  }
  get hierarchies() {
    this.use("hierarchies");
    return {
      getItem: (name: string) => {
        this.ctx.use("PivotHierarchyCollection.getItem");
        return { name };
      },
    };
  }
  private adder(member: string, list: "rows" | "columns" | "filters" | "data") {
    this.use(member);
    const collection = {
      rows: "RowColumnPivotHierarchyCollection",
      columns: "RowColumnPivotHierarchyCollection",
      filters: "FilterPivotHierarchyCollection",
      data: "DataPivotHierarchyCollection",
    }[list];
    return {
      add: (h: { name: string }) => {
        this.ctx.use(`${collection}.add`);
        this.ctx.queue(() => this.model[list].push(this.field(h.name)), 48);
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the hierarchy proxy below is a plain object
        const pivot = this;
        return {
          set name(v: string) {
            pivot.ctx.use("DataPivotHierarchy.name");
            pivot.ctx.queue(() => pivot.model.dataNames.push(v), 24);
          },
          get fields() {
            pivot.ctx.use("FilterPivotHierarchy.fields");
            return {
              getItem: (field: string) => {
                pivot.ctx.use("PivotFieldCollection.getItem");
                return {
                  applyFilter: (filter: { manualFilter?: { selectedItems: string[] } }) => {
                    pivot.ctx.use("PivotField.applyFilter");
                    pivot.ctx.queue(() => {
                      if (!filter.manualFilter) throw new Error("Zhibiao applies manual filters");
                      pivot.model.selected[pivot.field(field)] = filter.manualFilter.selectedItems;
                    }, 48);
                  },
                };
              },
            };
          },
        };
      },
    };
  }
  get rowHierarchies() {
    return this.adder("rowHierarchies", "rows");
  }
  get columnHierarchies() {
    return this.adder("columnHierarchies", "columns");
  }
  get filterHierarchies() {
    return this.adder("filterHierarchies", "filters");
  }
  get dataHierarchies() {
    return this.adder("dataHierarchies", "data");
  }
  set refreshOnOpen(v: boolean) {
    this.use("refreshOnOpen");
    this.ctx.queue(() => (this.model.refreshOnOpen = v), 24);
  }
  refresh(): void {
    this.use("refresh");
    this.ctx.queue(() => this.model.refreshed++, 24);
  }
  protected override read(prop: string): unknown {
    return prop === "name" ? this.model.name : undefined;
  }
}

const cellName = (r: number, c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
};
/** Where a range is, as a chart series records it. */
const boxName = (sheet: string, b: Box) => `${sheet}!${cellName(b.r0, b.c0)}:${cellName(b.r1, b.c1)}`;
const rangeName = (r: FakeRange) => boxName(r.sheetName, r.box);
/** Excel.ChartType values the fake draws (the enum has more; Zhibiao uses these). */
const CHART_TYPES = new Set(["Line", "BarClustered", "ColumnClustered"]);

/** A worksheet's charts (DOCS: Excel.ChartCollection). */
export class FakeCharts extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx, "ChartCollection");
  }
  getItemOrNullObject(name: string): FakeChart {
    this.use("getItemOrNullObject");
    return new FakeChart(
      this.ctx,
      this.sheet,
      () => this.sheet.model.charts.find((c) => sameName(c.name, name)) ?? null,
    );
  }
  /**
   * A chart of `source` (ChartCollection.add): one series per row (seriesBy Rows) or per column (Columns; Auto
   * is columns on the web and a guess on the desktop, so the fake refuses it). A type Excel does not know, or
   * a source on no sheet, is InvalidArgument.
   */
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    this.use("add");
    let model: FakeChartModel | null = null;
    this.ctx.queue(() => {
      if (!CHART_TYPES.has(type))
        throw new FakeExcelError("InvalidArgument", `no chart type ${type}`, "ChartCollection.add");
      if (seriesBy !== "Rows" && seriesBy !== "Columns")
        throw new FakeExcelError("InvalidArgument", `seriesBy ${seriesBy}: Zhibiao says Rows or Columns`);
      const b = source.box;
      const name = source.sheetName;
      const lines =
        seriesBy === "Rows"
          ? Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => ({ ...b, r0: b.r0 + i, r1: b.r0 + i }))
          : Array.from({ length: b.c1 - b.c0 + 1 }, (_, k) => ({ ...b, c0: b.c0 + k, c1: b.c0 + k }));
      model = {
        name: "",
        type,
        title: "",
        from: "",
        to: "",
        series: lines.map((box) => ({ name: "", values: boxName(name, box), categories: "" })),
      };
      this.sheet.model.charts.push(model);
    }, 96);
    return new FakeChart(this.ctx, this.sheet, () => model);
  }
}

export class FakeChart extends ItemObject<FakeChartModel> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    resolve: () => FakeChartModel | null,
  ) {
    super(ctx, "Chart", resolve, true);
  }
  set name(v: string) {
    this.use("name");
    this.ctx.queue(() => (this.model.name = v), 24);
  }
  get title() {
    this.use("title");
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the title proxy is a plain object with a setter
    const chart = this;
    return {
      set text(v: string) {
        chart.ctx.use("ChartTitle.text");
        chart.ctx.queue(() => (chart.model.title = v), 24);
      },
    };
  }
  setPosition(from: string, to: string): void {
    this.use("setPosition");
    this.ctx.queue(() => Object.assign(this.model, { from, to }), 24);
  }
  delete(): void {
    this.use("delete");
    this.ctx.queue(() => {
      const m = this.model;
      this.sheet.model.charts = this.sheet.model.charts.filter((c) => c !== m);
    }, 24);
  }
  get series() {
    this.use("series");
    const series = (at: () => FakeChartModel["series"][number]) => ({
      set name(v: string) {
        chart.ctx.use("ChartSeries.name");
        chart.ctx.queue(() => (at().name = v), 24);
      },
      setValues: (r: FakeRange) => {
        chart.ctx.use("ChartSeries.setValues");
        chart.ctx.queue(() => (at().values = rangeName(r)), 24);
      },
      setXAxisValues: (r: FakeRange) => {
        chart.ctx.use("ChartSeries.setXAxisValues");
        chart.ctx.queue(() => (at().categories = rangeName(r)), 24);
      },
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the series proxies are plain objects with setters
    const chart = this;
    return {
      getItemAt: (i: number) => {
        this.ctx.use("ChartSeriesCollection.getItemAt");
        return series(() => {
          const s = chart.model.series[i];
          if (!s) throw new FakeExcelError("ItemNotFound", `no series ${i}`, "ChartSeries");
          return s;
        });
      },
      add: (name: string) => {
        this.ctx.use("ChartSeriesCollection.add");
        let added: FakeChartModel["series"][number] | null = null;
        this.ctx.queue(() => {
          added = { name, values: "", categories: "" };
          chart.model.series.push(added);
        }, 48);
        return series(() => added!);
      },
    };
  }
}

/** The fake as the type the writer takes. */
export function asExcel(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
