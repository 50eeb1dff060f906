#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
// dist/bundle/pipeforge.cjs is the CLI bundled by `npm run build` (scripts/bundle.ts), loaded
// through the V8 code cache the build wrote for it (src/launch/code-cache.ts).
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // The one answer that needs none of the CLI: print it without loading the bundle (as commander would).
  const { VERSION } = await import("../dist/version.js");
  process.stdout.write(`${VERSION}\n`);
} else {
  // V8's flags for this kind of run, set before any of the CLI loads (dist/launch/profile.js).
  const { launchProfile } = await import("../dist/launch/profile.js");
  const profile = launchProfile(args);
  if (profile.v8Flags.length > 0) (await import("node:v8")).default.setFlagsFromString(profile.v8Flags.join(" "));
  const { requireCached, useCodeCacheProfile } = await import("../dist/launch/code-cache.js");
  useCodeCacheProfile(profile.name);
  const cli = requireCached(fileURLToPath(new URL("../dist/bundle/pipeforge.cjs", import.meta.url)));
  cli.useCodeCacheProfile(profile.name);
  process.exitCode = await cli.main(args);
}
