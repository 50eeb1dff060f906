// The CLI: parses arguments, runs one command, picks the exit code. The only
// module that knows about process (through Io).
import { Command, CommanderError } from "commander";
import { commands } from "./commands/index.js";
import { EXIT, UsageError } from "./exit.js";
import { processIo, type Io } from "./io.js";
import { formatTimings, mark, timingsEnabled } from "../util/timings.js";
import { VERSION } from "../version.js";

export { VERSION };

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  mark("start: node, the launcher and the CLI bundle");
  try {
    return await run(argv, io);
  } finally {
    mark("command done, output written");
    if (timingsEnabled()) io.stderr(formatTimings());
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.clean;
  const program = new Command("pipeforge")
    .description("Compile and validate a GitOps repository of data-pipeline specs into Argo and Spark manifests.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  const ctx = { io, exit: (c: number) => void (code = c) };
  for (const register of commands) register(program, ctx);
  program.hook("preAction", () => mark("arguments parsed"));
  // Sub-commands inherit exitOverride and output settings.
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr(`pipeforge: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`pipeforge: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in pipeforge; please report it with the command you ran.\n`);
    return EXIT.internal;
  }
}
