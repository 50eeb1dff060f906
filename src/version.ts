// The tool's version: printed by `--version` and written into machine reports (SARIF).
// Kept in step with package.json by test/report/version.test.ts.
export const VERSION = "0.1.0";
