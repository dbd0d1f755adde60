// Plain-text tables for the terminal, aligned for CJK (full-width characters take two columns).
import type { Report } from "../report/index.ts";

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function fit(s: string, width: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) {
      out = out.slice(0, -1) + "…";
      w = width;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + " ".repeat(Math.max(0, width - w));
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidth = 36): string {
  const widths = header.map((h, c) =>
    Math.min(maxWidth, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? "")))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => fit(cell, widths[c]!))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const KIND_LABEL = { actual: "实际", target: "目标", forecast: "预计" } as const;
const MEASURE_LABEL = { level: "数值", yoy: "同比", mom: "环比", rank: "排名", other: "其他" } as const;

export function renderReport(report: Report): string {
  const m = report.meta;
  const head = [
    `■ ${report.source}  ${m.title ?? ""}`.trimEnd(),
    `  主体 ${m.body ?? "?"}${m.parent ? `（${m.parent}）` : ""}  总结年度 ${m.reviewYear ?? "-"}  计划年度 ${m.planYear ?? "-"}  发布 ${m.published ?? "-"}  指标 ${report.indicators.length} 条`,
    ...report.warnings.map((w) => `  ⚠ ${w}`),
  ];
  const rows = report.indicators.map((r) => [
    r.name,
    `${r.value}`,
    r.unit,
    MEASURE_LABEL[r.measure],
    KIND_LABEL[r.kind],
    r.period ?? "",
    r.canonical ?? "",
  ]);
  return [...head, "", renderTable(["指标", "数值", "单位", "度量", "类型", "时期", "标准指标"], rows)].join("\n");
}
