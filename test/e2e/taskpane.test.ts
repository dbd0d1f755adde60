// The built task pane in a real browser (Debian chromium), opened standalone: add a sample report, see
// its indicators, download the .xlsx and open it with exceljs. Saves a screenshot as a test artifact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";

const root = new URL("../..", import.meta.url).pathname;
const dist = join(root, "dist");
const artifacts = join(root, "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
};

let server: Server;
let browser: Browser;
let page: Page;
let url = "";

describe.runIf(existsSync(CHROMIUM))("task pane in a browser, standalone", () => {
  beforeAll(async () => {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "pipe" });
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
    page = await browser.newPage({ acceptDownloads: true, locale: "zh-CN", viewport: { width: 420, height: 900 } });
    await page.goto(url);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("runs standalone and says so, with the Excel actions disabled", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("standalone");
    expect(await page.textContent("#mode")).toContain("独立模式");
    expect(await page.isDisabled("#load")).toBe(true);
    expect(await page.isDisabled("#download")).toBe(true);
  });

  it("adds a report from a file and previews its indicators", async () => {
    await page.setInputFiles("#files", join(root, "seeds/003_56b0c7f3c4912e2a.txt"));
    await page.waitForSelector("#preview tbody tr");
    expect(await page.textContent("#report-list")).toContain("东柳街道");
    const rows = await page.$$eval("#preview tbody tr", (trs) =>
      trs.map((tr) => [...tr.children].map((td) => td.textContent)),
    );
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toContainEqual(["地区生产总值", "60.3", "亿元", "", "实际"]);
    expect(rows).toContainEqual(["地区生产总值", "-6.2", "%", "同比", "实际"]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "taskpane.png"), fullPage: true });
  });

  it("speaks English when the display language is English", async () => {
    const english = await browser.newPage({ locale: "en-US" });
    await english.goto(url);
    await english.waitForSelector("body[data-ready]");
    expect(await english.textContent("#load")).toBe("Load indicators");
    expect(await english.textContent("#mode")).toContain("Standalone mode");
    await english.close();
  });

  it("adds the sample reports and downloads a workbook that exceljs opens", async () => {
    await page.click("#samples");
    await page.waitForFunction(() => document.querySelectorAll("#report-list li").length === 5);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("zhibiao-comparison.xlsx");
    const file = join(artifacts, "downloaded.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["目标对比", "指标", "透视", "报告", "来源"]);
    expect(wb.getWorksheet("报告")!.rowCount).toBe(6);
    expect(await page.textContent("#status")).toContain("已下载");
  });
});
