// The environment for CLI processes in tests: the caller's, without settings
// that would make a test write outside its temporary folder.
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  delete env.GITHUB_STEP_SUMMARY;
  return env;
}

/**
 * A bare environment for CLI processes that must not see the caller's (the Argo CD plugin's, a
 * hook's): PATH, no colour, and the test run's cache folder (global-setup.ts), so that nothing
 * is written into the user's.
 */
export function bareEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", NO_COLOR: "1", PIPEFORGE_CACHE_DIR: process.env.PIPEFORGE_CACHE_DIR ?? "", ...extra };
}
