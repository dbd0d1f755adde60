// The built task pane in a real browser (Debian chromium), opened standalone, in Chinese and in English:
// files, a folder of 200 reports, paste, samples, preview, clear all, download. Screenshots are saved to
// test-artifacts/ to be looked at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { convertText, sofficePath } from "../support/libreoffice.ts";
import { SHEETS_ZH } from "../support/sheets.ts";

const root = new URL("../..", import.meta.url).pathname;
const dist = join(root, "dist");
const artifacts = join(root, "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
const SEED = join(root, "seeds/003_56b0c7f3c4912e2a.txt");
/** Two other sample reports, for two files of one name. */
const SEED_TEXTS = ["seeds/001_0e7a08fd52921b11.txt", "seeds/002_0cdd634d9f14d8d9.txt"];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
};
/** The pane as Excel shows it on a laptop. */
const VIEWPORT = { width: 380, height: 720 };
const FIRST_CHUNK_GZIP_LIMIT = 300 * 1024;

let server: Server;
let browser: Browser;
let url = "";

/** A folder of 200 distinct reports in year subfolders, plus a binary file that cannot be read. */
function folderOf200(): string {
  const dir = mkdtempSync(join(tmpdir(), "zb-200-"));
  const seeds = readdirSync(join(root, "seeds")).map((f) => readFileSync(join(root, "seeds", f), "utf8"));
  for (let k = 0; k < 200; k++) {
    const year = join(dir, `${2019 + (k % 5)}`);
    mkdirSync(year, { recursive: true });
    writeFileSync(join(year, `report-${String(k).padStart(3, "0")}.txt`), `第${k + 1}份\n${seeds[k % seeds.length]}`);
  }
  writeFileSync(join(dir, "2019", "broken.txt"), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 7)));
  writeFileSync(join(dir, "notes.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

async function openPane(locale: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, locale, viewport: VIEWPORT });
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
  return page;
}

/** True when the element is wholly inside the viewport as the page is scrolled now. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

const status = (page: Page) => page.textContent("#status").then((s) => s ?? "");

async function previewRows(page: Page): Promise<string[][]> {
  return page.$$eval("#preview tbody tr", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? "")));
}

describe.runIf(existsSync(CHROMIUM))("task pane in a browser, standalone", () => {
  beforeAll(async () => {
    // Built in a child process awaited asynchronously: a blocking build starves the test worker's RPC.
    await promisify(execFile)("npx", ["webpack", "--mode", "production"], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
        /^(\.\.[/\\])+/,
        "",
      );
      const file = join(dist, path === "/" ? "taskpane.html" : path);
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      res
        .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/taskpane.html`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("keeps the first chunk under 300 KB gzip", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    // The page's own scripts (the minified page leaves attribute values unquoted); office.js is Microsoft's.
    const scripts = [...html.matchAll(/<script[^>]+src="?([\w.-]+\.js)[" >]/g)].map((s) => s[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(dist, s))).length, 0);
    expect(gzip).toBeLessThan(FIRST_CHUNK_GZIP_LIMIT);
  });

  it("runs standalone and says so, with the Excel actions disabled and looking disabled", async () => {
    const page = await openPane("zh-CN");
    expect(await page.getAttribute("body", "data-ready")).toBe("standalone");
    expect(await page.textContent("#mode")).toContain("独立模式");
    expect(await page.isDisabled("#load")).toBe(true);
    expect(await page.isDisabled("#download")).toBe(true);
    expect(await page.isDisabled("#clear")).toBe(true);
    const look = (id: string) =>
      page.$eval(id, (el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color].join(" "));
    // The primary button, disabled, looks like every other disabled button, not like the primary action.
    expect(await look("#load")).toBe(await look("#template"));
    expect(await look("#load")).not.toContain("rgb(31, 78, 121)");
    await page.close();
  });

  it("previews a file's indicators with year, kind, measure and reason; filters to targets; shows the sentence on click and by keyboard", async () => {
    const page = await openPane("zh-CN");
    await page.setInputFiles("#files", SEED);
    await page.waitForSelector("#preview tbody tr");
    expect(await page.textContent("#report-list")).toContain("东柳街道");
    expect(await page.$$eval("#preview thead th", (th) => th.map((t) => t.textContent))).toEqual([
      "指标名称",
      "原文数值",
      "原文单位",
      "年份",
      "类型",
      "度量",
      "依据",
    ]);
    const rows = await previewRows(page);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toContainEqual(expect.arrayContaining(["地区生产总值", "60.3", "亿元", "2023", "实际", "数值"]));
    expect(rows).toContainEqual(expect.arrayContaining(["地区生产总值", "-6.2", "%", "2023", "实际", "同比"]));

    await page.click("#preview tbody tr:nth-child(3)");
    const third = rows[2]!;
    expect(await page.textContent("#sentence mark")).toContain(third[1]);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(rows[3]!.join(""));
    expect(await page.textContent("#sentence mark")).toContain(rows[3]![1]);

    await page.check("#only-targets");
    const targets = await previewRows(page);
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.length).toBeLessThan(rows.length);
    expect(new Set(targets.map((r) => r[4]))).toEqual(new Set(["目标"]));
    expect(targets.every((r) => r[3] === "2024")).toBe(true);
    // Each target says why it is one (a cue word or the plan part) and why its year.
    expect(targets.every((r) => /目标|计划|力争/.test(r[6]!))).toBe(true);
    expect(await page.textContent("#shown")).toBe(`显示 ${targets.length} / ${rows.length} 条`);
    await page.screenshot({ path: join(artifacts, "taskpane-preview.png") });

    await page.setInputFiles("#files", SEED);
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("未重复添加"));
    expect(await status(page)).toContain("003_56b0c7f3c4912e2a.txt（同 003_56b0c7f3c4912e2a.txt）");
    expect(await page.$$eval("#report-list > li", (li) => li.length)).toBe(1);
    // The same text pasted (other line breaks, indented) is the same report too.
    await page.fill("#paste", readFileSync(SEED, "utf8").split("\n").join("\r\n\r\n  "));
    await page.click("#add-pasted");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("未重复添加"));
    expect(await status(page)).toMatch(/粘贴.*（同 003_56b0c7f3c4912e2a\.txt）/);
    expect(await page.$$eval("#report-list > li", (li) => li.length)).toBe(1);
    // Two different reports in files of one name (two sites' index.txt) are both kept, told apart by id.
    const sites = mkdtempSync(join(tmpdir(), "zb-sites-"));
    const other = [join(sites, "a"), join(sites, "b")];
    other.forEach((d, k) => {
      mkdirSync(d);
      writeFileSync(join(d, "index.txt"), readFileSync(join(root, SEED_TEXTS[k]!)));
    });
    await page.setInputFiles(
      "#files",
      other.map((d) => join(d, "index.txt")),
    );
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("两份都保留"));
    expect(await status(page)).toMatch(/index\.txt → index-[0-9a-f]{8}/);
    const cards = await page.$$eval("#report-list > li", (li) => li.map((l) => l.textContent ?? ""));
    expect(cards).toHaveLength(3);
    expect(cards.filter((c) => c.includes("index.txt"))).toHaveLength(2);
    await page.close();
  });

  it.runIf(sofficePath())(
    "reads a .docx and a PDF added by file upload (made from a sample by LibreOffice Writer)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "zb-office-"));
      const text = join(dir, "东柳街道.txt");
      writeFileSync(text, readFileSync(SEED));
      convertText([text], "docx", dir);
      convertText([text], "pdf", dir);
      const page = await openPane("zh-CN");
      await page.setInputFiles("#files", join(dir, "东柳街道.docx"));
      await page.waitForFunction(
        () => document.querySelector("#status")?.textContent?.includes("已添加 1 份报告"),
        null,
        { timeout: 60_000 },
      );
      expect(await page.getAttribute("#status", "class")).toContain("ok");
      const cards = await page.$$eval("#report-list > li", (li) => li.map((l) => l.textContent ?? ""));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatch(/东柳街道[\s\S]*总结 2023[\s\S]*东柳街道\.docx/);
      expect(await previewRows(page)).toContainEqual(expect.arrayContaining(["地区生产总值", "60.3", "亿元", "2023"]));
      // The PDF of the same text is read, recognised as the same report by its content, and kept once.
      await page.setInputFiles("#files", join(dir, "东柳街道.pdf"));
      await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("未重复添加"), null, {
        timeout: 60_000,
      });
      expect(await status(page)).toContain("东柳街道.pdf（同 东柳街道.docx）");
      expect(await page.$$eval("#report-list > li", (li) => li.length)).toBe(1);
      await page.screenshot({ path: join(artifacts, "taskpane-docx-pdf.png") });
      await page.close();
    },
    180_000,
  );

  it("previews the reason (依据) in English when Office speaks English: Chinese only in quoted cue words", async () => {
    const page = await openPane("en-US");
    await page.setInputFiles("#files", SEED);
    await page.waitForSelector("#preview tbody tr");
    const reasons = new Set((await previewRows(page)).map((r) => r[6]!));
    expect(reasons).toContain("review part; review year");
    expect([...reasons].filter((w) => /\p{Script=Han}/u.test(w.replace(/“[^”]*”/g, "")))).toEqual([]);
    await page.check("#only-targets");
    const targets = (await previewRows(page)).map((r) => r[6]!);
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.every((w) => /target word|plan part/.test(w))).toBe(true);
    await page.close();
  });

  it("says so when the paste box is empty, and adds pasted text", async () => {
    const page = await openPane("zh-CN");
    await page.click("#add-pasted");
    expect(await status(page)).toContain("粘贴框是空的");
    expect(await page.getAttribute("#status", "class")).toContain("error");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("paste");
    await page.fill("#paste", "全年新增就业岗位300个。");
    await page.click("#add-pasted");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("已添加 1 份报告"));
    expect(await page.textContent("#report-list")).toContain("粘贴的报告 1.txt");
    await page.close();
  });

  it("names the sample reports by body and years, clears them all and undoes it, and downloads a workbook", async () => {
    const page = await openPane("zh-CN");
    await page.click("#samples");
    await page.waitForFunction(() => document.querySelectorAll("#report-list > li").length === 5);
    const list = (await page.textContent("#report-list")) ?? "";
    expect(list).toContain("新城街道 2024年总结 2025年计划.txt");
    expect(list).toContain("新华路街道 2023年总结.txt");
    expect(list).not.toMatch(/[0-9a-f]{16}/);

    await page.click("#clear");
    expect(await page.textContent("#report-list")).toBe("还没有报告。");
    expect(await status(page)).toBe("已清空 5 份报告。");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("undo");
    await page.keyboard.press("Enter");
    expect(await page.$$eval("#report-list > li", (li) => li.length)).toBe(5);

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("zhibiao-comparison.xlsx");
    const file = join(artifacts, "downloaded.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(SHEETS_ZH);
    expect(wb.getWorksheet("报告")!.getColumn(1).values.slice(2)).toContain("东柳街道 2023年总结 2024年计划");
    expect(await status(page)).toContain("已下载");
    await page.close();
  });

  it("works with a keyboard only: every control is reachable and labelled", async () => {
    const page = await openPane("zh-CN");
    const unlabelled = await page.$$eval("input, textarea, button, progress", (els) =>
      els
        .filter(
          (el) => !(el as HTMLInputElement).labels?.length && !el.textContent?.trim() && !el.getAttribute("aria-label"),
        )
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    await page.focus("#samples");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll("#report-list > li").length === 5);
    await page.focus("#report-list summary");
    await page.keyboard.press("Enter");
    expect(await page.$eval("#report-list details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("preview-title");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.isChecked("#only-targets")).toBe(true);
    await page.close();
  });

  for (const [locale, words] of [
    ["zh-CN", { read: "已添加 200 份报告", failed: "无法读取 broken.txt", skipped: "1 个不是报告的文件已跳过" }],
    ["en-US", { read: "Added 200 report(s)", failed: "Could not read broken.txt", skipped: "1 file(s) in the folder" }],
  ] as const)
    it(`adds a folder of 200 reports with progress, and shows errors without scrolling (${locale})`, async () => {
      const page = await openPane(locale);
      const dir = folderOf200();
      const progressSeen = page.waitForSelector("#progress:not([hidden])", { timeout: 60_000 });
      await page.setInputFiles("#folder", dir);
      await progressSeen;
      await page.waitForFunction((text) => document.querySelector("#status")?.textContent?.includes(text), words.read, {
        timeout: 120_000,
      });
      expect(await page.$$eval("#report-list > li", (li) => li.length)).toBe(200);
      const said = await status(page);
      expect(said).toContain(words.failed);
      expect(said).toContain(words.skipped);
      expect(await page.getAttribute("#status", "class")).toContain("error");
      expect(await inView(page, "#status")).toBe(true);
      expect(await inView(page, "#download")).toBe(true);
      await page.screenshot({ path: join(artifacts, `taskpane-200-${locale}.png`) });
      // Scrolled to the end of the page, the actions and the status are still in view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.click("#report-list > li:last-child summary");
      expect(await inView(page, "#status")).toBe(true);
      expect(await inView(page, "#download")).toBe(true);
      await page.screenshot({ path: join(artifacts, `taskpane-200-${locale}-scrolled.png`) });
      if (locale === "en-US") {
        expect(await page.textContent("#load")).toBe("Load indicators");
        expect(await page.textContent("#mode")).toContain("Standalone mode");
        expect(await page.$$eval("#preview thead th", (th) => th.map((t) => t.textContent))).toEqual([
          "Indicator",
          "Value as written",
          "Unit as written",
          "Year",
          "Kind",
          "Measure",
          "Reason",
        ]);
        expect(
          await page.evaluate(() => /\p{Script=Han}/u.test(document.querySelector(".toolbar")!.textContent!)),
        ).toBe(false);
      }
      await page.close();
    }, 180_000);
});
