import { describe, expect, it } from "vitest";
import { zhibiao } from "../support/cli.ts";
import { mkdtemp, readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SHEETS_ZH } from "../support/sheets.ts";

describe("zhibiao build", () => {
  it("builds the workbook from a folder and prints a summary", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "zb-build-")), "sub", "comparison.xlsx");
    const { code, stdout } = await zhibiao("build", "seeds", "test/fixtures", "-o", out);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    expect(stdout).toMatch(/报告 6 份，指标 \d+ 条，目标 \d+ 条，其中已找到实际值 \d+ 条/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS_ZH);
  });

  it("writes English sheet names with --lang en", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "zb-build-")), "en.xlsx");
    expect((await zhibiao("build", "seeds/003_56b0c7f3c4912e2a.txt", "--lang", "en", "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.name).toBe("Goals vs results");
  });

  it("lists unreadable and empty reports in 报告, skips them, says which, and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-bad-"));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "binary.txt"), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 7)));
    const out = join(dir, "out.xlsx");
    const { code, stderr, stdout } = await zhibiao("build", "seeds/003_56b0c7f3c4912e2a.txt", dir, "-o", out);
    expect(code).toBe(1);
    expect(stderr).toContain("empty.txt");
    expect(stderr).toContain("binary.txt");
    expect(stdout).toContain("跳过 2 个文件");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sources = wb.getWorksheet("报告")!.getColumn(1).values.slice(2);
    expect(sources).toEqual(["003_56b0c7f3c4912e2a", expect.stringContaining("binary.txt"), "empty.txt"]);
  });

  it("leaves what was at the output path untouched, and no temp file, when the new workbook cannot be put there", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zb-keep-"));
    const out = join(dir, "comparison.xlsx");
    await mkdir(out);
    await writeFile(join(out, "notes.txt"), "the user's file");
    const { code, stderr } = await zhibiao("build", "seeds/003_56b0c7f3c4912e2a.txt", "-o", out);
    expect(code).toBe(3);
    expect(stderr).toContain("未被改动");
    expect(await readFile(join(out, "notes.txt"), "utf8")).toBe("the user's file");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
