// The manifest webpack writes into dist/ for a real host: `npx webpack --mode production --env url=…` runs
// this same config; here only its copy step runs (the bundles take minutes and do not touch the manifest).
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import CopyWebpackPlugin from "copy-webpack-plugin";
import makeConfig from "../../webpack.config.js";

async function buildManifest(url: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "zhibiao-dist-"));
  const config = await makeConfig({ url }, { mode: "production" });
  config.entry = { empty: "data:text/javascript,export {}" };
  config.output = { ...config.output, path: out };
  config.plugins = config.plugins.filter((p: unknown) => p instanceof CopyWebpackPlugin);
  await new Promise<void>((resolve, reject) =>
    webpack(config).run((err, stats) => (err || stats?.hasErrors() ? reject(err ?? stats!.toString()) : resolve())),
  );
  return readFileSync(join(out, "manifest.xml"), "utf8");
}

describe("the built manifest", () => {
  it("points every URL at --env url and names localhost nowhere", async () => {
    const xml = await buildManifest("https://example.org/");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://example.org/taskpane.html"/>');
    expect(xml).not.toContain("example.org//");
  }, 60_000);
});
