// The version the CLI prints and SARIF records is the package's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { REPO_ROOT } from "../support/repo.js";

it("VERSION matches package.json", () => {
  expect(VERSION).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version);
});
