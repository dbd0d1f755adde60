// The reports a workbook carries: texts from the hidden 来源 sheet, file names from 报告 (for 刷新).
import { TABLE_NAMES } from "../workbook/plan.ts";
import { REGISTRY_SETTING } from "./writer.ts";

export interface StoredReport {
  id: string;
  source: string;
  text: string;
}

export async function readStoredReports(context: Excel.RequestContext): Promise<StoredReport[]> {
  const setting = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return [];
  const registry = JSON.parse(String(setting.value)) as Record<string, string>;
  if (!registry.sources) return [];
  const sheets = context.workbook.worksheets;
  const sources = sheets.getItem(registry.sources).tables.getItemOrNullObject(TABLE_NAMES.sources);
  const reports = registry.reports
    ? sheets.getItem(registry.reports).tables.getItemOrNullObject(TABLE_NAMES.reports)
    : null;
  await context.sync();
  if (sources.isNullObject) return [];
  const textBody = sources.getDataBodyRange();
  textBody.load("values");
  const reportBody = reports && !reports.isNullObject ? reports.getDataBodyRange() : null;
  reportBody?.load("values");
  await context.sync();
  const names = new Map((reportBody?.values ?? []).map((r) => [String(r[0]), String(r[1])]));
  const parts = new Map<string, { part: number; text: string }[]>();
  for (const [id, part, text] of textBody.values) {
    if (id === "" || id === null) continue;
    const list = parts.get(String(id)) ?? [];
    list.push({ part: Number(part), text: String(text) });
    parts.set(String(id), list);
  }
  return [...parts].map(([id, list]) => ({
    id,
    source: names.get(id) ?? `${id}.txt`,
    text: list
      .sort((a, b) => a.part - b.part)
      .map((p) => p.text)
      .join(""),
  }));
}
