// The extraction score on the sample reports and on the development report with gold, computed by the
// shared scorer, must stay above the bar.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../../src/report/index.ts";

const root = new URL("../..", import.meta.url).pathname;
const shared = join(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");

interface Summary {
  docs: number;
  value: { f1: number };
  full: { f1: number };
  kindAccuracy: number;
  targetF1: number;
  metaAccuracy: number;
  nameAccuracy: number;
}

/** Parses the .txt files of `dir` named in `goldDir` and scores them. */
function score(dir: string, goldDir: string): Summary {
  const gold = new Set(readdirSync(goldDir).map((f) => f.replace(/\.json$/, "")));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && gold.has(f))
    .sort();
  const reports = files.map((f) => parseReport(readFileSync(join(dir, f), "utf8"), { source: f }));
  const pred = join(mkdtempSync(join(tmpdir(), "zb-score-")), "pred.json");
  writeFileSync(pred, JSON.stringify({ reports }));
  const out = execFileSync("node", [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8" });
  return JSON.parse(out).summary as Summary;
}

describe.runIf(existsSync(scorer))("score against gold", () => {
  it("on the samples: value F1 ≥ 0.99, full F1 ≥ 0.97, kind ≥ 0.99, target F1 ≥ 0.98, meta ≥ 0.90, names ≥ 0.90", () => {
    const s = score(join(root, "seeds"), join(shared, "gold"));
    expect(s.docs).toBe(5);
    expect(s.value.f1).toBeGreaterThanOrEqual(0.99);
    expect(s.full.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(s.targetF1).toBeGreaterThanOrEqual(0.98);
    expect(s.metaAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.nameAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.runIf(existsSync(join(shared, "dev", "gold")))(
    "on the development report: value F1 ≥ 0.97, kind ≥ 0.97, target F1 ≥ 0.95, names ≥ 0.85",
    () => {
      const s = score(join(shared, "dev", "raw"), join(shared, "dev", "gold"));
      expect(s.docs).toBeGreaterThanOrEqual(1);
      expect(s.value.f1).toBeGreaterThanOrEqual(0.97);
      expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.97);
      expect(s.targetF1).toBeGreaterThanOrEqual(0.95);
      expect(s.nameAccuracy).toBeGreaterThanOrEqual(0.85);
    },
  );
});
