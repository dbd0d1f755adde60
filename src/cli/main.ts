// The zhibiao command line: `zhibiao parse FILE|DIR… [--json]`.
import { parsePaths } from "./files.ts";
import { renderReport } from "./table.ts";

const USAGE = `用法 / usage:
  zhibiao parse FILE|DIR… [--json]     提取报告中的指标 (extract indicators)
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "parse") return runParse(rest);
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
