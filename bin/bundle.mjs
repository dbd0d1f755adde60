// Runs a TypeScript entry point as one esbuild bundle, the way the task pane runs the core (webpack bundles
// it): as separate modules under tsx the parser executes ~8 % more instructions (npm run bench, README).
// A bundle is cached under node_modules/.cache/zhibiao, keyed by the sources' paths, sizes and times.
// In the bundle, import.meta.url is the entry's (for paths relative to it and for resolving packages).
import { build, version } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, "node_modules", ".cache", "zhibiao");

/** Adds every file under `dir` (its path, size and modification time) to the hash. */
function stamp(hash, dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) stamp(hash, path);
    else if (entry.isFile()) {
      const s = statSync(path);
      hash.update(`${relative(ROOT, path)}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
}

/** Imports `entry` (a .ts path) bundled with what it imports from the project; packages stay external. */
export async function importBundled(entry) {
  const file = resolve(entry);
  const hash = createHash("sha256").update(`${version}\0${relative(ROOT, file)}\n`);
  for (const dir of new Set([join(ROOT, "src"), dirname(file)])) stamp(hash, dir);
  for (const own of [fileURLToPath(import.meta.url), join(ROOT, "tsconfig.json")])
    hash.update(`${own}\0${statSync(own).mtimeMs}\n`);
  const name = `${relative(ROOT, file).replace(/[\\/.]/g, "_")}-${hash.digest("hex").slice(0, 16)}.mjs`;
  const out = join(CACHE, name);
  if (!existsSync(out)) {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: "inline",
      sourcesContent: false,
      write: false,
      define: { "import.meta.url": JSON.stringify(pathToFileURL(file).href) },
      logLevel: "error",
    });
    mkdirSync(CACHE, { recursive: true });
    // Written under another name, then renamed: processes starting together never read half a file.
    const partial = `${out}.${process.pid}.tmp`;
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, out);
    const prefix = name.slice(0, name.lastIndexOf("-") + 1);
    for (const old of readdirSync(CACHE))
      if (old.startsWith(prefix) && old !== name) rmSync(join(CACHE, old), { force: true });
  }
  return import(pathToFileURL(out).href);
}
