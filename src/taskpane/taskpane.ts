// The task pane: add reports (files, paste, samples), preview their indicators, write the workbook
// into Excel (载入指标, 生成目标对比, 刷新, 数据透视) or download it as .xlsx.
import { parseReport, type Report } from "../report/index.ts";
import { readReportBytes } from "../source/index.ts";
import { planWorkbook, type ParsedReport } from "../workbook/plan.ts";
import type { Lang, SheetKey } from "../workbook/types.ts";
import { detectHost, type Host } from "./host.ts";
import { langOf, messagesFor, type PaneWords as Words } from "../messages/index.ts";
import { downloadWorkbook } from "./download.ts";
import { labelsFor } from "../workbook/labels.ts";
import { loadGazetteer, type Gazetteer } from "../gazetteer/index.ts";

declare global {
  interface Window {
    /** Set by the page when office.js fails to load. */
    zhibiaoOfficeFailed?: Promise<boolean>;
  }
}

const state = { reports: [] as ParsedReport[], pasted: 0, selected: -1, busy: false };
let host: Host = { excel: false, locale: navigator.language, pivotSupported: false, officeMissing: false };
let lang: Lang = langOf(navigator.language);
let w: Words = messagesFor(lang).pane;

/** China's divisions, for each report's body and parent: a chunk of its own, fetched once the pane is up. */
let gazetteer: Gazetteer | undefined;
const gazetteerReady = () => loadGazetteer().then((g) => (gazetteer = g));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function setStatus(message: string, kind: "info" | "error" | "ok" = "info"): void {
  const el = $("status");
  el.textContent = message;
  el.className = `status ${kind}`;
}

function setProgress(fraction: number | null): void {
  const bar = $<HTMLProgressElement>("progress");
  bar.hidden = fraction === null;
  if (fraction !== null) bar.value = fraction;
}

function applyWords(): void {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => {
    const value = w[el.dataset.i18n as keyof Words];
    if (typeof value === "string") el.textContent = value;
  });
  $<HTMLTextAreaElement>("paste").placeholder = w.pastePlaceholder;
}

function addReport(text: string, source: string): Report {
  const report = parseReport(text, { source, gazetteer });
  const existing = state.reports.findIndex((r) => r.report.id === report.id);
  if (existing >= 0) state.reports[existing] = { report, text };
  else state.reports.push({ report, text });
  state.selected = state.reports.findIndex((r) => r.report.id === report.id);
  return report;
}

function summary(added: Report[]): void {
  setStatus(
    w.parsed(
      added.length,
      added.reduce((n, r) => n + r.indicators.length, 0),
    ),
    "ok",
  );
  render();
}

async function addFiles(files: FileList): Promise<void> {
  const added: Report[] = [];
  const problems: string[] = [];
  await gazetteerReady();
  for (const file of Array.from(files)) {
    try {
      const { text } = readReportBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      added.push(addReport(text, file.name));
    } catch (e) {
      problems.push(w.failed(file.name, e instanceof Error ? e.message : String(e)));
    }
  }
  summary(added);
  if (problems.length) setStatus(problems.join("\n"), "error");
}

function render(): void {
  const list = $("report-list");
  list.replaceChildren();
  if (!state.reports.length) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = w.none;
    list.append(li);
  }
  state.reports.forEach(({ report }, k) => {
    const li = document.createElement("li");
    li.className = k === state.selected ? "selected" : "";
    const count = (kind: string) => report.indicators.filter((i) => i.kind === kind).length;
    const m = report.meta;
    li.innerHTML = "";
    const title = document.createElement("button");
    title.className = "report-title";
    title.textContent = `${m.body ?? "?"} · ${report.source}`;
    title.onclick = () => {
      state.selected = k;
      render();
    };
    const facts = document.createElement("div");
    facts.className = "facts";
    facts.textContent =
      `${w.review} ${m.reviewYear ?? "-"} · ${w.plan} ${m.planYear ?? "-"} · ${report.indicators.length} ${w.records}` +
      ` (${w.actual} ${count("actual")} / ${w.target} ${count("target")} / ${w.forecast} ${count("forecast")})`;
    const remove = document.createElement("button");
    remove.className = "link";
    remove.textContent = w.remove;
    remove.onclick = () => {
      state.reports.splice(k, 1);
      state.selected = Math.min(state.selected, state.reports.length - 1);
      render();
    };
    li.append(title, facts);
    for (const warning of report.warnings) {
      const p = document.createElement("div");
      p.className = "warning";
      p.textContent = `⚠ ${messagesFor(lang).warning(warning)}`;
      li.append(p);
    }
    li.append(remove);
    list.append(li);
  });
  renderPreview();
  const none = !state.reports.length;
  for (const id of ["load", "template", "refresh", "pivot"])
    $<HTMLButtonElement>(id).disabled = state.busy || !host.excel;
  $<HTMLButtonElement>("download").disabled = state.busy || none;
}

function renderPreview(): void {
  const table = $<HTMLTableElement>("preview");
  const body = table.tBodies[0]!;
  body.replaceChildren();
  const selected = state.reports[state.selected];
  $("preview-section").hidden = !selected;
  if (!selected) return;
  for (const r of selected.report.indicators) {
    const tr = document.createElement("tr");
    const labels = labelsFor(lang);
    for (const cell of [
      r.name,
      `${r.value}`,
      r.unit,
      r.measure === "level" ? "" : labels.measure[r.measure],
      labels.kind[r.kind],
    ]) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    tr.title = r.sentence;
    body.append(tr);
  }
}

async function busy(work: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  render();
  setStatus(w.working);
  setProgress(0);
  try {
    await work();
  } catch (e) {
    const { describeExcelError } = await import("../excel/errors.ts");
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
  if (!host.excel) return setStatus(w.needExcel, "error");
  const { applyPlan } = await import(/* webpackChunkName: "excel" */ "../excel/writer.ts");
  const { readStoredReports } = await import(/* webpackChunkName: "excel" */ "../excel/stored.ts");
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
    const plan = planWorkbook(state.reports, { lang });
    const result = await applyPlan(context, plan, { only, pivotSupported: host.pivotSupported, progress: setProgress });
    const notes = [w.loaded(result.rows)];
    if (result.renamed.length) notes.push(w.renamed(result.renamed.map((k) => result.sheets[k]).join("、")));
    if (result.pivot === "created" || result.pivot === "refreshed") notes.push(w.pivotDone);
    if (result.pivot === "unsupported") notes.push(w.pivotUnsupported);
    setStatus(notes.join("\n"), result.pivot === "unsupported" ? "error" : "ok");
  });
}

function wire(): void {
  $<HTMLInputElement>("files").onchange = (e) => {
    const files = (e.target as HTMLInputElement).files;
    if (files?.length) void addFiles(files);
  };
  $("add-pasted").onclick = () => {
    const box = $<HTMLTextAreaElement>("paste");
    if (!box.value.trim()) return;
    state.pasted++;
    summary([addReport(box.value, `${w.pasteName(state.pasted)}.txt`)]);
    box.value = "";
  };
  $("samples").onclick = () =>
    void busy(async () => {
      const { SAMPLES } = await import(/* webpackChunkName: "samples" */ "./samples.ts");
      await gazetteerReady();
      summary(SAMPLES.map((s) => addReport(s.text, s.name)));
    });
  $("load").onclick = () => void busy(() => writeToExcel(["indicators", "reports", "sources"], false));
  $("template").onclick = () => void busy(() => writeToExcel(["goals"], false));
  $("refresh").onclick = () => void busy(() => writeToExcel(undefined, true));
  $("pivot").onclick = () => void busy(() => writeToExcel(["pivot"], false));
  $("download").onclick = () =>
    void busy(async () => {
      if (!state.reports.length) throw new Error(w.needReports);
      const name = "zhibiao-comparison.xlsx";
      await downloadWorkbook(planWorkbook(state.reports, { lang }), name);
      setStatus(w.downloaded(name), "ok");
    });
}

async function start(): Promise<void> {
  wire();
  void gazetteerReady();
  applyWords();
  render();
  host = await detectHost(window.zhibiaoOfficeFailed ?? Promise.resolve(false));
  lang = langOf(host.locale);
  w = messagesFor(lang).pane;
  applyWords();
  $("mode").textContent = host.excel ? "" : host.officeMissing ? `${w.officeMissing} ${w.standalone}` : w.standalone;
  $("mode").hidden = host.excel;
  document.body.dataset.ready = host.excel ? "excel" : "standalone";
  render();
}

void start();
