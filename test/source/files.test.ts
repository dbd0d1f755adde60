// Folders searched for reports: recursively to a depth limit, each folder once through any links, a saved
// page's companion folder passed over, and a word for every other file passed over.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expandPaths, MAX_DEPTH, parsePaths } from "../../src/cli/files.ts";

const REPORT = "一、2023年工作总结\n全年新增市场主体1200户，同比增长8.5%。\n";

function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "zb-files-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe("folders of reports", () => {
  it("finds reports in year subfolders, in every supported format, and says why it passes over the rest", async () => {
    const root = tree({
      "2023/东湖街道.txt": REPORT,
      "2023/西湖街道.shtml": `<html><body><p>${REPORT}</p></body></html>`,
      "2024/plan/南湖街道.htm": `<html><body><p>${REPORT}</p></body></html>`,
      "2024/旧报告.doc": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      "2024/图表.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      "2024/页面.html": `<html><body><p>${REPORT}</p></body></html>`,
      "2024/页面_files/style.css": "p { color: red }",
      "2024/页面_files/logo.png": new Uint8Array([0x89, 0x50]),
      "2024/~$旧报告.docx": new Uint8Array([1, 2, 3]),
    });
    const found = await expandPaths([root]);
    expect(found.files.map((f) => relative(root, f))).toEqual([
      "2023/东湖街道.txt",
      "2023/西湖街道.shtml",
      "2024/plan/南湖街道.htm",
      "2024/旧报告.doc",
      "2024/页面.html",
    ]);
    expect(found.notices.map((n) => [relative(root, n.path), n.problem?.code])).toEqual([
      ["2024/图表.png", "skippedType"],
    ]);
    const parsed = await parsePaths([root], "en");
    const doc = parsed.find((p) => p.path.endsWith("旧报告.doc"))!;
    expect(doc.problem?.code).toBe("legacyWord");
    expect(doc.error).toMatch(/save it as \.docx/);
    expect(parsed.filter((p) => p.report?.indicators.length === 2)).toHaveLength(4);
  });

  it("stops at the depth limit and follows a link back up only once", async () => {
    const deep = Array.from({ length: MAX_DEPTH + 2 }, (_, k) => `d${k}`).join("/");
    const root = tree({ "top.txt": REPORT, [`${deep}/deep.txt`]: REPORT, "a/b/inner.txt": REPORT });
    symlinkSync(join(root, "a"), join(root, "a/b/loop"));
    const found = await expandPaths([root]);
    expect(found.files.map((f) => relative(root, f))).toEqual(["a/b/inner.txt", "top.txt"]);
    expect(found.notices.map((n) => n.problem?.code).sort()).toEqual(["linkLoop", "tooDeep"]);
  });

  it("names a missing input and an empty folder as errors", async () => {
    const root = tree({ "notes/readme.md": "# notes" });
    const found = await expandPaths([join(root, "missing.txt"), join(root, "notes")]);
    expect(found.files).toEqual([]);
    expect(found.errors.map((e) => e.problem?.code)).toEqual(["notFound", "folderEmpty"]);
  });
});
