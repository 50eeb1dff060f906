// The README lists every diagnostic code and the quick start stays two commands.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCodes, codeTableMarkdown } from "../src/diagnostics/index.js";
import { readmeSections } from "./support/readme-sections.js";
import { section } from "./support/readme.js";
import { REPO_ROOT } from "./support/repo.js";

const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

describe("README", () => {
  it.each(allCodes().map((c) => [c.code, c] as const))("lists %s with its name and severity", (_code, c) => {
    expect(readme).toContain(`| ${c.code} | ${c.name} | ${c.severity} |`);
  });

  it("carries the generated code table verbatim (npm run docs)", () => {
    expect(section(readme, "codes")).toBe(codeTableMarkdown());
  });

  it.each([...readmeSections()].filter(([name]) => name.startsWith("scaffold:")))("shows %s exactly as pipeforge init writes it", (name, body) => {
    expect(section(readme, name)).toBe(body);
  });

  it("has the two quick-start commands, and .ci/run calls the test one", () => {
    expect(readme).toContain("npm ci && npx pipeforge build");
    expect(readme).toContain("npm ci && npm test");
    expect(readFileSync(path.join(REPO_ROOT, ".ci", "run"), "utf8")).toContain("npm ci && npm test");
  });
});
