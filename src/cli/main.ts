// The zhibiao command line (commander): `zhibiao parse …` and `zhibiao build …`. Exit codes: 0 done;
// 1 some inputs could not be read; 2 wrong command line or a refused write; 3 the output could not be written.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { basename } from "node:path";
import { renderReport } from "./table.ts";
import { OutputError, readReports, writeWorkbook, type Progress } from "./build.ts";
import { langOf, messagesFor, reasonText, type CliWords, type Lang } from "../messages/index.ts";
import type { Report } from "../report/index.ts";

export const EXIT = { ok: 0, inputSkipped: 1, usage: 2, notWritten: 3 } as const;

const LANGS: Lang[] = ["zh", "en"];

/** A report as `parse --json` prints it: each record's `why` as text in `lang`, its codes as `reasons`. */
function forJson(report: Report, lang: Lang): object {
  return {
    ...report,
    indicators: report.indicators.map(({ why, ...rest }) => ({ ...rest, why: reasonText(why, lang), reasons: why })),
  };
}

/** The --lang value given anywhere on the line, so that help and errors speak it too. */
function langFromArgs(argv: readonly string[]): Lang {
  const k = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = k < 0 ? undefined : argv[k]!.includes("=") ? argv[k]!.split("=")[1] : argv[k + 1];
  return langOf(value);
}

const progressBar: Progress = (done, total, name) => {
  if (!process.stderr.isTTY) return;
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const label = basename(name);
  process.stderr.write(
    `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`,
  );
  if (done === total) process.stderr.write("\n");
};

function outputMessage(e: OutputError, words: CliWords): string {
  if (e.problem === "no-reports") return words.refusedEmpty(e.path);
  if (e.problem === "read-only") return words.refusedReadOnly(e.path);
  if (e.problem === "locked") return words.locked(basename(e.path), e.path);
  return words.writeFailed(e.message);
}

function program(lang: Lang, setCode: (code: number) => void): Command {
  const m = messagesFor(lang);
  const words = m.cli;
  /** An option's value must not be the next option (`-o --lang en` is a missing value, not a file "--lang"). */
  const optionValue = (value: string): string => {
    if (value.startsWith("-")) throw new InvalidArgumentError(words.valueIsOption);
    return value;
  };
  const langOption = () =>
    new Option("--lang <lang>", words.langOption).choices(LANGS).default("zh" satisfies Lang as string);
  const cli = new Command("zhibiao")
    .description(words.description)
    .helpOption("-h, --help", words.helpOption)
    .helpCommand("help [command]", words.helpCommand)
    .addHelpText("after", `\n${words.exitCodes}`)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  cli
    .command("parse")
    .description(words.parseDescription)
    .argument("<paths...>", words.pathsArgument)
    .option("--json", words.jsonOption)
    .addOption(langOption())
    .helpOption("-h, --help", words.helpOption)
    .addHelpText("after", `\n${words.exitCodes}`)
    .action(async (paths: string[], opts: { json?: boolean; lang: Lang }) => {
      const { parsed, failures, notices } = await readReports(paths, opts.lang);
      const w = messagesFor(opts.lang).cli;
      for (const n of notices) process.stderr.write(w.passedOver(n.path, n.notice ?? "") + "\n");
      for (const f of failures) process.stderr.write(w.skipped(f.source, f.error) + "\n");
      const reports = parsed.map((p) => p.report);
      if (opts.json)
        process.stdout.write(JSON.stringify({ reports: reports.map((r) => forJson(r, opts.lang)) }, null, 1) + "\n");
      else if (reports.length) process.stdout.write(reports.map((r) => renderReport(r, opts.lang)).join("\n\n") + "\n");
      setCode(failures.length ? EXIT.inputSkipped : EXIT.ok);
    });
  cli
    .command("build")
    .description(words.buildDescription)
    .argument("<paths...>", words.pathsArgument)
    .option("-o, --output <file>", words.outputOption, optionValue, "out/comparison.xlsx")
    .option("--force", words.forceOption)
    .addOption(langOption())
    .helpOption("-h, --help", words.helpOption)
    .addHelpText("after", `\n${words.exitCodes}`)
    .action(async (paths: string[], opts: { output: string; force?: boolean; lang: Lang }) => {
      const w = messagesFor(opts.lang).cli;
      const { parsed, failures, notices } = await readReports(paths, opts.lang, progressBar);
      for (const n of notices) process.stderr.write(w.passedOver(n.path, n.notice ?? "") + "\n");
      for (const f of failures) process.stderr.write(w.skipped(f.source, f.error) + "\n");
      try {
        const r = await writeWorkbook(parsed, failures, opts);
        process.stdout.write(
          `${w.built(r.output)}\n${w.summary(r.reports, r.records, r.targets, r.targetsMatched, failures.length)}\n`,
        );
        setCode(failures.length ? EXIT.inputSkipped : EXIT.ok);
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        process.stderr.write(outputMessage(e, w) + "\n");
        setCode(e.problem === "no-reports" || e.problem === "read-only" ? EXIT.usage : EXIT.notWritten);
      }
    });
  return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
  const lang = langFromArgs(argv);
  let code: number = EXIT.ok;
  const cli = program(lang, (c) => (code = c));
  try {
    await cli.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return EXIT.ok;
    const command = cli.commands.find((c) => argv.includes(c.name()))?.name();
    process.stderr.write(messagesFor(lang).cli.usageError(command ? `${command} ` : "") + "\n");
    return EXIT.usage;
  }
  return code;
}
