// Report metadata on real reports: the eight of ../shared/dev (read by a careful reader into meta.json) and
// the five seeds (their gold files' meta). Every field of every report must stay right.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseReport, type ReportMeta } from "../../src/report/index.ts";
import { loadGazetteer } from "../../src/gazetteer/index.ts";

const root = new URL("../..", import.meta.url).pathname;
const shared = join(root, "..", "shared");
const dev = join(shared, "dev");
const FIELDS = ["body", "parent", "reviewYear", "planYear", "published"] as const;

type Expected = Pick<ReportMeta, (typeof FIELDS)[number]> & { file: string };

async function metaOf(path: string, file: string): Promise<Pick<ReportMeta, (typeof FIELDS)[number]>> {
  const { meta } = parseReport(readFileSync(path, "utf8"), { source: file, gazetteer: await loadGazetteer() });
  return Object.fromEntries(FIELDS.map((f) => [f, meta[f]])) as Pick<ReportMeta, (typeof FIELDS)[number]>;
}

const strip = ({ file: _file, ...meta }: Expected) => meta;

describe.runIf(existsSync(join(dev, "meta.json")))("metadata of the development reports", () => {
  const expected = JSON.parse(readFileSync(join(dev, "meta.json"), "utf8")) as Expected[];
  it.each(expected.map((e) => [e.file, e] as const))("%s", async (file, want) => {
    expect(await metaOf(join(dev, "raw", file), file)).toEqual(strip(want));
  });
});

describe.runIf(existsSync(join(shared, "gold")))("metadata of the seeds", () => {
  const gold = readdirSync(join(shared, "gold"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(shared, "gold", f), "utf8")) as { doc: string; meta: Expected });
  it.each(gold.map((g) => [g.doc, g.meta] as const))("%s", async (file, want) => {
    expect(await metaOf(join(root, "seeds", file), file)).toEqual(want);
  });
});
