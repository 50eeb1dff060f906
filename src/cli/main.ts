// The CLI: parses arguments, runs one command, picks the exit code. The only
// module that knows about process (through Io).
import { Command, CommanderError, Option } from "commander";
import { runBuild } from "./commands/build.js";
import { runExplain } from "./commands/explain.js";
import { runGenerate } from "./commands/generate.js";
import { runValidate } from "./commands/validate.js";
import { EXIT, UsageError } from "./exit.js";
import { processIo, type Io } from "./io.js";

const VERSION = "0.1.0";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.clean;
  const program = new Command("pipeforge")
    .description("Compile and validate a GitOps repository of data-pipeline specs into Argo and Spark manifests.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  const format = () => new Option("--format <format>", "findings format: text or json").default("text");
  const failOn = () => new Option("--fail-on <severity>", "exit 1 on findings at or above: error, warning or info").default("error");
  const root = () => new Option("-C, --root <dir>", "repository root (default: the current directory)");

  program
    .command("validate")
    .description("check specs, policies and every rendered manifest; writes nothing")
    .addOption(root())
    .addOption(format())
    .addOption(failOn())
    .action(async (opts: { root?: string; format: string; failOn: string }) => {
      code = await runValidate(io, opts);
    });
  program
    .command("build")
    .description("render manifests into the output folder (rendered/ by default)")
    .addOption(root())
    .option("--out <dir>", "output folder (default: spec.output of pipeforge.yaml, else rendered)")
    .option("--env <env...>", "only these environments")
    .option("--check", "write nothing; exit 1 when the output folder is stale")
    .addOption(format())
    .addOption(failOn())
    .action(async (opts: { root?: string; out?: string; env?: string[]; check?: boolean; format: string; failOn: string }) => {
      code = await runBuild(io, opts);
    });
  program
    .command("generate")
    .description("Argo CD plugin entry: print the manifests of the current folder's scope to stdout (nothing on error)")
    .action(async () => {
      code = await runGenerate(io);
    });
  program
    .command("explain")
    .argument("[code]", "a diagnostic code such as SEM004, or its name")
    .description("explain a diagnostic code (without one: list every code)")
    .action((c: string | undefined) => {
      code = runExplain(io, c);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`pipeforge: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`pipeforge: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in pipeforge; please report it with the command you ran.\n`);
    return EXIT.internal;
  }
}
