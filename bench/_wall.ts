import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
const mod = process.argv[2] ?? "../src/report/index.ts";
const { parseReport } = await import(mod);
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join("seeds", f), "utf8"));
const batch: string[] = []; let bytes = 0;
while (bytes < 10 * 1048576) { const t = seeds[batch.length % seeds.length]!; batch.push(t); bytes += Buffer.byteLength(t); }
const out: string[] = [];
for (let r = 0; r < 8; r++) {
  const t0 = performance.now(); const c0 = process.cpuUsage();
  for (let i = 0; i < batch.length; i++) parseReport(batch[i]!, { source: `r${i}.txt` });
  const w = (performance.now() - t0) / 1000; const c = process.cpuUsage(c0);
  out.push(`${(bytes / 1048576 / w).toFixed(1)}w/${(bytes / 1048576 / ((c.user + c.system) / 1e6)).toFixed(1)}c`);
}
console.log(mod, out.join(" "));
