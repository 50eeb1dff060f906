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
  process.exitCode = await cli.main(args);
}
