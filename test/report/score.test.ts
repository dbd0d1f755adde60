// The extraction score on the sample reports, computed by the shared scorer, must stay above the bar.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../../src/report/index.ts";

const root = new URL("../..", import.meta.url).pathname;
const shared = join(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");

describe.runIf(existsSync(scorer))("score on the sample reports", () => {
  it("meets value F1 ≥ 0.98, full F1 ≥ 0.93, kind ≥ 0.97, target F1 ≥ 0.90, meta ≥ 0.90", () => {
    const seeds = readdirSync(join(root, "seeds"))
      .filter((f) => f.endsWith(".txt"))
      .sort();
    const reports = seeds.map((f) => parseReport(readFileSync(join(root, "seeds", f), "utf8"), { source: f }));
    const pred = join(mkdtempSync(join(tmpdir(), "zb-score-")), "pred.json");
    writeFileSync(pred, JSON.stringify({ reports }));
    const out = execFileSync("node", [scorer, "--gold", join(shared, "gold"), "--pred", pred, "--json"], {
      encoding: "utf8",
    });
    const { summary } = JSON.parse(out);
    expect(summary.docs).toBe(5);
    expect(summary.value.f1).toBeGreaterThanOrEqual(0.98);
    expect(summary.full.f1).toBeGreaterThanOrEqual(0.93);
    expect(summary.kindAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(summary.targetF1).toBeGreaterThanOrEqual(0.9);
    expect(summary.metaAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
