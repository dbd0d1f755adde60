import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { local, parseXml, walk, type XmlElement } from "../support/xml.ts";

const root = new URL("../..", import.meta.url).pathname;
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parseXml(manifestXml);
const child = (el: XmlElement, name: string) => el.children.find((c) => local(c.name) === name)!;

/** The sequences of the add-in manifest schemas (OfficeApp 1.1, VersionOverrides 1.0) that this file uses. */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
};

describe("manifest.xml", () => {
  it("is accepted by the official package's local reader", () => {
    const out = execFileSync("npx", ["office-addin-manifest", "info", "manifest.xml"], { cwd: root, encoding: "utf8" });
    expect(out).toContain("Type: TaskPaneApp");
    expect(out).toContain("Hosts: Workbook");
    expect(out).toContain("Source Location: https://localhost:3000/taskpane.html");
  });

  it("lists its elements in the schema's order", () => {
    for (const el of walk(manifest)) {
      const order = SEQUENCES[local(el.name)];
      if (!order) continue;
      const positions = el.children.map((c) => order.indexOf(local(c.name)));
      expect(
        positions.every((p) => p >= 0),
        `${el.name}: unknown child in ${el.children.map((c) => c.name)}`,
      ).toBe(true);
      expect(positions, `${el.name} children out of order`).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(
      [...walk(child(child(manifest, "VersionOverrides"), "Resources"))].map((e) => e.attrs.id).filter(Boolean),
    );
    const resids = [...walk(manifest)].map((e) => e.attrs.resid).filter((r): r is string => !!r);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids.has(r), r).toBe(true);
  });

  it("uses https for every URL", () => {
    const urls = [...manifestXml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://"), u).toBe(true);
  });

  it("has a Home-tab button that opens the task pane, for Excel, with ExcelApi required", () => {
    expect(child(child(manifest, "Hosts"), "Host").attrs.Name).toBe("Workbook");
    const sets = [...walk(child(manifest, "Requirements"))].filter((e) => local(e.name) === "Set");
    expect(sets.map((s) => s.attrs.Name)).toContain("ExcelApi");
    const tab = [...walk(manifest)].find((e) => local(e.name) === "OfficeTab")!;
    expect(tab.attrs.id).toBe("TabHome");
    const action = [...walk(tab)].find((e) => local(e.name) === "Action")!;
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  it("points every icon at a real PNG of its size in assets/", () => {
    const sizes = new Map<string, number>();
    for (const e of walk(manifest)) {
      if (local(e.name) === "IconUrl") sizes.set(e.attrs.DefaultValue!, 32);
      if (local(e.name) === "HighResolutionIconUrl") sizes.set(e.attrs.DefaultValue!, 64);
    }
    const images = [...walk(manifest)].filter((e) => local(e.name) === "Image" && e.attrs.id);
    for (const img of images) {
      const use = [...walk(manifest)].find((e) => e.attrs.resid === img.attrs.id && e.attrs.size);
      sizes.set(img.attrs.DefaultValue!, Number(use!.attrs.size));
    }
    expect(sizes.size).toBe(4);
    for (const [url, size] of sizes) {
      const file = join(root, new URL(url).pathname);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
