// Plain-text tables for the terminal, aligned for CJK (full-width characters take two columns).
import type { Report } from "../report/index.ts";
import { messagesFor, type Lang } from "../messages/index.ts";

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

export function renderReport(report: Report, lang: Lang = "zh"): string {
  const { cli, labels, warning } = messagesFor(lang);
  const m = report.meta;
  const head = [
    `■ ${report.source}  ${m.title ?? ""}`.trimEnd(),
    `  ${cli.body} ${m.body ?? "?"}${m.parent ? `（${m.parent}）` : ""}  ${cli.reviewYear} ${m.reviewYear ?? "-"}  ` +
      `${cli.planYear} ${m.planYear ?? "-"}  ${cli.published} ${m.published ?? "-"}  ${cli.records(report.indicators.length)}`,
    ...report.warnings.map((w) => `  ⚠ ${warning(w)}`),
  ];
  const rows = report.indicators.map((r) => [
    r.name,
    `${r.value}`,
    r.unit,
    labels.measure[r.measure],
    labels.kind[r.kind],
    r.period ?? "",
    r.canonical ?? "",
  ]);
  const columns = (["name", "value", "unit", "measure", "kind", "period", "canonical"] as const).map(
    (k) => labels.columns[k]!,
  );
  return [...head, "", renderTable(columns, rows)].join("\n");
}
