// The task pane: add reports (files, a folder, paste, samples), preview their indicators, write the
// workbook into Excel (载入指标, 生成目标对比, 刷新, 数据透视) or download it as .xlsx. The actions and the
// status stay at the top; long work shows its progress.
import { parseReport, reportIdOf, type Indicator, type Report } from "../report/index.ts";
import { readReportSource, REPORT_EXTENSIONS } from "../source/index.ts";
import { sourceText } from "../messages/index.ts";
import { loadPdfJs, pdfCMapUrl } from "./pdfjs.ts";
import { planWorkbook, type ParsedReport } from "../workbook/plan.ts";
import type { Lang, SheetKey } from "../workbook/types.ts";
import { detectHost, type Host } from "./host.ts";
import { langOf, messagesFor, type Messages } from "../messages/index.ts";
import { downloadWorkbook } from "./download.ts";
import { addReports, type Added } from "./reports.ts";
import { loadGazetteer, type Gazetteer } from "../gazetteer/index.ts";

declare global {
  interface Window {
    /** Set by the page when office.js fails to load. */
    zhibiaoOfficeFailed?: Promise<boolean>;
  }
}

const state = {
  reports: [] as ParsedReport[],
  /** Reports removed by 清空全部, until undone or more are added. */
  cleared: [] as ParsedReport[],
  pasted: 0,
  /** The report shown in the preview (by id), and its selected row. */
  selected: null as string | null,
  row: -1,
  onlyTargets: false,
  /** Report cards the user opened. */
  open: new Set<string>(),
  busy: false,
};
let host: Host = { excel: false, locale: navigator.language, pivotSupported: false, officeMissing: false };
let lang: Lang = langOf(navigator.language);
let m: Messages = messagesFor(lang);

/** China's divisions, for each report's body and parent: a chunk of its own, fetched once the pane is up. */
let gazetteer: Gazetteer | undefined;
const gazetteerReady = () => loadGazetteer().then((g) => (gazetteer = g));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function setStatus(message: string, kind: "info" | "error" | "ok" = "info", undo = false): void {
  const el = $("status");
  el.textContent = message;
  el.className = `status ${kind}`;
  // Errors interrupt a screen reader; other news waits its turn.
  el.setAttribute("aria-live", kind === "error" ? "assertive" : "polite");
  $("undo").hidden = !undo;
}

/** Shows how far long work is (a fraction), that it is under way ("unknown"), or hides the bar (null). */
function setProgress(fraction: number | "unknown" | null): void {
  const bar = $<HTMLProgressElement>("progress");
  bar.hidden = fraction === null;
  if (fraction === "unknown") bar.removeAttribute("value");
  else if (fraction !== null) bar.value = fraction;
}

/** Lets the browser paint (progress, status) between pieces of long work. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function applyWords(): void {
  const words = m.pane as unknown as Record<string, unknown>;
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.title = m.pane.title;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => {
    const value = words[el.dataset.i18n ?? ""];
    if (typeof value === "string") el.textContent = value;
  });
  document.querySelectorAll<HTMLElement>("[data-label]").forEach((el) => {
    el.textContent = m.labels.columns[el.dataset.label ?? ""] ?? "";
  });
  $<HTMLTextAreaElement>("paste").placeholder = m.pane.pastePlaceholder;
  $<HTMLProgressElement>("progress").setAttribute("aria-label", m.pane.progress);
}

/** Adds read texts as reports and says what happened: added, updated, duplicates, failures, warnings. */
function report(added: Added, failures: string[] = [], skipped = 0): void {
  const w = m.pane;
  if (added.reports.length) state.cleared = [];
  // What went wrong first: it is what the user has to act on.
  const lines = [
    ...failures,
    w.parsed(
      added.reports.length,
      added.reports.reduce((n, r) => n + r.indicators.length, 0),
    ),
  ];
  if (added.sameName.length) lines.push(w.sameName(added.sameName.map((d) => w.namedAs(d.name, d.id)).join("、")));
  if (added.duplicates.length)
    lines.push(w.duplicates(added.duplicates.map((d) => w.sameAs(d.name, d.existing)).join("、")));
  const warned = added.reports.filter((r) => r.warnings.length).length;
  if (warned) lines.push(w.withWarnings(warned));
  if (skipped) lines.push(w.skippedFiles(skipped));
  const last = added.reports.at(-1);
  if (last) select(last.id, false);
  render();
  const trouble = failures.length || added.duplicates.length || !added.reports.length;
  setStatus(lines.join("\n"), failures.length ? "error" : trouble ? "info" : "ok");
}

/** A report file by its name ending (a folder is searched for these). */
const isReportFile = (name: string) => REPORT_EXTENSIONS.includes(/\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? "");

async function addFiles(files: File[], fromFolder: boolean): Promise<void> {
  const wanted = fromFolder ? files.filter((f) => isReportFile(f.name)) : files;
  const texts: { text: string; name: string }[] = [];
  const failures: string[] = [];
  for (const [i, file] of wanted.entries()) {
    setStatus(m.pane.reading(i + 1, wanted.length, file.name));
    setProgress(i / Math.max(wanted.length, 1));
    const read = await readReportSource(new Uint8Array(await file.arrayBuffer()), file.name, {
      loadPdfJs,
      cMapUrl: pdfCMapUrl(),
    });
    if (read.ok) texts.push({ text: read.text, name: file.name });
    else failures.push(m.pane.failed(file.name, sourceText(read.problem, m.lang)));
    await paint();
  }
  await gazetteerReady();
  const added = await addReports(state.reports, texts, { gazetteer }, (done) => {
    setProgress(done / Math.max(texts.length, 1));
    return paint();
  });
  report(added, failures, files.length - wanted.length);
}

function select(id: string | null, focus: boolean): void {
  state.selected = id;
  state.row = -1;
  renderPreview();
  if (focus) {
    $("preview-section").scrollIntoView({ block: "start" });
    $("preview-title").focus();
  }
}

function yearsOf(r: Report): string {
  const w = m.pane;
  return `${w.review} ${r.meta.reviewYear ?? "-"} · ${w.plan} ${r.meta.planYear ?? "-"}`;
}

function reportCard({ report: r }: ParsedReport): HTMLLIElement {
  const w = m.pane;
  const count = (kind: string) => r.indicators.filter((i) => i.kind === kind).length;
  const summary = element(
    "summary",
    {},
    element("span", { className: "report-title" }, r.meta.body ?? "?"),
    ` · ${yearsOf(r)} · ${r.indicators.length} ${w.records}`,
    ...(r.warnings.length
      ? [element("span", { className: "warning-mark" }, ` ⚠ ${w.warningsCount(r.warnings.length)}`)]
      : []),
  );
  const details = element(
    "details",
    { open: state.open.has(r.id) },
    summary,
    element(
      "div",
      { className: "facts" },
      `${w.source}: ${r.source}${r.id === reportIdOf(r.source) ? "" : ` (${r.id})`}`,
    ),
    element(
      "div",
      { className: "facts" },
      `${w.actual} ${count("actual")} / ${w.target} ${count("target")} / ${w.forecast} ${count("forecast")}`,
    ),
    ...r.warnings.map((warning) => element("div", { className: "warning" }, `⚠ ${m.warning(warning)}`)),
    element(
      "div",
      { className: "row" },
      element("button", { onclick: () => select(r.id, true) }, w.show),
      element("button", { className: "link", onclick: () => removeReport(r.id) }, w.remove),
    ),
  );
  details.ontoggle = () => (details.open ? state.open.add(r.id) : state.open.delete(r.id));
  return element("li", { className: r.id === state.selected ? "selected" : "" }, details);
}

function removeReport(id: string): void {
  const gone = state.reports.find((p) => p.report.id === id);
  state.reports = state.reports.filter((p) => p.report.id !== id);
  if (state.selected === id) state.selected = null;
  render();
  if (gone) setStatus(m.pane.removed(gone.report.source));
}

function render(): void {
  const w = m.pane;
  const list = $("report-list");
  list.replaceChildren(
    ...(state.reports.length ? state.reports.map(reportCard) : [element("li", { className: "empty" }, w.none)]),
  );
  $("reports-title").textContent = w.reportsCount(state.reports.length);
  renderPreview();
  const none = !state.reports.length;
  for (const id of ["load", "template", "refresh", "pivot"])
    $<HTMLButtonElement>(id).disabled = state.busy || !host.excel;
  $<HTMLButtonElement>("download").disabled = state.busy || none;
  $<HTMLButtonElement>("clear").disabled = state.busy || none;
  for (const id of ["files", "folder", "add-pasted", "samples"]) $<HTMLButtonElement>(id).disabled = state.busy;
}

function previewRows(r: Report): Indicator[] {
  return state.onlyTargets ? r.indicators.filter((i) => i.kind === "target") : r.indicators;
}

function renderPreview(): void {
  const selected = state.reports.find((p) => p.report.id === state.selected)?.report;
  $("preview-section").hidden = !selected;
  const body = $<HTMLTableElement>("preview").tBodies[0]!;
  if (!selected) return void body.replaceChildren();
  const w = m.pane;
  const l = m.labels;
  const name = `${selected.meta.body ?? "?"} · ${selected.source}`;
  $("preview-title").textContent = w.previewOf(name);
  $("preview-caption").textContent = w.previewOf(name);
  const rows = previewRows(selected);
  $("shown").textContent = w.shown(rows.length, selected.indicators.length);
  body.replaceChildren(
    ...rows.map((r, k) =>
      element(
        "tr",
        { tabIndex: k === Math.max(state.row, 0) ? 0 : -1, className: k === state.row ? "selected" : "" },
        ...[
          r.name,
          `${r.value}`,
          r.unit,
          `${r.year ?? ""}`,
          l.kind[r.kind],
          l.measure[r.measure],
          m.reasons(r.why),
        ].map((cell) => element("td", {}, cell)),
      ),
    ),
  );
  showSentence(rows[state.row]);
}

/** Shows a record's source sentence with its figure marked. */
function showSentence(r: Indicator | undefined): void {
  const box = $("sentence");
  if (!r) return void box.replaceChildren(element("span", { className: "muted" }, m.pane.sentenceHint));
  const at = r.sentence.indexOf(r.quote);
  const parts =
    at < 0
      ? [r.sentence]
      : [r.sentence.slice(0, at), element("mark", {}, r.quote), r.sentence.slice(at + r.quote.length)];
  box.replaceChildren(element("strong", {}, `${m.pane.sentence}：`), ...parts);
}

function selectRow(k: number, focus: boolean): void {
  const rows = $<HTMLTableElement>("preview").tBodies[0]!.rows;
  if (!rows.length) return;
  state.row = Math.max(0, Math.min(k, rows.length - 1));
  renderPreview();
  if (focus) rows[state.row]!.focus();
}

async function busy(work: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  render();
  setStatus(m.pane.working);
  setProgress("unknown");
  try {
    await work();
  } catch (e) {
    const { describeExcelError, debugInfoOf } = await import("../excel/errors.ts");
    if (host.excel && (e as { code?: string }).code) console.error("Excel error", debugInfoOf(e));
    setStatus(
      host.excel && (e as { code?: string }).code
        ? describeExcelError(e, lang)
        : e instanceof Error
          ? e.message
          : String(e),
      "error",
    );
  } finally {
    state.busy = false;
    setProgress(null);
    render();
  }
}

async function writeToExcel(only: SheetKey[] | undefined, withStored: boolean): Promise<void> {
  const w = m.pane;
  if (!host.excel) return setStatus(w.needExcel, "error");
  const { applyPlan } = await import(/* webpackChunkName: "excel" */ "../excel/writer.ts");
  const { readStoredReports } = await import(/* webpackChunkName: "excel" */ "../excel/stored.ts");
  const { readCorrectionsTable, readSynonymsTable } = await import(
    /* webpackChunkName: "excel" */ "../excel/corrections.ts"
  );
  await Excel.run(async (context) => {
    if (withStored) {
      await gazetteerReady();
      const stored = await readStoredReports(context);
      const fresh = new Set(state.reports.map((r) => r.report.id));
      const kept = stored
        .filter((s) => !fresh.has(s.id))
        .map((s) => ({ report: parseReport(s.text, { source: s.source, gazetteer }), text: s.text }));
      state.reports = [...kept, ...state.reports];
      if (stored.length) setStatus(w.stored(stored.length));
    }
    if (!state.reports.length) throw new Error(w.needReports);
    // The user's 校正 and 同义词 rows are applied and written back (a rebuild never loses them).
    const corrections = await readCorrectionsTable(context);
    const synonyms = await readSynonymsTable(context);
    const plan = planWorkbook(state.reports, { lang, corrections, synonyms });
    const result = await applyPlan(context, plan, {
      only,
      requirements: Office.context.requirements,
      progress: setProgress,
    });
    const notes = [w.loaded(result.rows)];
    if (result.renamed.length) notes.push(w.renamed(result.renamed.map((k) => result.sheets[k]).join("、")));
    if (result.pivot === "created" || result.pivot === "refreshed") notes.push(w.pivotDone);
    if (result.pivot === "unsupported") notes.push(w.pivotUnsupported);
    setStatus(notes.join("\n"), result.pivot === "unsupported" ? "error" : "ok");
  });
}

function wire(): void {
  const pick = (id: string, fromFolder: boolean) => {
    const input = $<HTMLInputElement>(id);
    input.onchange = () => {
      const files = Array.from(input.files ?? []);
      input.value = "";
      if (files.length) void busy(() => addFiles(files, fromFolder));
    };
  };
  pick("files", false);
  pick("folder", true);
  $("add-pasted").onclick = () => {
    const box = $<HTMLTextAreaElement>("paste");
    if (!box.value.trim()) {
      setStatus(m.pane.emptyPaste, "error");
      return box.focus();
    }
    state.pasted++;
    const text = box.value;
    void busy(async () => {
      await gazetteerReady();
      const added = await addReports(state.reports, [{ text, name: `${m.pane.pasteName(state.pasted)}.txt` }], {
        gazetteer,
      });
      if (added.reports.length) box.value = "";
      report(added);
    });
  };
  $("samples").onclick = () =>
    void busy(async () => {
      const { SAMPLES } = await import(/* webpackChunkName: "samples" */ "./samples.ts");
      await gazetteerReady();
      const named = SAMPLES.map((text) => {
        const meta = parseReport(text, { gazetteer }).meta;
        return {
          text,
          name: `${m.pane.sampleName(meta.body ?? m.pane.sampleBody, meta.reviewYear, meta.planYear)}.txt`,
        };
      });
      report(await addReports(state.reports, named, { gazetteer }));
    });
  $("clear").onclick = () => {
    state.cleared = state.reports;
    state.reports = [];
    state.selected = null;
    render();
    setStatus(m.pane.cleared(state.cleared.length), "info", true);
    $("undo").focus();
  };
  $("undo").onclick = () => {
    state.reports = [...state.cleared, ...state.reports];
    setStatus(m.pane.restored(state.cleared.length), "ok");
    state.cleared = [];
    render();
  };
  $<HTMLInputElement>("only-targets").onchange = (e) => {
    state.onlyTargets = (e.target as HTMLInputElement).checked;
    state.row = -1;
    renderPreview();
  };
  const body = $<HTMLTableElement>("preview").tBodies[0]!;
  body.onclick = (e) => {
    const tr = (e.target as HTMLElement).closest("tr");
    if (tr) selectRow(tr.sectionRowIndex, true);
  };
  body.onkeydown = (e) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const k = Math.max(state.row, 0);
    if (e.key in moves) selectRow(k + moves[e.key]!, true);
    else if (e.key === "Home") selectRow(0, true);
    else if (e.key === "End") selectRow(body.rows.length - 1, true);
    else if (e.key === "Enter" || e.key === " ") selectRow(k, true);
    else return;
    e.preventDefault();
  };
  $("load").onclick = () => void busy(() => writeToExcel(["indicators", "reports", "sources"], false));
  $("template").onclick = () => void busy(() => writeToExcel(["goals"], false));
  $("refresh").onclick = () => void busy(() => writeToExcel(undefined, true));
  $("pivot").onclick = () => void busy(() => writeToExcel(["pivot", "pivotByBody"], false));
  $("download").onclick = () =>
    void busy(async () => {
      if (!state.reports.length) throw new Error(m.pane.needReports);
      const name = "zhibiao-comparison.xlsx";
      await downloadWorkbook(planWorkbook(state.reports, { lang }), name);
      setStatus(m.pane.downloaded(name), "ok");
    });
}

async function start(): Promise<void> {
  wire();
  void gazetteerReady();
  applyWords();
  render();
  host = await detectHost(window.zhibiaoOfficeFailed ?? Promise.resolve(false));
  lang = langOf(host.locale);
  m = messagesFor(lang);
  applyWords();
  const w = m.pane;
  $("mode").textContent = host.excel ? "" : host.officeMissing ? `${w.officeMissing} ${w.standalone}` : w.standalone;
  $("mode").hidden = host.excel;
  document.body.dataset.ready = host.excel ? "excel" : "standalone";
  render();
}

void start();
