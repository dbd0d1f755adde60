// 目标对比: one row per target, laid out for an analyst. The pairing (src/compare) decides which record answers a
// target and writes that record's id in the row (配对记录); the sheet's formulas look the id up in 指标 with
// INDEX/MATCH, so a typed 手工实际值 or a re-written 指标 recalculates in Excel and LibreOffice.
import type { GoalPair, Identity } from "../compare/index.ts";
import { SCOPE_WORDS } from "../compare/lexicon.ts";
import type { Qualifier } from "../report/index.ts";
import type { CellValue, ColumnPlan, SheetPlan } from "./types.ts";
import type { Labels } from "./labels.ts";
import { columnLetter, safeText, str } from "./cells.ts";
import { col, INT, NUM, type KeptTable } from "./columns.ts";
import { headerStyle, printColumns } from "./styles.ts";

/** Empty rows at the end of 目标对比 for goals typed by hand, with the same formulas. */
export const MANUAL_GOAL_ROWS = 10;
/** ≈ (左右) is met within this many percentage points below a rate target … */
export const APPROX_POINTS = 0.5;
/** … or this share below a level target. */
export const APPROX_SHARE = 0.05;
/** Columns printed (body … match): the technical ones after them stay on screen only. */
const PRINTED_COLUMNS = 14;

export const DIRECTION: Record<Qualifier, keyof Labels["direction"]> = {
  at_least: "atLeast",
  exact: "exact",
  approx: "approx",
  at_most: "atMost",
};

export function goalColumns(l: Labels): ColumnPlan[] {
  return [
    col(l, "body", 10),
    col(l, "targetYear", 6, { numFmt: INT }),
    col(l, "indicator", 20),
    col(l, "measure", 6),
    col(l, "direction", 5),
    col(l, "target", 11),
    col(l, "actualText", 11, { role: "formula" }),
    col(l, "actualSource", 16, { role: "formula" }),
    col(l, "manual", 10, { numFmt: NUM, role: "input" }),
    col(l, "completion", 9, { numFmt: "0.0%", role: "formula" }),
    col(l, "gap", 10, { numFmt: "+0.0#;-0.0#;0", role: "formula" }),
    col(l, "status", 8, { role: "formula" }),
    col(l, "notes", 16, { role: "input" }),
    col(l, "match", 16),
    col(l, "actualSentence", 30, { role: "formula", wrap: false }),
    col(l, "name", 16),
    col(l, "sentence", 30, { wrap: false }),
    col(l, "stdUnit", 7),
    col(l, "targetStd", 11, { numFmt: NUM }),
    col(l, "actualStd", 11, { numFmt: NUM, role: "formula" }),
    col(l, "pair", 12),
    col(l, "id", 12),
  ];
}

/** Where 指标's columns stand, for the lookups. */
export interface IndicatorRefs {
  sheet: string;
  letters: Record<string, string>;
}

/** The formulas of one 目标对比 row (row n), with what the plan knows they compute. */
function rowFormulas(n: number, c: Record<string, string>, ind: IndicatorRefs, l: Labels) {
  const at = (key: string) => `${c[key]}${n}`;
  const range = (key: string) => `${ind.sheet}!$${ind.letters[key]}:$${ind.letters[key]}`;
  const found = `MATCH(${at("pair")},${range("id")},0)`;
  const lookup = (key: string) => `INDEX(${range(key)},${found})`;
  const manual = `${at("manual")}<>""`;
  const blank = `${at("id")}&${at("indicator")}&${at("target")}&${at("manual")}=""`;
  const target = `IF(ISNUMBER(${at("targetStd")}),${at("targetStd")},IF(ISNUMBER(${at("target")}),${at("target")},""))`;
  const actual = at("actualStd");
  const isRate = `OR(${at("measure")}=${str(l.measure.yoy)},${at("measure")}=${str(l.measure.mom)},${at("stdUnit")}="%",${at("stdUnit")}="个百分点")`;
  const direction = at("direction");
  const met =
    `IF(${direction}=${str(l.direction.atMost)},ROUND(${actual}-${target},6)<=0,` +
    `IF(${direction}=${str(l.direction.approx)},ROUND(${actual}-${target}+IF(${isRate},${APPROX_POINTS},ABS(${target})*${APPROX_SHARE}),6)>=0,` +
    `ROUND(${actual}-${target},6)>=0))`;
  const incomparable = `OR(${target}="",${at("measure")}=${str(l.measure.rank)},${at("measure")}=${str(l.measure.other)})`;
  return {
    actualStd: `IF(${manual},${at("manual")},IF(${at("pair")}="","",IFERROR(${lookup("stdValue")},"")))`,
    actualText: `IF(${manual},${at("manual")},IF(${at("pair")}="","",IFERROR(${lookup("value")}&${lookup("unit")},"")))`,
    actualSource:
      `IF(${manual},${str(l.source.manual)},IF(${at("pair")}="","",IFERROR(${lookup("report")}&` +
      `IF(${lookup("kind")}=${str(l.kind.forecast)},${str(l.source.preliminarySuffix)},""),"")))`,
    actualSentence: `IF(OR(${manual},${at("pair")}=""),"",IFERROR(${lookup("sentence")},""))`,
    completion: `IF(OR(${actual}="",${target}="",${isRate}),"",IF(${target}=0,"",${actual}/${target}))`,
    gap: `IF(OR(${actual}="",${target}="",NOT(${isRate})),"",${actual}-${target})`,
    status:
      `IF(${blank},"",IF(${incomparable},${str(l.status.incomparable)},IF(${actual}="",${str(l.status.pending)},` +
      `IF(${met},${str(l.status.met)},${str(l.status.missed)}))))`,
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

type FormulaKey = keyof ReturnType<typeof rowFormulas>;

/**
 * What the formulas compute for a pair (so readers that do not recalculate show the same); `manual` is a
 * 手工实际值 the user typed, which wins over the paired record.
 */
function results(pair: GoalPair, l: Labels, manual: CellValue | undefined): Record<FormulaKey, string | number> {
  const t = pair.target.record;
  const typed = typeof manual === "number" ? manual : null;
  const a = typed === null ? (pair.actual?.record ?? null) : null;
  const target = t.standard?.value ?? null;
  const actual = typed ?? (a ? (a.standard?.value ?? null) : null);
  const unit = t.standard?.unit ?? t.unit;
  const measure = pair.identity.measure;
  const isRate = measure === "yoy" || measure === "mom" || unit === "%" || unit === "个百分点";
  const incomparable = target === null || measure === "rank" || measure === "other";
  const diff = actual === null || target === null ? 0 : round6(actual - target);
  const tolerance = isRate ? APPROX_POINTS : Math.abs(target ?? 0) * APPROX_SHARE;
  const met =
    t.qualifier === "at_most" ? diff <= 0 : t.qualifier === "approx" ? round6(diff + tolerance) >= 0 : diff >= 0;
  return {
    actualStd: actual ?? "",
    actualText: typed ?? (a ? `${a.value}${a.unit}` : ""),
    actualSource:
      typed !== null
        ? l.source.manual
        : a
          ? `${pair.actual!.report.source}${pair.preliminary ? l.source.preliminarySuffix : ""}`
          : "",
    actualSentence: a?.sentence ?? "",
    completion: actual === null || target === null || isRate || target === 0 ? "" : actual / target,
    gap: actual === null || target === null || !isRate ? "" : round6(actual - target),
    status: incomparable
      ? l.status.incomparable
      : actual === null
        ? l.status.pending
        : met
          ? l.status.met
          : l.status.missed,
  };
}

/** How the pair was made, in words: canonical name, name similarity with its confidence, by hand; disagreement. */
function matchNote(pair: GoalPair, l: Labels): string {
  if (!pair.actual) return "";
  const how =
    pair.basis === "manual"
      ? l.match.manual
      : pair.basis === "name"
        ? `${l.match.name} ${pair.confidence.toFixed(2)}`
        : l.match.canonical;
  const others = pair.disagreeing.map((f) => `${f.record.value}${f.record.unit}（${f.report.id}）`);
  return others.length ? `${how}；${l.match.disagree}${others.join("、")}` : how;
}

/** An indicator's name with the scope of its figure (城镇新增就业, 高新技术企业（新增）, 地区生产总值（年均）). */
export function scopedName(id: Pick<Identity, "indicator" | "scopes">, l: Labels): string {
  const unsaid = id.scopes.filter((s) => !SCOPE_WORDS[s].some((w) => id.indicator.includes(w)));
  return id.indicator + unsaid.map((s) => l.scope[s]).join("");
}

/** Headline indicators first (in the headline order), then body, year, report and position. */
export function goalOrder(a: GoalPair, b: GoalPair): number {
  const h = (p: GoalPair) => p.identity.headline ?? Number.MAX_SAFE_INTEGER;
  return (
    (h(a) === Number.MAX_SAFE_INTEGER ? 1 : 0) - (h(b) === Number.MAX_SAFE_INTEGER ? 1 : 0) ||
    (a.target.body ?? "").localeCompare(b.target.body ?? "", "zh") ||
    (a.target.record.year ?? Number.MAX_SAFE_INTEGER) - (b.target.record.year ?? Number.MAX_SAFE_INTEGER) ||
    h(a) - h(b) ||
    a.target.report.id.localeCompare(b.target.report.id) ||
    a.target.record.at - b.target.record.at
  );
}

export function goalsSheet(
  pairs: readonly GoalPair[],
  ind: IndicatorRefs,
  l: Labels,
  kept?: KeptTable,
): { sheet: SheetPlan; targets: number; matched: number } {
  const columns = goalColumns(l);
  const userColumns = kept?.userColumns ?? [];
  const allColumns = [...columns, ...userColumns.map((h) => col(l, `user:${h}`, 12, { role: "input", header: h }))];
  const c = Object.fromEntries(allColumns.map((x, i) => [x.key, columnLetter(i)]));
  const sorted = [...pairs].sort(goalOrder);
  const rows: CellValue[][] = [];
  const formulaCells = (n: number, known?: Record<FormulaKey, string | number>) => {
    const f = rowFormulas(n, c, ind, l);
    return (key: string): CellValue => ({ formula: f[key as FormulaKey], result: known?.[key as FormulaKey] ?? "" });
  };
  for (const pair of sorted) {
    const n = rows.length + 2;
    const t = pair.target.record;
    const own = kept?.byId.get(t.id);
    const cell = formulaCells(n, results(pair, l, own?.manual));
    const values: Record<string, CellValue> = {
      body: safeText(pair.target.body),
      targetYear: t.year,
      indicator: safeText(scopedName(pair.identity, l)),
      measure: l.measure[pair.identity.measure],
      direction: l.direction[DIRECTION[t.qualifier]],
      target: safeText(`${t.value}${t.unit}`),
      manual: own?.manual ?? null,
      notes: own?.notes ?? null,
      match: safeText(matchNote(pair, l)),
      name: safeText(t.name),
      sentence: safeText(t.sentence),
      stdUnit: safeText(t.standard?.unit ?? t.unit),
      targetStd: t.standard?.value ?? null,
      pair: safeText(pair.actual?.record.id ?? ""),
      id: safeText(t.id),
    };
    rows.push(
      allColumns.map((x) =>
        x.role === "formula"
          ? cell(x.key)
          : x.key.startsWith("user:")
            ? (own?.[x.key] ?? null)
            : (values[x.key] ?? null),
      ),
    );
  }
  // Goals the user typed in earlier builds, then the empty rows for new ones: same formulas, nothing stray.
  const handRows = [...(kept?.typed ?? []), ...Array.from({ length: MANUAL_GOAL_ROWS }, () => ({}))];
  for (const typed of handRows as Record<string, CellValue>[]) {
    const cell = formulaCells(rows.length + 2);
    rows.push(allColumns.map((x) => (x.role === "formula" ? cell(x.key) : (typed[x.key] ?? null))));
  }
  const sheet: SheetPlan = {
    key: "goals",
    name: l.sheets.goals,
    hidden: false,
    print: printColumns(
      columns.slice(0, PRINTED_COLUMNS).map((x) => x.width),
      1,
    ),
    tabColor: "548235",
    headerStyle: headerStyle("548235"),
    freeze: { rows: 1, columns: 3 },
    table: { name: "tblGoals", style: "TableStyleMedium7", columns: allColumns, rows },
    conditionalFormats: [
      { type: "textEquals", column: "status", text: l.status.met, fill: "C6EFCE", font: "006100" },
      { type: "textEquals", column: "status", text: l.status.missed, fill: "FFC7CE", font: "9C0006" },
      { type: "textEquals", column: "status", text: l.status.pending, fill: "EDEDED", font: "595959" },
      { type: "textEquals", column: "status", text: l.status.incomparable, fill: "FFEB9C", font: "7F6000" },
      { type: "dataBar", column: "completion", color: "5B9BD5" },
    ],
  };
  return { sheet, targets: sorted.length, matched: sorted.filter((p) => p.actual).length };
}
