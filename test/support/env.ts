// The environment for CLI processes in tests: the caller's, without settings
// that would make a test write outside its temporary folder.
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  delete env.GITHUB_STEP_SUMMARY;
  return env;
}
