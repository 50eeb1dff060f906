// `node dist/launch/train.js [profile]`, the last step of `npm run build` (scripts/bundle.ts), once
// per launch profile (profile.ts): runs the bundled CLI under the profile's V8 flags on the sample
// repository shipped with the package (validate everything, then generate one team as the Argo CD
// plugin does) and writes V8's code cache for every CommonJS file it loaded (code-cache.ts). Any
// command then starts with those functions compiled.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Io } from "../cli/io.js";
import { writeCodeCache } from "./code-cache.js";
import { loadBundledCli } from "./load-cli.js";
import { LAUNCH_PROFILES } from "./profile.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// Caches (cli/cache-folder.ts) in a folder of the training's own, never the user's: a first run's, empty.
const cacheDir = mkdtempSync(path.join(tmpdir(), "pipeforge-train-"));
const quiet = (cwd: string): Io => ({ cwd, env: { PIPEFORGE_CACHE_DIR: cacheDir }, stdout: () => undefined, stderr: () => undefined, stdoutIsTty: false });

/** The first team folder of the sample tree, as the plugin would be run in. */
function firstTeam(): string {
  const dirs = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
  for (const env of dirs(path.join(ROOT, "environments"))) for (const bu of dirs(env)) for (const team of dirs(bu)) return team;
  throw new Error("train: the sample repository has no team folder");
}

const profile = LAUNCH_PROFILES.find((p) => p.name === (process.argv[2] ?? "default"));
if (!profile) throw new Error(`train: no launch profile "${process.argv[2]}" (${LAUNCH_PROFILES.map((p) => p.name).join(", ")})`);
const started = performance.now();
const cli = await loadBundledCli(profile, { record: true });
try {
  for (const [argv, cwd] of [
    [["validate"], ROOT],
    [["generate"], firstTeam()],
  ] as const) {
    const code = await cli.main(argv, quiet(cwd));
    if (code !== 0) throw new Error(`train: pipeforge ${argv.join(" ")} exited ${code} on the sample repository`);
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
const files = [...writeCodeCache(), ...cli.writeCodeCache()];
process.stdout.write(`wrote V8 code caches (launch profile ${profile.name}) for ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
