import { describe, expect, it } from "vitest";
import { zhibiao } from "../support/cli.ts";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("zhibiao parse", () => {
  it("expands a folder and prints {reports} as JSON with file names as sources", async () => {
    const { code, stdout } = await zhibiao("parse", "seeds", "--json");
    expect(code).toBe(0);
    const { reports } = JSON.parse(stdout) as { reports: { source: string; indicators: unknown[] }[] };
    expect(reports.map((r) => r.source)).toEqual([
      "000_e503b99b59d123f0.txt",
      "001_0e7a08fd52921b11.txt",
      "002_0cdd634d9f14d8d9.txt",
      "003_56b0c7f3c4912e2a.txt",
      "004_191eb5bed6b7048b.txt",
    ]);
    expect(reports.every((r) => r.indicators.length > 30)).toBe(true);
  });

  it("reports a missing file by name, still parses the others, and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-"));
    const good = join(dir, "good.txt");
    await writeFile(good, "全年新增就业岗位300个。");
    const { code, stdout, stderr } = await zhibiao("parse", join(dir, "missing.txt"), good, "--json");
    expect(code).toBe(1);
    expect(stderr).toContain("missing.txt");
    expect(stderr).toContain("找不到文件");
    expect(JSON.parse(stdout).reports[0].indicators[0].quote).toBe("300个");
  });

  it("gives each record's 依据 as text in the --lang language and as codes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-"));
    const file = join(dir, "plan.txt");
    await writeFile(file, "一、2024年工作总结\n完成投资1亿元。\n二、2025年工作计划\n力争新增企业20家。");
    const record = async (...lang: string[]) => {
      const { stdout } = await zhibiao("parse", file, "--json", ...lang);
      return JSON.parse(stdout).reports[0].indicators.find((r: { quote: string }) => r.quote === "20家");
    };
    const zh = await record();
    expect(zh.why).toBe("目标词“力争”；计划年");
    expect(zh.reasons).toEqual([{ code: "cue-target", word: "力争" }, { code: "year-plan" }]);
    expect((await record("--lang", "en")).why).toBe("target word “力争”; plan year");
  });

  it("prints a readable table per report without --json", async () => {
    const { code, stdout } = await zhibiao("parse", "seeds/003_56b0c7f3c4912e2a.txt");
    expect(code).toBe(0);
    expect(stdout).toContain("主体 东柳街道");
    expect(stdout).toMatch(/地区生产总值\s+60\.3\s+亿元\s+数值\s+实际/);
  });

  it("explains its usage on a wrong command", async () => {
    const { code, stderr } = await zhibiao("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("用法见 zhibiao --help");
  });
});
