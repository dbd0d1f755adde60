#!/usr/bin/env node
// Runs a TypeScript entry point as one bundle (bin/bundle.mjs): how npm run bench measures the parser.
import { importBundled } from "./bundle.mjs";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-bundled.mjs FILE.ts [args…]");
  process.exit(2);
}
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...rest];
await importBundled(entry);
