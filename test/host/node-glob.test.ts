// The node host's listing: what a glob over a real folder returns, including the entries
// globbing libraries disagree on (symlinks, dot entries, pruned folders, literal patterns).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INPUT_GLOBS } from "../../src/discover/index.js";
import { focusedInputGlobs } from "../../src/discover/layout.js";
import { createMemoryHost, createNodeHost } from "../../src/host/index.js";

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

  // One base inside another that reaches less deep: the inner one is walked on its own, in full,
  // and the outer walk does not enter it. The listing must be what matching every file gives.
  const NESTED = [
    "environments/dev/environment.yaml",
    "environments/dev/bu/businessunit.yaml",
    "environments/dev/bu/team/team.yaml",
    "environments/dev/bu/team/daily.yaml",
    "environments/dev/bu/team/deep/er/nested.yaml",
    "environments/prd/environment.yml",
    "environments/prd/stray.yaml",
    "environments/prd/bu/businessunit.yaml",
    "environments/prd/bu/team/team.yml",
    "environments/prd/bu/team/daily.yaml",
    "environments/prd/bu/team/deep/team.yaml",
    "environments/stray.yaml",
    "policies/base.yaml",
    "templates/main.hbs",
  ];
  it.each([
    ["the focused inputs of one environment", focusedInputGlobs(["dev"])!],
    ["the focused inputs of two", focusedInputGlobs(["dev", "prd"])!],
    ["a deep inner base", ["environments/*/*/*/team.yaml", "environments/dev/bu/team/deep/**/*.yaml"]],
    ["an inner base the outer one reaches past", ["environments/**/*.yaml", "environments/dev/*.yaml"]],
    ["two inner bases, one inside the other", ["environments/*/*.yaml", "environments/prd/**/*.yaml", "environments/prd/bu/*/*.yaml"]],
    ["the root around everything", ["*/*/*.yaml", "environments/dev/**/*.yaml"]],
  ])("walks nested bases each to its own depth: %s", async (_, patterns) => {
    const saved = root;
    root = path.join(work, "nested");
    try {
      for (const f of NESTED) put(f);
      const expected = await createMemoryHost(Object.fromEntries(NESTED.map((f) => [f, "x: 1\n"]))).glob(patterns);
      expect(expected.length).toBeGreaterThan(0);
      expect(await createNodeHost(root).glob(patterns)).toEqual(expected);
    } finally {
      root = saved;
    }
  });

  it("lists the focus environment in full and the others down to their team files", async () => {
    const host = createMemoryHost(Object.fromEntries(NESTED.map((f) => [f, "x: 1\n"])));
    expect(await host.glob(focusedInputGlobs(["dev"])!)).toEqual([
      "environments/dev/bu/businessunit.yaml",
      "environments/dev/bu/team/daily.yaml",
      "environments/dev/bu/team/deep/er/nested.yaml",
      "environments/dev/bu/team/team.yaml",
      "environments/dev/environment.yaml",
      "environments/prd/bu/businessunit.yaml",
      "environments/prd/bu/team/team.yml",
      "environments/prd/environment.yml",
      "environments/prd/stray.yaml",
      "environments/stray.yaml",
      "policies/base.yaml",
      "templates/main.hbs",
    ]);
    // A name that a glob would read as a pattern is not narrowed at all.
    expect(focusedInputGlobs(["d*v"])).toBeUndefined();
    expect(focusedInputGlobs([".."])).toBeUndefined();
  });

  it("looks up the team files of the other environments instead of listing their folders", async () => {
    const saved = root;
    root = path.join(work, "looked-up");
    try {
      for (const f of ["environments/dev/bu/team/team.yaml", "environments/prd/bu/a/team.yml", "environments/prd/bu/a/daily.yaml", "environments/prd/bu/b/elsewhere.yaml", "environments/prd/bu/c/.team.yaml"]) put(f);
      mkdirSync(path.join(root, "environments/prd/bu/b/team.yaml")); // a folder: not a file to list
      symlinkSync("elsewhere.yaml", path.join(root, "environments/prd/bu/b/team.yml"));
      symlinkSync(path.join(work, "elsewhere"), path.join(root, "environments/prd/bu/a/linked"));
      const host = createNodeHost(root);
      const focused = await host.glob(focusedInputGlobs(["dev"])!);
      expect(focused).toEqual(["environments/dev/bu/team/team.yaml", "environments/prd/bu/a/team.yml", "environments/prd/bu/b/team.yml"]);
      // Listed, the folder shows its symlink that leaves the repository; looked up, it does not.
      expect(await host.glob(INPUT_GLOBS)).toContain("environments/prd/bu/a/linked");
    } finally {
      root = saved;
    }
  });

  it("does not walk an inner base through a symlinked folder, as the walk around it would not", async () => {
    const saved = root;
    root = path.join(work, "linked-env");
    try {
      for (const f of ["environments/prd/environment.yaml", "environments/prd/bu/team/team.yaml", "environments/prd/bu/team/daily.yaml"]) put(f);
      symlinkSync("prd", path.join(root, "environments", "dev"));
      const host = createNodeHost(root);
      const full = await host.glob(INPUT_GLOBS);
      expect(full.some((p) => p.startsWith("environments/dev/"))).toBe(false);
      const focused = await host.glob(focusedInputGlobs(["dev"])!);
      expect(focused.some((p) => p.startsWith("environments/dev/"))).toBe(false);
      expect(focused).toEqual(full.filter((p) => !p.endsWith("daily.yaml")));
    } finally {
      root = saved;
    }
  });
});
