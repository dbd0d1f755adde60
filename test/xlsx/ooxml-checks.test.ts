// ../shared/ooxml's schema and package checks (the strictest we can run without Excel) on every kind of
// workbook the tests build: 0 schema messages and no FAIL line, or the test fails with the checker's words.
import { beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build, devReports, longSentences, noFigures, noYear, seedReports, type BuiltWorkbook } from "./workbooks.ts";

const OOXML = join(new URL("../..", import.meta.url).pathname, "../shared/ooxml");
const PYTHON = "/usr/bin/python3";

const available = (() => {
  try {
    execFileSync(PYTHON, ["-c", "import lxml"]);
    execFileSync("xmllint", ["--version"], { stdio: "pipe" });
    return existsSync(join(OOXML, "validate_xsd.py"));
  } catch {
    return false;
  }
})();

/** Runs a checker without blocking the test worker (its messages to the runner keep flowing). */
async function run(script: string, file: string): Promise<string> {
  const { stdout } = await promisify(execFile)(PYTHON, [join(OOXML, script), file], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return stdout;
}

describe.runIf(available)("OOXML schema and package checks", () => {
  const built: BuiltWorkbook[] = [];
  beforeAll(async () => {
    built.push(
      ...(await Promise.all([
        build("zh", seedReports()),
        build("en", seedReports(), "en"),
        build("many-reports", [...seedReports(), ...devReports(), noYear()]),
        build("no-figures", [noFigures()]),
        build("long-sentences", [longSentences()]),
      ])),
    );
  }, 120_000);

  for (const label of ["zh", "en", "many-reports", "no-figures", "long-sentences"]) {
    it(`${label}: every XML part is valid against the ECMA-376 schemas`, async () => {
      const out = await run("validate_xsd.py", built.find((b) => b.label === label)!.file);
      const messages = out.split("\n").filter((l) => /^\s+\[|error|fails to validate/i.test(l));
      expect(messages).toEqual([]);
      expect(out).toMatch(/^TOTAL schema messages: 0$/m);
    });

    it(`${label}: no package rule fails`, async () => {
      const out = await run("check_package.py", built.find((b) => b.label === label)!.file);
      expect(out.split("\n").filter((l) => l.startsWith("FAIL"))).toEqual([]);
      expect(out).toMatch(/^SUMMARY .*: 0 FAIL,/m);
    });
  }
});
