// npm run bench: parser throughput and peak memory (and, as they land, the workbook build).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../src/report/index.ts";
import { loadGazetteer } from "../src/gazetteer/index.ts";
import { renderTable } from "../src/cli/table.ts";
import { measure } from "./measure.ts";
import { planWorkbook, type ParsedReport } from "../src/workbook/plan.ts";
import { writeXlsx } from "../src/xlsx/write.ts";
import { nodeDeflate } from "../src/cli/deflate.ts";

const root = new URL("..", import.meta.url).pathname;
const seeds = readdirSync(join(root, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(root, "seeds", f), "utf8"));
const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");
const TARGET_BYTES = 10 * 1024 * 1024;

const rows: string[][] = [];
// As the CLI parses: with the gazetteer (loaded once, before the clock starts).
const gazetteer = await loadGazetteer();

// Many reports, as a user loads them: the seeds again and again until ≥ 10 MB.
const batch: string[] = [];
let batchBytes = 0;
while (batchBytes < TARGET_BYTES) {
  const text = seeds[batch.length % seeds.length]!;
  batch.push(text);
  batchBytes += utf8Bytes(text);
}
// Cold: the first run, JIT warm-up included. Warm: the median of the five runs after it (range shown).
// Settled: the median of the five after those, when V8 has had time to finish re-optimising (it can keep
// improving the parser's code over the first few 10 MB runs).
const RUNS = 5;
let records = 0;
const parseAll = () => {
  records = 0;
  for (let i = 0; i < batch.length; i++)
    records += parseReport(batch[i]!, { source: `r${i}.txt`, gazetteer }).indicators.length;
};
const cold = await measure(parseAll);
const mbps = (m: { seconds: number }) => (batchBytes / 1048576 / m.seconds).toFixed(1);
rows.push([
  `parse ${batch.length} reports, cold`,
  `${(batchBytes / 1048576).toFixed(1)} MB`,
  cold.seconds.toFixed(2),
  (batchBytes / 1048576 / cold.seconds).toFixed(1),
  cold.peakRssMB.toFixed(0),
  `${records} records`,
]);
for (const [label, passes] of [
  ["warm", "2–6"],
  ["settled", "7–11"],
] as const) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await measure(parseAll, { collectFirst: false }));
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[Math.floor(RUNS / 2)]!;
  rows.push([
    `parse ${batch.length} reports, ${label} (runs ${passes})`,
    `${(batchBytes / 1048576).toFixed(1)} MB`,
    median.seconds.toFixed(2),
    mbps(median),
    median.peakRssMB.toFixed(0),
    `${records} records; runs ${mbps(runs[RUNS - 1]!)}–${mbps(runs[0]!)} MB/s`,
  ]);
}

// One very long text: the seeds joined into a single ≥ 10 MB report.
const long = batch.join("\n");
let longRecords = 0;
const one = await measure(
  () => {
    longRecords = parseReport(long, { source: "long.txt", gazetteer }).indicators.length;
  },
  { collectFirst: false },
);
rows.push([
  "parse one 10 MB text",
  `${(utf8Bytes(long) / 1048576).toFixed(1)} MB`,
  one.seconds.toFixed(2),
  (utf8Bytes(long) / 1048576 / one.seconds).toFixed(1),
  one.peakRssMB.toFixed(0),
  `${longRecords} records`,
]);

// 1,000 reports → the comparison workbook: seed texts under generated bodies and shifted years.
const NAME_CHARS = "东南西北中新和平安康长乐永宁华兴文明秀湖江山河海";
const REPORTS = 1000;
const varied: { text: string; source: string }[] = [];
for (let k = 0; k < REPORTS; k++) {
  const seed = seeds[k % seeds.length]!;
  const body = parseReport(seed, { source: "s.txt" }).meta.body ?? "新城街道";
  const name =
    NAME_CHARS[k % NAME_CHARS.length]! +
    NAME_CHARS[Math.floor(k / NAME_CHARS.length) % NAME_CHARS.length]! +
    NAME_CHARS[Math.floor(k / 576) % NAME_CHARS.length]!;
  const shift = Math.floor(k / seeds.length) % 8;
  const text = seed
    .split(body)
    .join(`${name}街道`)
    .replace(/(20\d\d)年/g, (_, y: string) => `${Number(y) + shift}年`);
  varied.push({ text, source: `r${String(k).padStart(4, "0")}.txt` });
}
let xlsxBytes = 0;
let planned = { records: 0, targets: 0, targetsMatched: 0 };
const xlsx = await measure(async () => {
  const parsed: ParsedReport[] = varied.map((v) => ({
    report: parseReport(v.text, { source: v.source }),
    text: v.text,
  }));
  const plan = planWorkbook(parsed);
  planned = plan.summary;
  xlsxBytes = (await writeXlsx(plan, { deflateRaw: nodeDeflate })).length;
});
rows.push([
  `${REPORTS} reports → .xlsx`,
  `${(varied.reduce((n, v) => n + utf8Bytes(v.text), 0) / 1048576).toFixed(1)} MB`,
  xlsx.seconds.toFixed(2),
  "",
  xlsx.peakRssMB.toFixed(0),
  `${(xlsxBytes / 1048576).toFixed(1)} MB xlsx, ${planned.records} rows, ${planned.targetsMatched}/${planned.targets} goals matched`,
]);

console.log(renderTable(["benchmark", "input", "seconds", "MB/s", "peak RSS MB", "output"], rows, 40));
console.log(`\nnode ${process.version}, one core (the parser is single-threaded)`);
