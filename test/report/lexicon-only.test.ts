// Words live in lexicon files: a logic file of src/report holds no Chinese in its code (strings, patterns,
// template text, names), only in its comments. Read with the TypeScript parser, so comments never count.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("../../src/report/", import.meta.url).pathname;
const HAN = /\p{Script=Han}/u;

/** Files of words: lexicon.ts, lexicon/*.ts and the words files the logic imports (*-words.ts). */
const isLexicon = (file: string) => file === "lexicon.ts" || file.startsWith("lexicon/") || file.endsWith("-words.ts");

function logicFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? logicFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [relative(root, join(dir, e.name))].filter((f) => !isLexicon(f))
        : [],
  );
}

/** The literals and names of a file's code that hold a Han character, as written. */
function chineseInCode(source: string, file = "x.ts"): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteralLike(node) ||
        ts.isRegularExpressionLiteral(node) ||
        ts.isTemplateLiteralToken(node) ||
        ts.isIdentifier(node)) &&
      HAN.test(node.getText(sf))
    )
      found.push(node.getText(sf));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("words only in lexicon files", () => {
  const files = logicFiles(root);

  it("finds Chinese in code but not in comments", () => {
    const code =
      '// 的 in a comment\n/** 力争 */\nconst a = "力争";\nconst b = /年$/;\nconst c = `${a}月`;\nconst d = { 十: 1 };';
    expect(chineseInCode(code)).toEqual(['"力争"', "/年$/", "}月`", "十"]);
  });

  it("keeps every logic file of src/report free of Chinese outside comments", () => {
    expect(files).toContain("records.ts");
    const left: Record<string, string[]> = {};
    for (const file of files) {
      const found = chineseInCode(readFileSync(join(root, file), "utf8"), file);
      if (found.length) left[file] = found;
    }
    expect(left).toEqual({});
  });
});
