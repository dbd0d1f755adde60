#!/usr/bin/env node
// The zhibiao command: the TypeScript CLI as one bundle (bin/bundle.mjs; no build step after `npm install`).
import { importBundled } from "./bundle.mjs";

process.setSourceMapsEnabled(true);
const { main } = await importBundled(new URL("../src/cli/main.ts", import.meta.url).pathname);
process.exitCode = await main(process.argv.slice(2));
