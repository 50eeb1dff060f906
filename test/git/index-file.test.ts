// Git's index file read directly (git/index-file.ts) lists what `git ls-files -s` lists, in every
// index version git writes; what it cannot read it says so, and the caller asks git.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseLsFiles, type TreeEntry } from "../../src/git/entries.js";
import { GitError } from "../../src/git/index.js";
import { parseIndexFile } from "../../src/git/index-file.js";
import { INPUT_ROOTS } from "../../src/git/repo.js";
import { splitNul } from "../../src/git/run.js";
import { TempRepo } from "../e2e/temp-repo.js";

const made: TempRepo[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.dispose();
});

const FILES = {
  "pipeforge.yaml": "kind: Repository\n",
  "README.md": "not an input\n",
  "environments/dev/env.yaml": "kind: Environment\n",
  "environments/dev/core/team-a/daily.yaml": "kind: Pipeline\n",
  "environments/dev/core/team-a/ünïcödé.yaml": "kind: Pipeline\n",
  [`environments/dev/core/team-a/${"long-name-".repeat(12)}.yaml`]: "kind: Pipeline\n",
  "environmentsX/not-under-a-root.yaml": "x\n",
  "policies/p.yaml": "kind: Policy\n",
  "gitops/environments/prd/env.yaml": "kind: Environment\n",
};

function repo(options: { init?: string[] } = {}): TempRepo {
  const r = new TempRepo();
  made.push(r);
  if (options.init) {
    rmSync(path.join(r.dir, ".git"), { recursive: true, force: true });
    r.git("init", "-q", ...options.init);
  }
  r.writeAll(FILES);
  r.commit("init");
  return r;
}

/** What `git ls-files -s` lists under the prefix, keyed as the reader keys it. */
function lsFiles(r: TempRepo, prefix: string): [string, TreeEntry][] {
  const out = r.git("-c", "core.quotePath=false", "ls-files", "-s", "-z", "--", ...INPUT_ROOTS.map((x) => `${prefix}${x}`));
  return [...parseLsFiles(splitNul(Buffer.from(out)))].map(([p, e]) => [p.slice(prefix.length), { kind: e.kind, oid: e.oid }]);
}

function direct(r: TempRepo, prefix: string): [string, TreeEntry][] | string {
  const listing = parseIndexFile(readFileSync(path.join(r.dir, ".git", "index")), prefix, INPUT_ROOTS);
  return "unsupported" in listing ? listing.unsupported : [...listing.entries].map(([p, e]) => [p, { kind: e.kind, oid: e.oid }]);
}

describe("parseIndexFile", () => {
  it.each([2, 3, 4])("lists what ls-files lists, index version %i", (version) => {
    const r = repo();
    r.git("update-index", "--index-version", String(version));
    expect(direct(r, "")).toEqual(lsFiles(r, ""));
    expect(direct(r, "gitops/")).toEqual(lsFiles(r, "gitops/"));
    expect((direct(r, "") as unknown[]).length).toBe(6);
  });

  it.each([3, 4])("lists intent-to-add and skip-worktree entries, symlinks and submodules as ls-files does (version %i)", (version) => {
    const r = repo();
    r.write("environments/dev/core/team-a/new.yaml", "kind: Pipeline\n");
    r.git("add", "-N", "environments/dev/core/team-a/new.yaml");
    r.git("update-index", "--skip-worktree", "environments/dev/core/team-a/daily.yaml");
    r.git("update-index", "--add", "--cacheinfo", "120000", execGit(r, ["hash-object", "-w", "--stdin"], "daily.yaml").trim(), "environments/dev/core/team-a/alias.yaml");
    r.git("update-index", "--add", "--cacheinfo", "160000", "1".repeat(40), "environments/dev/core/sub");
    r.git("update-index", "--index-version", String(version));
    const listed = lsFiles(r, "");
    expect(listed.map(([p, e]) => `${e.kind} ${p}`)).toEqual(expect.arrayContaining(["file environments/dev/core/team-a/new.yaml", "symlink environments/dev/core/team-a/alias.yaml", "submodule environments/dev/core/sub"]));
    expect(direct(r, "")).toEqual(listed);
  });

  it("lists a repository of SHA-256 object ids", () => {
    const r = repo({ init: ["--object-format=sha256", "-b", "main"] });
    const listed = lsFiles(r, "");
    expect(listed[0]![1].oid).toMatch(/^[0-9a-f]{64}$/);
    expect(direct(r, "")).toEqual(listed);
  });

  it("throws on conflicts, as ls-files' reading does", () => {
    const r = repo();
    const file = "environments/dev/core/team-a/daily.yaml";
    const oid = r.git("rev-parse", `:${file}`).trim();
    const info = [1, 2, 3].map((stage) => `100644 ${oid} ${stage}\t${file}`).join("\n");
    r.git("rm", "-q", "--cached", file);
    execGit(r, ["update-index", "--index-info"], `${info}\n`);
    expect(() => direct(r, "")).toThrow(GitError);
    expect(() => direct(r, "")).toThrow(/unresolved conflicts \(environments\/dev\/core\/team-a\/daily\.yaml\)/);
  });

  it.each([
    { name: "a split index", setUp: (r: TempRepo) => r.git("update-index", "--split-index"), reason: "a split index" },
    { name: "a sparse index", setUp: (r: TempRepo) => (r.git("sparse-checkout", "init", "--cone", "--sparse-index"), r.git("sparse-checkout", "set", "policies")), reason: /sparse index/ },
  ])("leaves $name to git", ({ setUp, reason }) => {
    const r = repo();
    setUp(r);
    expect(direct(r, "")).toMatch(reason);
  });

  it("leaves an index larger than the limit to git, whose pathspec filter is faster there", () => {
    const r = repo();
    const bytes = readFileSync(path.join(r.dir, ".git", "index"));
    expect(parseIndexFile(bytes, "", INPUT_ROOTS, bytes.length)).toHaveProperty("entries");
    expect(parseIndexFile(bytes, "", INPUT_ROOTS, bytes.length - 1)).toEqual({ unsupported: `an index of more than ${bytes.length - 1} bytes` });
  });

  it.each([
    { name: "an index without a checksum (what index.skipHash writes)", change: (b: Buffer) => b.fill(0, b.length - 20) },
    { name: "a damaged entry", change: (b: Buffer) => b.fill(0xff, 100, 140) },
    { name: "a cut-off file", change: (b: Buffer) => b.subarray(0, b.length - 7) },
    { name: "another signature", change: (b: Buffer) => Buffer.concat([Buffer.from("XXXX"), b.subarray(4)]) },
  ])("refuses $name: no checksum matches", ({ change }) => {
    const r = repo();
    const file = path.join(r.dir, ".git", "index");
    writeFileSync(file, change(Buffer.from(readFileSync(file))));
    expect(direct(r, "")).toMatch(/^(no checksum of a known hash|not an index file)$/);
  });
});

function execGit(r: TempRepo, args: string[], input: string): string {
  return execFileSync("git", args, { cwd: r.dir, env: r.env, input, encoding: "utf8" });
}
