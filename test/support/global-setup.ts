// End-to-end tests run bin/pipeforge.js, which loads dist/: compile it once
// per test run so they always exercise the current source.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function setup(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}
