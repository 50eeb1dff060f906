// What init and new plan to write, without touching the disk.
import { execFileSync } from "node:child_process";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { readScaffold, SCAFFOLD_DIR } from "../../src/cli/actions/init.js";
import { modeline, parsePipelineRef, planInit, REPO_URL_TOKEN, VERSION_TOKEN } from "../../src/scaffold/index.js";
import { compileFiles, REPO_ROOT } from "../support/repo.js";

describe("planInit", () => {
  const files = planInit({ version: "9.8.7" }, readScaffold());

  it("fills every token of the scaffold templates", () => {
    for (const [rel, text] of files) {
      expect(text, rel).not.toContain(VERSION_TOKEN);
      expect(text, rel).not.toContain(REPO_URL_TOKEN);
    }
    expect(files.get("cmp/Dockerfile")).toContain("pipeforge@9.8.7");
    expect(files.get("argocd/bootstrap.yaml")).toContain('repoURL: "https://git.example.invalid/set-spec.repoURL-in-pipeforge.yaml.git"');
  });

  it("compiles without findings in memory, too", async () => {
    const result = await compileFiles(Object.fromEntries(files));
    expect(result.diagnostics).toEqual([]);
  });

  it("refuses a template that would shadow a generated file", () => {
    expect(() => planInit({ version: "1" }, new Map([["pipeforge.yaml", "x"]]))).toThrow(/collides/);
  });
});

describe("modeline", () => {
  it.each([
    ["Repository", "pipeforge.yaml", "# yaml-language-server: $schema=.pipeforge/schemas/repository.json"],
    ["Environment", "environments/dev/environment.yaml", "# yaml-language-server: $schema=../../.pipeforge/schemas/environment.json"],
    ["Pipeline", "environments/dev/bu/team/p.yaml", "# yaml-language-server: $schema=../../../../.pipeforge/schemas/pipeline.json"],
  ])("%s at %s", (kind, file, want) => {
    expect(modeline(kind, file)).toBe(want);
  });
});

describe("parsePipelineRef", () => {
  it.each([
    ["dev/bu/team/name", { ok: true, env: "dev", bu: "bu", team: "team", name: "name" }],
    ["dev/bu/team", { ok: false }],
    ["dev/bu/team/name/extra", { ok: false }],
    ["dev//team/name", { ok: false }],
    ["dev/bu/-team/name", { ok: false }],
  ])("%s", (ref, want) => {
    expect(parsePipelineRef(ref)).toMatchObject(want);
  });
});

describe("the package", () => {
  it("ships every scaffold file, dot files included", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const packed = (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    const scaffold = fg.sync("**", { cwd: SCAFFOLD_DIR, dot: true }).map((rel) => path.posix.join("scaffold", rel));
    expect(scaffold.length).toBeGreaterThan(5);
    for (const rel of scaffold) expect(packed).toContain(rel);
  });
});
