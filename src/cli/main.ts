// The zhibiao command line: `zhibiao parse FILE|DIR… [--json]`.
import { parsePaths } from "./files.ts";
import { renderReport } from "./table.ts";
import { buildWorkbook } from "./build.ts";

const USAGE = `用法 / usage:
  zhibiao parse FILE|DIR… [--json]                         提取报告中的指标 (extract indicators)
  zhibiao build FILE|DIR… [-o out/comparison.xlsx] [--lang en]   生成对比工作簿 (build the comparison workbook)
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "parse") return runParse(rest);
  if (command === "build") return runBuild(rest);
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(`${command ? `未知命令 (unknown command): ${command}\n` : ""}${USAGE}`);
  return 2;
}

async function runParse(args: readonly string[]): Promise<number> {
  const json = args.includes("--json");
  const paths = args.filter((a) => !a.startsWith("--"));
  if (!paths.length) {
    process.stderr.write(`请给出至少一个报告文件或文件夹。\n${USAGE}`);
    return 2;
  }
  const parsed = await parsePaths(paths);
  const failed = parsed.filter((p) => p.error);
  for (const f of failed) process.stderr.write(`✗ ${f.path}: ${f.error}\n`);
  const reports = parsed.flatMap((p) => (p.report ? [p.report] : []));
  if (json) process.stdout.write(JSON.stringify({ reports }, null, 1) + "\n");
  else process.stdout.write(reports.map(renderReport).join("\n\n") + "\n");
  return failed.length ? 1 : 0;
}

function optionValue(args: readonly string[], ...names: string[]): string | undefined {
  const k = args.findIndex((a) => names.includes(a));
  return k >= 0 ? args[k + 1] : undefined;
}

function progressBar(done: number, total: number, name: string): void {
  if (!process.stderr.isTTY) return;
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const label = name.split(/[\\/]/).pop() ?? name;
  process.stderr.write(
    `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`,
  );
  if (done === total) process.stderr.write("\n");
}

async function runBuild(args: readonly string[]): Promise<number> {
  const output = optionValue(args, "-o", "--output") ?? "out/comparison.xlsx";
  const lang = optionValue(args, "--lang") === "en" ? "en" : "zh";
  const valued = new Set(["-o", "--output", "--lang"]);
  const inputs = args.filter((a, k) => !a.startsWith("-") && !valued.has(args[k - 1] ?? ""));
  if (!inputs.length) {
    process.stderr.write(`请给出至少一个报告文件或文件夹。\n${USAGE}`);
    return 2;
  }
  try {
    const r = await buildWorkbook({ inputs, output, lang, progress: progressBar });
    for (const f of r.failures) process.stderr.write(`✗ 已跳过 ${f.source}: ${f.error}\n`);
    process.stdout.write(
      `已生成 ${r.output}\n  报告 ${r.reports} 份，指标 ${r.records} 条，目标 ${r.targets} 条，其中已找到实际值 ${r.targetsMatched} 条` +
        (r.failures.length ? `；跳过 ${r.failures.length} 个文件` : "") +
        "\n",
    );
    return r.failures.length ? 1 : 0;
  } catch (e) {
    process.stderr.write(`生成失败：${e instanceof Error ? e.message : String(e)}\n原有的输出文件（如有）未被改动。\n`);
    return 1;
  }
}
