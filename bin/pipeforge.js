#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
// dist/bundle/pipeforge.cjs is the CLI bundled by `npm run build` (scripts/bundle.ts), loaded
// through the V8 code cache the build wrote for it (src/launch/code-cache.ts).

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // The one answer that needs none of the CLI: print it without loading the bundle (as commander would).
  const { VERSION } = await import("../dist/version.js");
  process.stdout.write(`${VERSION}\n`);
} else {
  // V8's flags and code caches for this kind of run (dist/launch/profile.js, load-cli.js).
  const { launchProfile } = await import("../dist/launch/profile.js");
  const { loadBundledCli } = await import("../dist/launch/load-cli.js");
  const cli = await loadBundledCli(launchProfile(args));
  const code = await cli.main(args);
  // Everything the command does is awaited by now. Once stdout and stderr hold nothing unwritten,
  // end the process at once: a normal exit first frees V8's heap and Node's own state, about 10 ms
  // of a half-second generate. Where a stream still holds output (pipes are asynchronous on
  // macOS), the process ends normally after writing it.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  process.exitCode = code;
}
