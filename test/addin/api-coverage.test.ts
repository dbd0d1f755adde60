// Every Office.js member the add-in calls is in the requirement set manifest.xml asks for (ExcelApi 1.7),
// or is called only behind a run-time `isSetSupported("ExcelApi", "1.x")` check. Each member's set comes
// from its `[Api set: ExcelApi 1.x]` note in @types/office-js. The strict fake models every such member with
// the same set, so the writer's tests at ExcelApi 1.7 fail on any unguarded call too.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { MANIFEST_EXCEL_API } from "../../src/excel/requirements.ts";
import { MEMBER_SETS, minorOf } from "../excel/fake.ts";

const root = new URL("../..", import.meta.url).pathname;
const ADDIN_DIRS = ["src/excel", "src/taskpane"];

interface Use {
  member: string;
  set: string;
  where: string;
  guard: string | null;
}

/** Versions named in a declaration's `[Api set: ExcelApi …]` note (several when the note lists them). */
function apiSets(decl: ts.Declaration): string[] {
  const note = ts
    .getJSDocTags(decl)
    .map((t) => (typeof t.comment === "string" ? t.comment : (ts.getTextOfJSDocComment(t.comment) ?? "")))
    .concat(decl.getFullText())
    .join(" ");
  const m = /\[Api set: ExcelApi ([^\]]+)\]/.exec(note);
  return m ? [...m[1]!.matchAll(/1\.\d+/g)].map((x) => x[0]) : [];
}

/** The highest ExcelApi set an `isSetSupported("ExcelApi", "1.x")` call in `node` checks. */
function checkedSet(node: ts.Node): string | null {
  let best: string | null = null;
  const visit = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "isSetSupported" &&
      n.arguments.length === 2 &&
      ts.isStringLiteral(n.arguments[0]!) &&
      n.arguments[0].text === "ExcelApi" &&
      ts.isStringLiteral(n.arguments[1]!)
    ) {
      const v = n.arguments[1].text;
      if (!best || minorOf(v) > minorOf(best)) best = v;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return best;
}

const negated = (e: ts.Expression) => ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken;
const exits = (s: ts.Statement) =>
  ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.some(exits));

/**
 * The set a run-time check guarantees where `node` runs: an enclosing `if (…isSetSupported…)` it is the
 * then-branch of, or an earlier `if (!…isSetSupported…) return …` in an enclosing block.
 */
function guardOf(node: ts.Node): string | null {
  let best: string | null = null;
  const take = (v: string | null) => {
    if (v && (!best || minorOf(v) > minorOf(best))) best = v;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && !negated(parent.expression))
      take(checkedSet(parent.expression));
    if (ts.isBlock(parent) || ts.isSourceFile(parent))
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && negated(s.expression) && exits(s.thenStatement)) take(checkedSet(s.expression));
      }
  }
  return best;
}

function excelMemberUses(): Use[] {
  const files = ADDIN_DIRS.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
      .map((f) => join(root, d, f)),
  );
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (n: ts.Node) => {
      if (ts.isPropertyAccessExpression(n)) {
        const symbol = checker.getSymbolAtLocation(n.name);
        const decl = symbol?.declarations?.[0];
        const owner = decl?.parent;
        if (
          decl &&
          owner &&
          (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) &&
          owner.name &&
          decl.getSourceFile().fileName.includes("@types/office-js") &&
          ts.isModuleBlock(owner.parent) &&
          (owner.parent.parent as ts.ModuleDeclaration).name.getText() === "Excel" &&
          apiSets(decl).length
        ) {
          const sets = apiSets(decl);
          const member = `${owner.name.text}.${n.name.text}`;
          const { line } = source.getLineAndCharacterOfPosition(n.getStart());
          uses.push({
            member,
            set: MEMBER_SETS[member] ?? sets[0] ?? "1.1",
            where: `${file.slice(root.length)}:${line + 1}`,
            guard: guardOf(n),
          });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return uses;
}

describe("Office.js members the add-in calls", () => {
  const uses = excelMemberUses();

  it("are found (the analysis sees the writer's calls)", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ["Range.formulas", "TableCollection.add", "PivotTable.refreshOnOpen", "PivotField.applyFilter"])
      expect(members, m).toContain(m);
  });

  it(`are in ExcelApi ${MANIFEST_EXCEL_API} (the manifest's set) or behind an isSetSupported check of their set`, () => {
    const uncovered = uses.filter(
      (u) => minorOf(u.set) > minorOf(MANIFEST_EXCEL_API) && (!u.guard || minorOf(u.guard) < minorOf(u.set)),
    );
    expect(uncovered.map((u) => `${u.where} ${u.member} needs ExcelApi ${u.set}`)).toEqual([]);
  });

  it("are all modelled by the strict fake, at the set @types/office-js gives them", () => {
    const missing = [...new Set(uses.map((u) => u.member))].filter((m) => !(m in MEMBER_SETS));
    expect(missing).toEqual([]);
  });
});

describe("the strict fake's requirement sets", () => {
  it("agree with the [Api set] notes of @types/office-js", () => {
    const path = join(root, "node_modules/@types/office-js/index.d.ts");
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const notes = new Map<string, string[]>();
    const visit = (n: ts.Node) => {
      if (ts.isModuleDeclaration(n) && n.parent === file && n.name.text !== "Excel") return;
      if ((ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n)) && n.name && ts.isModuleBlock(n.parent)) {
        if ((n.parent.parent as ts.ModuleDeclaration).name.text === "Excel")
          for (const m of n.members)
            if (m.name && ts.isIdentifier(m.name)) {
              const key = `${n.name.text}.${m.name.text}`;
              if (!notes.has(key)) notes.set(key, apiSets(m));
            }
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
    const wrong = Object.entries(MEMBER_SETS)
      .filter(([member, set]) => !(notes.get(member) ?? []).includes(set))
      .map(([member, set]) => `${member}: fake ${set}, @types/office-js ${notes.get(member)?.join("/") ?? "none"}`);
    expect(wrong).toEqual([]);
  });
});
