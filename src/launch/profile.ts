// How V8 runs a command, chosen from its arguments before any code loads. V8 optimises a function
// with TurboFan once it has run enough; in a run of half a second that work rarely pays back: the
// Argo CD plugin rendering one team (`generate`) and the pre-commit check (`validate --staged`)
// spend it compiling code they then leave. Raising the budget a function must spend before
// optimisation (4× V8's default) keeps such runs on V8's interpreter and baseline code: about 40 ms
// less for each on the benchmark's large tree. Every other command keeps V8's defaults: a full
// build is 10–15% slower with the raised budget. V8 checks code caches against its flags, so each
// profile has its own (code-cache.ts).
export interface LaunchProfile {
  /** "default", or the name in the profile's code-cache files (`<file>.<name>.v8cache`). */
  readonly name: string;
  /** For v8.setFlagsFromString, before the CLI bundle loads. */
  readonly v8Flags: readonly string[];
}

export const DEFAULT_PROFILE: LaunchProfile = { name: "default", v8Flags: [] };
export const SHORT_RUN_PROFILE: LaunchProfile = { name: "short", v8Flags: ["--interrupt-budget=270336"] };
export const LAUNCH_PROFILES: readonly LaunchProfile[] = [DEFAULT_PROFILE, SHORT_RUN_PROFILE];

/** The profile of `pipeforge <args>`: short runs by design are `generate` and `validate --staged`. */
export function launchProfile(args: readonly string[]): LaunchProfile {
  const [command] = args;
  if (command === "generate" || (command === "validate" && args.includes("--staged"))) return SHORT_RUN_PROFILE;
  return DEFAULT_PROFILE;
}
