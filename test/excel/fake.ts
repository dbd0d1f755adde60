// A strict in-memory fake of the Excel JavaScript API subset Zhibiao uses. Like Excel:
// - a property read before load() + sync() throws PropertyNotLoaded; loads see the state at sync time;
// - writes are queued into the current request; a request over 5 MB throws RequestPayloadSizeLimitExceeded;
// - table names are unique in the workbook; tables grow with rows.add and shrink when their rows are deleted.
// It counts syncs and measures each request's bytes, so tests can hold the writer to Excel's rules.

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const REQUEST_LIMIT = 5 * 1024 * 1024;
type Scalar = string | number | boolean;

interface Cell {
  input: Scalar;
  numberFormat?: string;
}

function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new FakeExcelError("InvalidArgument", `bad cell ${ref}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parseAddress(address: string): Box {
  const a = address.includes("!") ? address.split("!").pop()! : address;
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(a);
  if (whole) {
    const x = parseCell(`${whole[1]}1`);
    const y = parseCell(`${whole[2]}1`);
    return { r0: 0, c0: x.c, r1: 1_048_575, c1: y.c };
  }
  const [p, q] = a.split(":");
  const x = parseCell(p!);
  const y = q ? parseCell(q) : x;
  return { r0: Math.min(x.r, y.r), c0: Math.min(x.c, y.c), r1: Math.max(x.r, y.r), c1: Math.max(x.c, y.c) };
}

/** Base of every proxy object: loaded properties, null-object state, strict reads. */
abstract class ApiObject {
  protected loaded = new Set<string>();
  protected snapshot = new Map<string, unknown>();
  private pendingLoad: string[] = [];
  protected nullObject = false;
  protected nullChecked = false;

  constructor(protected readonly ctx: FakeContext) {}

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : [];
    this.pendingLoad.push(...list);
    this.ctx.queue(() => {
      for (const p of this.pendingLoad) {
        this.loaded.add(p);
        this.snapshot.set(p, this.read(p));
      }
      this.pendingLoad = [];
      this.nullChecked = true;
    }, 40);
    return this;
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

  protected abstract read(prop: string): unknown;
}

export class FakeSheetModel {
  cells = new Map<string, Cell>();
  tabColor = "";
  visibility = "Visible";
  frozen: { rows: number; columns: number } | null = null;
  columnWidths = new Map<number, number>();
  conditionalFormats: { box: Box; type: string; detail: Record<string, unknown> }[] = [];
  pivots: FakePivotModel[] = [];
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  setInput(r: number, c: number, v: Scalar): void {
    const existing = this.cells.get(`${r},${c}`);
    if (v === "" && !existing?.numberFormat) this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, { ...existing, input: v });
  }

  /** The cell as Excel's `values` would show a constant ('text shows as text). */
  shown(r: number, c: number): Scalar {
    const input = this.cell(r, c)?.input ?? "";
    return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
  }
}

export interface FakePivotModel {
  name: string;
  source: string;
  anchor: string;
  rows: string[];
  columns: string[];
  filters: string[];
  data: string[];
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
  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

export class FakeContext {
  readonly model: FakeWorkbookModel;
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => this.count(16) };
  syncs = 0;
  requestBytes: number[] = [];
  private ops: { run: () => void; order: number }[] = [];
  private bytes = 0;

  constructor(model = new FakeWorkbookModel()) {
    this.model = model;
    this.workbook = new FakeWorkbook(this);
  }

  /** Adds to the current request's size. */
  count(bytes: number): void {
    this.bytes += bytes;
  }

  /** Work done when the request reaches Excel (loads are read last, after the writes before them). */
  queue(run: () => void, bytes = 0): void {
    this.ops.push({ run, order: this.ops.length });
    this.bytes += bytes;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.syncs++;
    this.requestBytes.push(this.bytes);
    const ops = this.ops;
    this.ops = [];
    const size = this.bytes;
    this.bytes = 0;
    if (size > REQUEST_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${size} bytes`);
    for (const op of ops) op.run();
    return passThroughValue as T;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }
}

const jsonBytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  readonly tables: { getItem: (name: string) => FakeTable };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    this.tables = {
      getItem: (name: string) => {
        const t = ctx.model.tables.find((x) => x.name === name);
        if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`);
        return new FakeTable(ctx, t);
      },
    };
  }
}

export class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.queue(() => this.ctx.model.settings.set(key, value), jsonBytes(value) + 32);
  }
}

export class FakeSetting extends ApiObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
    this.ctx.queue(() => {
      this.nullObject = !ctx.model.settings.has(key);
      this.nullChecked = true;
    });
  }
  get value(): unknown {
    return this.get("value");
  }
  protected read(): unknown {
    return this.ctx.model.settings.get(this.key);
  }
}

export class FakeWorksheets extends ApiObject {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  get items(): FakeWorksheet[] {
    return this.get("items/id,items/name".split(",").find((p) => this.loaded.has(p)) ?? "items");
  }
  override load(props?: string): this {
    super.load(props);
    this.ctx.queue(() => {
      const list = this.ctx.model.sheets.map((m) => {
        const ws = new FakeWorksheet(this.ctx, m);
        ws.markLoaded(["id", "name"]);
        return ws;
      });
      for (const p of this.loaded) this.snapshot.set(p, list);
      this.loaded.add("items");
      this.snapshot.set("items", list);
    });
    return this;
  }
  getItem(key: string): FakeWorksheet {
    const m = this.ctx.model.sheets.find((s) => s.id === key || s.name === key);
    if (!m) throw new FakeExcelError("ItemNotFound", `no sheet ${key}`);
    return new FakeWorksheet(this.ctx, m);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.model.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
    const m = new FakeSheetModel(this.ctx.model.newId(), name);
    this.ctx.model.sheets.push(m);
    this.ctx.count(64);
    return new FakeWorksheet(this.ctx, m);
  }
  protected read(): unknown {
    return undefined;
  }
}

export class FakeWorksheet extends ApiObject {
  readonly tables: FakeTables;
  readonly pivotTables: FakePivotTables;
  readonly freezePanes: { unfreeze(): void; freezeRows(n: number): void; freezeAt(r: FakeRange): void };
  constructor(
    ctx: FakeContext,
    readonly model: FakeSheetModel,
  ) {
    super(ctx);
    this.tables = new FakeTables(ctx, model);
    this.pivotTables = new FakePivotTables(ctx, model);
    this.freezePanes = {
      unfreeze: () => this.ctx.queue(() => (model.frozen = null), 24),
      freezeRows: (n) => this.ctx.queue(() => (model.frozen = { rows: n, columns: 0 }), 24),
      freezeAt: (r) => this.ctx.queue(() => (model.frozen = { rows: r.box.r1 + 1, columns: r.box.c1 + 1 }), 24),
    };
  }
  markLoaded(props: string[]): void {
    for (const p of props) {
      this.loaded.add(p);
      this.snapshot.set(p, this.read(p));
    }
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set tabColor(v: string) {
    this.ctx.queue(() => (this.model.tabColor = v), 24);
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.queue(() => (this.model.visibility = v), 24);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.model, parseAddress(address));
  }
  protected read(prop: string): unknown {
    return prop === "id" ? this.model.id : prop === "name" ? this.model.name : undefined;
  }
}

export class FakeTables {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheetModel,
  ) {}
  getItemOrNullObject(name: string): FakeTable {
    const t = this.ctx.model.tables.find((x) => x.name === name && x.sheet === this.sheet);
    const table = new FakeTable(this.ctx, t ?? null);
    return table;
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "Zhibiao tables have headers");
    const box = parseAddress(address);
    const overlap = this.ctx.model.tables.some(
      (t) =>
        t.sheet === this.sheet && !(t.box.r1 < box.r0 || box.r1 < t.box.r0 || t.box.c1 < box.c0 || box.c1 < t.box.c0),
    );
    if (overlap) throw new FakeExcelError("InsertDeleteConflict", "tables overlap");
    const model: FakeTableModel = {
      name: `Table${this.ctx.model.tables.length + 1}`,
      style: "TableStyleMedium2",
      sheet: this.sheet,
      box,
    };
    this.ctx.model.tables.push(model);
    this.ctx.count(64);
    return new FakeTable(this.ctx, model);
  }
}

export class FakeTable extends ApiObject {
  readonly rows: { add: (index: number | undefined, values: Scalar[][]) => void };
  constructor(
    ctx: FakeContext,
    readonly model: FakeTableModel | null,
  ) {
    super(ctx);
    this.ctx.queue(() => {
      this.nullObject = model === null;
      this.nullChecked = true;
    });
    this.rows = {
      add: (index, values) => {
        if (index !== undefined) throw new FakeExcelError("InvalidArgument", "Zhibiao appends rows");
        this.ctx.queue(
          () => {
            const m = this.must();
            values.forEach((row, i) => row.forEach((v, k) => m.sheet.setInput(m.box.r1 + 1 + i, m.box.c0 + k, v)));
            m.box.r1 += values.length;
          },
          jsonBytes(values) + 32,
        );
      },
    };
  }
  private must(): FakeTableModel {
    if (!this.model) throw new FakeExcelError("ItemNotFound", "null table");
    return this.model;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    if (this.ctx.model.tables.some((t) => t.name === v && t !== this.model))
      throw new FakeExcelError("ItemAlreadyExists", `table ${v} exists`);
    this.must().name = v;
    this.ctx.count(24);
  }
  set style(v: string) {
    this.must().style = v;
    this.ctx.count(24);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, this.model?.sheet ?? null, () => ({ ...this.must().box, r1: this.must().box.r0 }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, this.model?.sheet ?? null, () => ({
      ...this.must().box,
      r0: this.must().box.r0 + 1,
    }));
  }
  resize(address: string): void {
    this.ctx.queue(() => (this.must().box = parseAddress(address)), 32);
  }
  protected read(prop: string): unknown {
    return prop === "name" ? this.model?.name : undefined;
  }
}

export class FakeRange extends ApiObject {
  readonly format: {
    fill: { color: string };
    font: { bold: boolean; color: string; italic: boolean };
    columnWidth: number;
  };
  readonly conditionalFormats: { clearAll(): void; add(type: string): Record<string, unknown> };
  private readonly boxOf: () => Box;

  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheetModel | null,
    box: Box | (() => Box),
  ) {
    super(ctx);
    this.boxOf = typeof box === "function" ? box : () => box;
    const queue = (bytes: number, run: () => void) => this.ctx.queue(run, bytes);
    const sheetModel = () => this.sheet!;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the format proxies below are plain objects with setters
    const self = this;
    this.format = {
      fill: {
        set color(v: string) {
          queue(32, () => void v);
        },
      } as { color: string },
      font: {
        set bold(v: boolean) {
          queue(24, () => void v);
        },
        set color(v: string) {
          queue(32, () => void v);
        },
        set italic(v: boolean) {
          queue(24, () => void v);
        },
      } as { bold: boolean; color: string; italic: boolean },
      set columnWidth(v: number) {
        queue(24, () => {
          const b = self.box;
          for (let c = b.c0; c <= b.c1; c++) sheetModel().columnWidths.set(c, v);
        });
      },
    } as FakeRange["format"];
    this.conditionalFormats = {
      clearAll: () =>
        queue(
          24,
          () =>
            (sheetModel().conditionalFormats = sheetModel().conditionalFormats.filter(
              (f) => !sameBox(f.box, self.box),
            )),
        ),
      add: (type: string) => {
        const detail: Record<string, unknown> = {};
        const record = { box: self.box, type, detail };
        queue(64, () => sheetModel().conditionalFormats.push(record));
        const sink = (path: string) =>
          new Proxy(
            {},
            {
              set: (_t, k, v) => ((detail[`${path}.${String(k)}`] = v), true),
              get: (_t, k) => sink(`${path}.${String(k)}`),
            },
          );
        return new Proxy(
          {},
          { get: (_t, k) => sink(String(k)), set: (_t, k, v) => ((detail[String(k)] = v), true) },
        ) as Record<string, unknown>;
      },
    };
  }

  get box(): Box {
    return this.boxOf();
  }

  /** Values and formulas need an array of the range's shape; numberFormat also takes a 1×1 array for all cells. */
  private fill2d<T>(v: T[][], what: string, broadcast = false): T[][] {
    const b = this.box;
    const rows = b.r1 - b.r0 + 1;
    const cols = b.c1 - b.c0 + 1;
    if (!Array.isArray(v)) throw new FakeExcelError("InvalidArgument", `${what} must be a two-dimensional array`);
    if (broadcast && v.length === 1 && v[0]?.length === 1)
      return Array.from({ length: rows }, () => new Array<T>(cols).fill(v[0]![0]!));
    if (v.length !== rows || v.some((r) => r.length !== cols))
      throw new FakeExcelError(
        "InvalidArgument",
        `${what}: ${v.length}×${v[0]?.length ?? 0} array for a ${rows}×${cols} range`,
      );
    return v;
  }

  set values(v: Scalar[][]) {
    const data = this.fill2d(v, "values");
    this.ctx.queue(
      () => {
        const b = this.box;
        data.forEach((row, i) =>
          row.forEach((x, k) =>
            this.sheet!.setInput(b.r0 + i, b.c0 + k, typeof x === "string" && x.startsWith("=") ? `'${x}` : x),
          ),
        );
      },
      jsonBytes(v) + 32,
    );
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set formulas(v: Scalar[][]) {
    const data = this.fill2d(v, "formulas");
    this.ctx.queue(
      () => {
        const b = this.box;
        data.forEach((row, i) => row.forEach((x, k) => this.sheet!.setInput(b.r0 + i, b.c0 + k, x)));
      },
      jsonBytes(v) + 32,
    );
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set numberFormat(v: string[][]) {
    const data = this.fill2d(v, "numberFormat", true);
    this.ctx.queue(
      () => {
        const b = this.box;
        data.forEach((row, i) =>
          row.forEach((f, k) => {
            const key = `${b.r0 + i},${b.c0 + k}`;
            this.sheet!.cells.set(key, { input: this.sheet!.cells.get(key)?.input ?? "", numberFormat: f });
          }),
        );
      },
      jsonBytes(v) + 32,
    );
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  delete(shift: string): void {
    if (shift !== "Up") throw new FakeExcelError("InvalidArgument", "Zhibiao deletes upwards");
    this.ctx.queue(() => {
      const b = this.box;
      const n = b.r1 - b.r0 + 1;
      const sheet = this.sheet!;
      const moved = new Map<string, Cell>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (c < b.c0 || c > b.c1) moved.set(key, cell);
        else if (r < b.r0) moved.set(key, cell);
        else if (r > b.r1) moved.set(`${r - n},${c}`, cell);
      }
      sheet.cells = moved;
      for (const t of this.ctx.model.tables) {
        if (t.sheet !== sheet || t.box.c0 < b.c0 || t.box.c1 > b.c1) continue;
        if (b.r0 > t.box.r0 && b.r1 <= t.box.r1) t.box.r1 -= n;
      }
    }, 48);
  }
  protected read(prop: string): unknown {
    const b = this.box;
    const rows = b.r1 - b.r0 + 1;
    const cols = b.c1 - b.c0 + 1;
    const grid = <T>(f: (r: number, c: number) => T) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, k) => f(b.r0 + i, b.c0 + k)));
    if (prop === "values") return grid((r, c) => this.sheet!.shown(r, c));
    if (prop === "formulas") return grid((r, c) => this.sheet!.cell(r, c)?.input ?? "");
    if (prop === "rowCount") return rows;
    return undefined;
  }
}

function sameBox(a: Box, b: Box): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export class FakePivotTables {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheetModel,
  ) {}
  getItemOrNullObject(name: string): FakePivotTable {
    return new FakePivotTable(this.ctx, this.sheet.pivots.find((p) => p.name === name) ?? null);
  }
  add(name: string, source: FakeTable, destination: FakeRange): FakePivotTable {
    const b = destination.box;
    const model: FakePivotModel = {
      name,
      source: source.model!.name,
      anchor: `${String.fromCharCode(65 + b.c0)}${b.r0 + 1}`,
      rows: [],
      columns: [],
      filters: [],
      data: [],
      refreshed: 0,
    };
    this.ctx.queue(() => this.sheet.pivots.push(model), 96);
    return new FakePivotTable(this.ctx, model);
  }
}

export class FakePivotTable extends ApiObject {
  constructor(
    ctx: FakeContext,
    readonly model: FakePivotModel | null,
  ) {
    super(ctx);
    this.ctx.queue(() => {
      this.nullObject = model === null;
      this.nullChecked = true;
    });
  }
  get hierarchies() {
    return { getItem: (name: string) => ({ name }) };
  }
  private adder(list: keyof Pick<FakePivotModel, "rows" | "columns" | "filters" | "data">) {
    return {
      add: (h: { name: string }) => {
        const headers = this.ctx.model.tables.find((t) => t.name === this.model!.source)!;
        const header = Array.from({ length: headers.box.c1 - headers.box.c0 + 1 }, (_, k) =>
          headers.sheet.shown(headers.box.r0, headers.box.c0 + k),
        );
        if (!header.includes(h.name)) throw new FakeExcelError("InvalidArgument", `no field ${h.name}`);
        this.ctx.queue(() => this.model![list].push(h.name), 48);
        return {
          set name(v: string) {
            void v;
          },
        };
      },
    };
  }
  get rowHierarchies() {
    return this.adder("rows");
  }
  get columnHierarchies() {
    return this.adder("columns");
  }
  get filterHierarchies() {
    return this.adder("filters");
  }
  get dataHierarchies() {
    return this.adder("data");
  }
  refresh(): void {
    this.ctx.queue(() => this.model!.refreshed++, 24);
  }
  protected read(): unknown {
    return undefined;
  }
}

/** The fake as the type the writer takes. */
export function asExcel(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/**
 * Compile-time check that the fake's members have the real API's types (from @types/office-js), for the
 * members whose types do not drag in the whole object model.
 */
export function conformsToOfficeJs(
  ctx: FakeContext,
  range: FakeRange,
  table: FakeTable,
  sheet: FakeWorksheet,
  setting: FakeSetting,
): void {
  const r: Pick<Excel.Range, "values" | "formulas" | "numberFormat" | "rowCount" | "delete"> = range;
  const t: Pick<Excel.Table, "name" | "isNullObject" | "resize" | "style"> = table;
  const w: Pick<Excel.Worksheet, "id" | "name" | "tabColor" | "visibility"> = sheet;
  const s: Pick<Excel.Setting, "value" | "isNullObject"> = setting;
  const c: Pick<Excel.RequestContext, "sync"> = ctx;
  void [r, t, w, s, c];
}
