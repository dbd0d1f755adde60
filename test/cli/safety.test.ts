// The command line never loses work, and says what is wrong with a command line: each case with its
// exit code (0 done, 1 inputs skipped, 2 wrong command line or refused, 3 not written) and its message.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { zhibiao, zhibiaoIn } from "../support/cli.ts";

const SEEDS = resolve("seeds");
const ONE = resolve("seeds/003_56b0c7f3c4912e2a.txt");

/** A folder holding a workbook built from the seeds, as the user's earlier work. */
async function existingWorkbook(): Promise<{ dir: string; out: string; bytes: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), "zb-safe-"));
  const out = join(dir, "keep.xlsx");
  expect((await zhibiao("build", SEEDS, "-o", out)).code).toBe(0);
  return { dir, out, bytes: await readFile(out) };
}

/** chattr +i makes the kernel refuse to replace the file (EPERM), as Windows does for a file Excel has open. */
function lockFile(path: string): boolean {
  try {
    execFileSync("chattr", ["+i", path], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("zhibiao build never loses work", () => {
  it("refuses (exit 2, nothing written) to replace a workbook with one that has no reports (a typo in the input)", async () => {
    const { dir, out, bytes } = await existingWorkbook();
    const { code, stdout, stderr } = await zhibiaoIn(dir, "build", "seedz", "-o", "keep.xlsx");
    expect(code).toBe(2);
    expect(stderr).toContain("✗ 已跳过 seedz：找不到文件");
    expect(stderr).toContain(`未写入：没有读到任何报告，不会用空工作簿替换已有的 ${out}`);
    expect(stdout).toBe("");
    expect(await readFile(out)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(["keep.xlsx"]);
  });

  it("still writes a new workbook listing the unreadable inputs when nothing is replaced (exit 1)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-safe-"));
    const { code, stderr } = await zhibiaoIn(dir, "build", "seedz", "-o", "new.xlsx");
    expect(code).toBe(1);
    expect(stderr).toContain("seedz");
    expect((await stat(join(dir, "new.xlsx"))).size).toBeGreaterThan(1000);
  });

  it("refuses a read-only output (exit 2) unless --force", async () => {
    const { dir, out, bytes } = await existingWorkbook();
    await chmod(out, 0o444);
    const refused = await zhibiao("build", ONE, "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`未写入：${out} 是只读文件。确要替换它，请加 --force。`);
    expect(await readFile(out)).toEqual(bytes);
    const forced = await zhibiao("build", ONE, "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("报告 1 份");
    expect(await readFile(out)).not.toEqual(bytes);
    expect(await readdir(dir)).toEqual(["keep.xlsx"]);
  });

  it("keeps a file that cannot be replaced (open in Excel) and says to close it (exit 3)", async (ctx) => {
    const { dir, out, bytes } = await existingWorkbook();
    if (!lockFile(out)) return ctx.skip();
    try {
      const { code, stderr } = await zhibiao("build", ONE, "-o", out);
      expect(code).toBe(3);
      expect(stderr).toContain(`请先关闭 Excel 中打开的 keep.xlsx（${out}），然后重试。原文件未被改动。`);
      const en = await zhibiao("build", ONE, "-o", out, "--lang", "en");
      expect(en.code).toBe(3);
      expect(en.stderr).toContain("Close keep.xlsx in Excel first");
    } finally {
      execFileSync("chattr", ["-i", out]);
    }
    expect(await readFile(out)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(["keep.xlsx"]);
  });

  it("prints the summary in English under --lang en", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "zb-en-")), "en.xlsx");
    const { code, stdout } = await zhibiao("build", ONE, "--lang", "en", "-o", out);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote .*en\.xlsx\n {2}1 report\(s\), \d+ indicators, \d+ targets, \d+ of them with an actual\n$/,
    );
  });
});

describe("zhibiao command line", () => {
  it.each([[[]], [["build"]], [["parse"]]])("prints usage with exit 0 for %j --help", async (command) => {
    const { code, stdout, stderr } = await zhibiao(...command, "--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      `Usage: zhibiao ${command.length ? `${command[0]} [options] <paths...>` : "[options] [command]"}`,
    );
    expect(stdout).toContain("退出码：0 成功");
  });

  it("prints the help in English with --lang en", async () => {
    const { code, stdout } = await zhibiao("build", "--help", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("replace a read-only output file");
    expect(stdout).toContain("Exit codes: 0 done");
  });

  it.each([
    [["build", SEEDS, "--lang", "fr"], "argument 'fr' is invalid. Allowed choices are zh, en.", "build"],
    [["parse", SEEDS, "--lang", "fr"], "argument 'fr' is invalid", "parse"],
    [["build", SEEDS, "--bogus"], "unknown option '--bogus'", "build"],
    [["parse", "--jsn", SEEDS], "unknown option '--jsn'", "parse"],
    [["build", SEEDS, "-o"], "option '-o, --output <file>' argument missing", "build"],
    [["build", SEEDS, "-o", "--lang", "zh"], "缺少值：这是另一个选项，不是文件名。", "build"],
    [["build"], "missing required argument 'paths'", "build"],
    [["frobnicate"], "unknown command 'frobnicate'", ""],
  ])("%j is an error (exit 2) that writes nothing", async (args, message, command) => {
    const dir = await mkdtemp(join(tmpdir(), "zb-args-"));
    const { code, stdout, stderr } = await zhibiaoIn(dir, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain(`命令行有误。用法见 zhibiao ${command ? `${command} ` : ""}--help`);
    expect(await readdir(dir)).toEqual([]);
  });

  it("exits 1 for parse of an empty file, naming it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-empty-"));
    await writeFile(join(dir, "empty.txt"), " \n");
    const { code, stdout, stderr } = await zhibiao("parse", join(dir, "empty.txt"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("empty.txt：报告为空：文件中没有文字。");
    const en = await zhibiao("parse", join(dir, "empty.txt"), "--lang", "en");
    expect(en.stderr).toContain("empty.txt: The report is empty: the file has no text.");
  });

  it("lists a report with English headers and warnings under --lang en", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-en-"));
    await writeFile(join(dir, "x.txt"), "全区完成投资12亿元。");
    const { code, stdout } = await zhibiao("parse", join(dir, "x.txt"), "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("Body ?");
    expect(stdout).toContain("⚠ The reporting body (street, district, city) was not recognised.");
    expect(stdout).toMatch(/Indicator\s+Value as written\s+Unit as written\s+Measure\s+Kind/);
  });
});
