import { readdirSync, readFileSync } from "node:fs";
import { parseReport } from "./src/report/index.ts";
const seeds = readdirSync("seeds").map((f) => readFileSync("seeds/" + f, "utf8"));
const bytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0) / 5;
for (let k = 0; k < 300; k++) parseReport(seeds[k % 5]!, { source: "w.txt" });
const out: number[] = [];
for (let run = 0; run < 5; run++) {
  const c0 = process.cpuUsage();
  for (let k = 0; k < 500; k++) parseReport(seeds[k % 5]!, { source: "x.txt" });
  const c = process.cpuUsage(c0);
  out.push((c.user + c.system) / 1000 / 500);
}
out.sort((a, b) => a - b);
console.log("cpu ms/report min", out[0]!.toFixed(3), "median", out[2]!.toFixed(3), "→", (bytes / 1048576 / (out[2]! / 1000)).toFixed(1), "MB/s");
