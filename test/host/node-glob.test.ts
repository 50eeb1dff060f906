// The node host's listing: what a glob over a real folder returns, including the entries
// globbing libraries disagree on (symlinks, dot entries, pruned folders, literal patterns).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INPUT_GLOBS } from "../../src/discover/index.js";
import { createNodeHost } from "../../src/host/index.js";

let work: string;
let root: string;

function put(rel: string, text = "x: 1\n"): void {
  const abs = path.join(root, ...rel.split("/"));
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-glob-"));
  root = path.join(work, "repo");
  for (const f of [
    "pipeforge.yaml",
    "environments/dev/environment.yaml",
    "environments/dev/bu/businessunit.yaml",
    "environments/dev/bu/team/team.yaml",
    "environments/dev/bu/team/daily.yml",
    "environments/dev/bu/team/notes.txt",
    "environments/dev/bu/team/.hidden.yaml",
    "environments/dev/bu/team/.cache/x.yaml",
    "environments/dev/bu/team/node_modules/x.yaml",
    "policies/base.yaml",
    "templates/main.hbs",
    "rendered/dev/x.yaml",
    "outside-inputs.yaml",
  ])
    put(f);
  mkdirSync(path.join(root, "environments/dev/bu/team/folder.yaml"));
  mkdirSync(path.join(work, "elsewhere"));
  writeFileSync(path.join(work, "elsewhere", "stolen.yaml"), "x: 1\n");
  symlinkSync(path.join(work, "elsewhere"), path.join(root, "environments/dev/bu/team/linked"));
  symlinkSync("daily.yml", path.join(root, "environments/dev/bu/team/copy.yaml"));
  symlinkSync("nowhere.yaml", path.join(root, "environments/dev/bu/team/gone.yaml"));
  symlinkSync(path.join(root, "policies"), path.join(root, "environments/dev/bu/team/inside"));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("node host glob", () => {
  it("lists matching files and symlinks, sorted, without entering dot folders, node_modules or folders named like files", async () => {
    expect(await createNodeHost(root).glob(INPUT_GLOBS)).toEqual([
      "environments/dev/bu/businessunit.yaml",
      "environments/dev/bu/team/copy.yaml",
      "environments/dev/bu/team/daily.yml",
      "environments/dev/bu/team/gone.yaml",
      "environments/dev/bu/team/linked",
      "environments/dev/bu/team/team.yaml",
      "environments/dev/environment.yaml",
      "pipeforge.yaml",
      "policies/base.yaml",
      "templates/main.hbs",
    ]);
  });

  it("lists a symlink leaving the folder even when no pattern matches it, and never follows one", async () => {
    const found = await createNodeHost(root).glob(["environments/**/*.yaml"]);
    expect(found).toContain("environments/dev/bu/team/linked");
    expect(found.some((p) => p.includes("stolen") || p.startsWith("environments/dev/bu/team/inside"))).toBe(false);
  });

  it("walks from the root for root-level globs and takes literal patterns as they are", async () => {
    const host = createNodeHost(root);
    expect(await host.glob(["*.yaml"])).toEqual(["outside-inputs.yaml", "pipeforge.yaml"]);
    expect(await host.glob(["pipeforge.yml", "rendered/dev/x.yaml"])).toEqual(["rendered/dev/x.yaml"]);
    // Within reach of `**`, the folder symlink leaving the repository is listed (and reported when read).
    expect(await host.glob(["**/x.yaml"])).toEqual(["environments/dev/bu/team/linked", "rendered/dev/x.yaml"]);
    expect(await host.glob(["nothing/**/*.yaml"])).toEqual([]);
  });
});
