// What bin/pipeforge.js runs: the CLI for `pipeforge <args>`, from the bundle and its code cache.
// `npm run build` bundles this module, with profile.ts, load-cli.ts and code-cache.ts, into one
// CommonJS file (dist/launch/launch.cjs), and bin/pipeforge.js is CommonJS too (bin/package.json).
// A process whose first module is ES starts Node's ES module loader and resolves each `import`
// through it; from CommonJS the whole launch is two plain `require`s: 15–25 ms less of a
// half-second `generate`.
import { loadBundledCli } from "./load-cli.js";
import { launchProfile } from "./profile.js";
import { VERSION } from "../version.js";

/** Runs the CLI and ends the process with its exit code. */
export async function launch(args: readonly string[]): Promise<void> {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
    // The one answer that needs none of the CLI: print it without loading the bundle (as commander would).
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const cli = await loadBundledCli(launchProfile(args));
  const code = await cli.main(args);
  // Everything the command does is awaited by now. Once stdout and stderr hold nothing unwritten,
  // end the process at once: a normal exit first frees V8's heap and Node's own state, about 10 ms
  // of a half-second generate. Where a stream still holds output (pipes are asynchronous on
  // macOS), the process ends normally after writing it.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  process.exitCode = code;
}
