// The git hosts against real repositories: the index is read (from its file where the
// repository says where it is, else through git; never the working tree), a commit through
// git, with one cat-file process for the blobs the working tree does not hold byte for byte.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileSelected } from "../../src/cli/scoped.js";
import { loadRepository } from "../../src/discover/index.js";
import {
  createIndexHost,
  createRevisionHost,
  GitError,
  mergeBase,
  openRepository,
  openStagedRepository,
  repositoryAtRoot,
  resolveCommit,
  stagedChanges,
  workingTreeChanges,
  worktreeBlob,
  type GitRepo,
} from "../../src/git/index.js";
import { MAX_FILE_BYTES, type Host } from "../../src/host/index.js";
import { TempRepo } from "../e2e/temp-repo.js";
import { TREE } from "../scope/tree.js";

const made: TempRepo[] = [];
const repoWith = (files = TREE, sub?: string) => {
  const r = new TempRepo(files, { sub });
  made.push(r);
  return r;
};
afterEach(() => {
  for (const r of made.splice(0)) r.dispose();
});

const open = (r: TempRepo, sub = "."): Promise<GitRepo> => openRepository(path.join(r.dir, sub), r.env);
const openAtRoot = async (r: TempRepo, sub = "."): Promise<GitRepo> => repositoryAtRoot(path.join(r.dir, sub), r.env);
/** The two views a staged run can take: from the top level (rev-parse first) or from the pipeforge root. */
const VIEWS = [
  ["from the top level", open],
  ["from the root", openAtRoot],
] as const;
const text = async (host: Host, p: string) => {
  const read = await host.readFile(p);
  return read.ok ? Buffer.from(read.bytes).toString("utf8") : read;
};
const CM = "environments/dev/core/up/extra/cm.yaml";

describe("createIndexHost", () => {
  it.each(VIEWS)("reads what is staged, not what is on disk (%s)", async (_, open) => {
    const r = repoWith().write(CM, "staged\n");
    r.git("add", "-A");
    r.write(CM, "on disk\n").write("environments/dev/core/up/untracked.yaml", "x\n");
    const host = await createIndexHost(await open(r));
    expect(await text(host, CM)).toBe("staged\n");
    expect(await host.glob(["environments/**/*.yaml"])).not.toContain("environments/dev/core/up/untracked.yaml");
    expect(await text(host, "environments/dev/core/up/untracked.yaml")).toEqual({ ok: false, reason: "missing" });
  });

  it.each(VIEWS)("keeps paths with spaces and non-ASCII letters intact (%s)", async (_, open) => {
    const odd = "environments/dev/core/up/extra/my config ü.yaml";
    const r = repoWith().write(odd, "odd\n");
    r.git("add", "-A");
    const host = await createIndexHost(await open(r));
    expect(await host.glob(["environments/**/*.yaml"])).toContain(odd);
    expect(await text(host, odd)).toBe("odd\n");
  });

  it("follows symlinks inside the root and refuses those that leave it", async () => {
    const r = repoWith();
    const dir = r.abs("environments/dev/core/up/extra");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "real.yaml"), "real\n");
    symlinkSync("real.yaml", path.join(dir, "inside.yaml"));
    symlinkSync("../../../../../../outside.yaml", path.join(dir, "outside.yaml"));
    symlinkSync("/etc/hostname", path.join(dir, "absolute.yaml"));
    symlinkSync("nowhere.yaml", path.join(dir, "dangling.yaml"));
    r.git("add", "-A");
    const host = await createIndexHost(await open(r));
    const base = "environments/dev/core/up/extra";
    expect(await text(host, `${base}/inside.yaml`)).toBe("real\n");
    expect(await text(host, `${base}/outside.yaml`)).toMatchObject({ ok: false, reason: "outside-repository" });
    expect(await text(host, `${base}/absolute.yaml`)).toMatchObject({ ok: false, reason: "outside-repository" });
    expect(await text(host, `${base}/dangling.yaml`)).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses files over the size limit before parsing (YAML004)", async () => {
    const r = repoWith().write(CM, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    r.git("add", "-A");
    const host = await createIndexHost(await open(r));
    expect(await host.readFile(CM)).toEqual({ ok: false, reason: "too-large", detail: String(MAX_FILE_BYTES + 1) });
    const { diagnostics } = await loadRepository(host);
    expect(diagnostics.map((d) => [d.code, d.location?.file])).toEqual([["YAML004", CM]]);
  });

  it("lists no gitlink (submodule) entries", async () => {
    const r = repoWith();
    r.git("update-index", "--add", "--cacheinfo", `160000,${"1".repeat(40)},environments/dev/core/up/vendored.yaml`);
    const host = await createIndexHost(await open(r));
    expect(await host.glob(["environments/**/*.yaml"])).not.toContain("environments/dev/core/up/vendored.yaml");
  });

  it("refuses an index with unresolved conflicts", async () => {
    const r = repoWith();
    const oid = r.git("hash-object", "-w", r.abs("environments/dev/core/up/source.yaml")).trim();
    const info = `100644 ${oid} 1\t${CM}\n100644 ${oid} 2\t${CM}\n`;
    expect(spawnSync("git", ["update-index", "--index-info"], { cwd: r.dir, env: r.env, input: info }).status).toBe(0);
    await expect(createIndexHost(await open(r))).rejects.toMatchObject({ kind: "unmerged" });
  });

  it("reads files the working tree holds unchanged from disk, and the rest with one cat-file process", async () => {
    const r = repoWith();
    r.git("add", "-A");
    // A git on PATH that logs each sub-command, then runs the real one.
    const realGit = execFileSync("sh", ["-c", "command -v git"], { env: r.env, encoding: "utf8" }).trim();
    const bin = r.abs(".fake-bin");
    const log = r.abs(".git-calls");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "git"), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, "git"), 0o755);
    const repo: GitRepo = { ...(await open(r)), env: { ...r.env, PATH: `${bin}:${r.env.PATH}` } };
    const unchanged = await loadRepository(await createIndexHost(repo));
    expect(unchanged.diagnostics).toEqual([]);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["ls-files"]);

    // Two files differ on disk from what is staged: their blobs come from git, in one batch.
    const staged = ["environments/dev/core/up/source.yaml", "environments/dev/core/other/lonely.yaml"].map((p) => [p, readFileSync(r.abs(p), "utf8")] as const);
    for (const [p, t] of staged) r.write(p, `${t}# edited, not staged\n`);
    writeFileSync(log, "");
    const host = await createIndexHost(repo);
    const loaded = await loadRepository(host);
    await loadRepository(host); // a second load (a scoped run) reads from memory
    expect(loaded.diagnostics).toEqual([]);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["ls-files", "cat-file"]);
    for (const [p, t] of staged) expect(loaded.sources.get(p)).toBe(t);
  });
});

describe("createRevisionHost and changes", () => {
  it("reads a commit's files, whatever the index and the disk hold", async () => {
    const r = repoWith().commit("one");
    const first = r.git("rev-parse", "HEAD").trim();
    r.write(CM, "two\n").commit("two").write(CM, "disk\n");
    const repo = await open(r);
    expect(await text(await createRevisionHost(repo, first), CM)).toEqual({ ok: false, reason: "missing" });
    expect(await text(await createRevisionHost(repo, await resolveCommit(repo, "HEAD")), CM)).toBe("two\n");
  });

  it.each(VIEWS)("lists staged changes with both sides of a rename, against HEAD (%s)", async (_, open) => {
    const r = repoWith().commit();
    r.git("mv", "environments/dev/core/other/lonely.yaml", "environments/dev/core/other/alone.yaml");
    r.write("README.md", "not an input\n").write(CM, "unstaged\n");
    r.git("add", "README.md");
    const changes = await stagedChanges(await open(r));
    expect(changes.paths).toEqual(["environments/dev/core/other/alone.yaml", "environments/dev/core/other/lonely.yaml"]);
    expect(await text(changes.before, "environments/dev/core/other/lonely.yaml")).toBe(TREE["environments/dev/core/other/lonely.yaml"]);
  });

  it.each(VIEWS)("lists only the staged paths from HEAD, under a sub-folder root too (%s)", async (_, open) => {
    const r = repoWith(TREE, "gitops").commit();
    const source = "environments/dev/core/up/source.yaml";
    r.write(`gitops/${source}`, "changed\n").write(`gitops/${CM}`, "new\n");
    r.git("add", "-A");
    const changes = await stagedChanges(await open(r, "gitops"));
    expect(changes.paths).toEqual([CM, source]);
    expect(await changes.before.glob(["**/*.yaml"])).toEqual([source]);
    expect(await text(changes.before, source)).toBe(TREE[source]);
    expect(await text(changes.before, CM)).toEqual({ ok: false, reason: "missing" });
  });

  it.each(VIEWS)("lists all of HEAD when a staged path was a symlink there, so that the link can be followed (%s)", async (_, open) => {
    const r = repoWith();
    const target = "environments/dev/core/up/source.yaml";
    symlinkSync("source.yaml", r.abs("environments/dev/core/up/linked.yaml"));
    r.commit();
    r.remove("environments/dev/core/up/linked.yaml").write("environments/dev/core/up/linked.yaml", "now a file\n");
    r.git("add", "-A");
    const changes = await stagedChanges(await open(r));
    expect(changes.paths).toEqual(["environments/dev/core/up/linked.yaml"]);
    expect(await text(changes.before, "environments/dev/core/up/linked.yaml")).toBe(TREE[target]);
  });

  it.each(VIEWS)("lists staged changes before the first commit (%s)", async (_, open) => {
    const r = repoWith();
    r.git("add", "pipeforge.yaml");
    const changes = await stagedChanges(await open(r));
    expect(changes.paths).toEqual(["pipeforge.yaml"]);
    expect(await changes.before.glob(["**"])).toEqual([]);
  });

  it("lists working-tree changes since a commit: staged, unstaged, untracked and deleted", async () => {
    const r = repoWith().commit();
    const base = r.git("rev-parse", "HEAD").trim();
    r.write("environments/dev/core/up/source.yaml", "changed\n").write(CM, "new\n").remove("environments/dev/core/other/lonely.yaml");
    r.write("environments/dev/core/down/staged.yaml", "s\n");
    r.git("add", "environments/dev/core/down/staged.yaml");
    const changes = await workingTreeChanges(await open(r), base);
    expect(changes.paths).toEqual([
      "environments/dev/core/down/staged.yaml",
      "environments/dev/core/other/lonely.yaml",
      CM,
      "environments/dev/core/up/source.yaml",
    ]);
  });

  it("maps paths when the pipeforge root is a sub-folder of the work tree", async () => {
    const r = repoWith(TREE, "gitops");
    r.write("other/environments/x.yaml", "not ours\n").commit();
    r.write(`gitops/${CM}`, "cm\n");
    r.git("add", "-A");
    const repo = await open(r, "gitops");
    expect(repo.prefix).toBe("gitops/");
    const host = await createIndexHost(repo);
    expect(await text(host, CM)).toBe("cm\n");
    expect((await host.glob(["environments/**/*.yaml"])).every((p) => p.startsWith("environments/"))).toBe(true);
    expect((await stagedChanges(repo)).paths).toEqual([CM]);
  });
});

describe("the repository seen from the root (repositoryAtRoot)", () => {
  it("knows where the index is only where git would find it without being told: a .git folder, the root's real place, GIT_INDEX_FILE from the top level", async () => {
    const r = repoWith(TREE, "gitops");
    expect(repositoryAtRoot(r.abs("gitops"), r.env).index).toEqual({ file: path.join(r.dir, ".git", "index"), rootInWorkTree: "gitops/" });
    expect(repositoryAtRoot(r.dir, r.env).index).toEqual({ file: path.join(r.dir, ".git", "index"), rootInWorkTree: "" });
    expect(repositoryAtRoot(r.dir, { ...r.env, GIT_INDEX_FILE: "/tmp/elsewhere" }).index?.file).toBe("/tmp/elsewhere");
    // As a plain `git commit` sets it for its hooks: relative, taken from the top level.
    expect(repositoryAtRoot(r.abs("gitops"), { ...r.env, GIT_INDEX_FILE: ".git/index" }).index?.file).toBe(path.join(r.dir, ".git", "index"));
    // Through a symlink inside the work tree, git sees the physical path: the prefix would differ.
    symlinkSync("gitops", r.abs("alias"));
    expect(repositoryAtRoot(r.abs("alias"), r.env).index).toBeUndefined();
  });

  it.each([
    ["a split index", (r: TempRepo) => r.git("update-index", "--split-index")],
    ["an index of version 4", (r: TempRepo) => r.git("update-index", "--index-version", "4")],
    ["another index file (GIT_INDEX_FILE)", (r: TempRepo) => r.git("update-index", "--index-version", "2")],
    ["another index file (GIT_INDEX_FILE, relative)", (r: TempRepo) => r.git("update-index", "--index-version", "2")],
  ] as const)("lists %s as git does", async (name, setUp) => {
    const r = repoWith(TREE, "gitops");
    r.write(`gitops/${CM}`, "cm\n");
    r.git("add", "-A");
    setUp(r);
    let env = r.env;
    if (name.startsWith("another")) {
      // An index of its own, holding one more file than .git/index.
      const other = path.join(r.dir, ".git", "other-index");
      copyFileSync(path.join(r.dir, ".git", "index"), other);
      env = { ...r.env, GIT_INDEX_FILE: name.endsWith("relative)") ? ".git/other-index" : other };
      r.write("gitops/environments/dev/core/up/extra/only-there.yaml", "x\n");
      execFileSync("git", ["add", "gitops/environments/dev/core/up/extra/only-there.yaml"], { cwd: r.dir, env: { ...r.env, GIT_INDEX_FILE: other } });
    }
    const atRoot = await createIndexHost(repositoryAtRoot(r.abs("gitops"), env));
    const throughGit = await createIndexHost(await openRepository(r.abs("gitops"), env));
    const listed = await atRoot.glob(["**/*.yaml"]);
    expect(listed).toEqual(await throughGit.glob(["**/*.yaml"]));
    expect(listed).toContain(CM);
    expect(listed.includes("environments/dev/core/up/extra/only-there.yaml")).toBe(name.startsWith("another"));
    expect(await text(atRoot, CM)).toBe("cm\n");
  });

  it("lists the index and the staged change relative to a sub-folder root, leaving the rest of the work tree out", async () => {
    const r = repoWith(TREE, "gitops");
    r.write("other/environments/x.yaml", "not ours\n").write("environments/dev/core/up/extra/cm.yaml", "outside the root\n").commit();
    r.write(`gitops/${CM}`, "cm\n").write(CM, "changed outside\n").write("other/environments/x.yaml", "changed too\n");
    r.git("add", "-A");
    const repo = repositoryAtRoot(r.abs("gitops"), r.env);
    const host = await createIndexHost(repo);
    expect(await text(host, CM)).toBe("cm\n");
    expect(await host.glob(["**/*.yaml"])).toEqual(await (await createIndexHost(await open(r, "gitops"))).glob(["**/*.yaml"]));
    const changes = await stagedChanges(repo);
    expect(changes.paths).toEqual([CM]);
    expect(await text(changes.before, CM)).toEqual({ ok: false, reason: "missing" });
  });

  it("reports a folder outside any work tree at its first git call", async () => {
    const r = repoWith();
    r.git("init", "-q", "--bare", "bare.git");
    const plain = mkdtempSync(path.join(tmpdir(), "pipeforge-nogit-"));
    try {
      // Outside any repository, ls-files says so (diff falls back to --no-index there).
      await expect(createIndexHost(repositoryAtRoot(plain, r.env))).rejects.toMatchObject({ kind: "not-a-repository", message: expect.stringMatching(/is not inside a git work tree \(not a git repository/) });
      // The CLI reports either folder as such: with no .git above, it asks rev-parse first.
      const io = { cwd: plain, env: r.env, stdout: () => undefined, stderr: () => undefined, stdoutIsTty: false };
      for (const folder of [plain, r.abs("bare.git")]) await expect(compileSelected({ ...io, cwd: folder }, folder, { staged: true })).rejects.toThrow(/is not inside a git work tree \(/);
      expect(() => repositoryAtRoot(r.abs("missing"), r.env)).toThrow(GitError);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe("openStagedRepository", () => {
  it("sees a sub-folder root from the root itself, and lists what the top-level view lists", async () => {
    const r = repoWith(TREE, "gitops").commit();
    r.write(`gitops/${CM}`, "cm\n");
    r.git("add", "-A");
    const repo = await openStagedRepository(r.abs("gitops"), r.env);
    expect([repo.cwd, repo.prefix]).toEqual([r.abs("gitops"), ""]);
    expect((await stagedChanges(repo)).paths).toEqual((await stagedChanges(await open(r, "gitops"))).paths);
  });

  it("asks rev-parse when the environment places the repository (GIT_DIR, GIT_WORK_TREE)", async () => {
    const r = repoWith(TREE, "gitops").commit();
    r.write(`gitops/${CM}`, "cm\n");
    r.git("add", "-A");
    const repo = await openStagedRepository(r.abs("gitops"), { ...r.env, GIT_DIR: r.abs(".git"), GIT_WORK_TREE: r.dir });
    expect([repo.toplevel, repo.prefix]).toEqual([realpathSync(r.dir), "gitops/"]);
    expect((await stagedChanges(repo)).paths).toEqual([CM]);
  });
});

describe("git errors", () => {
  it("outside a work tree", async () => {
    const r = repoWith();
    r.git("init", "-q", "--bare", "bare.git");
    const plain = mkdtempSync(path.join(tmpdir(), "pipeforge-nogit-"));
    try {
      await expect(openRepository(plain, r.env)).rejects.toMatchObject({ kind: "not-a-repository" });
      await expect(openRepository(r.abs("bare.git"), r.env)).rejects.toMatchObject({ kind: "not-a-repository" });
      await expect(openRepository(r.abs("missing"), r.env)).rejects.toBeInstanceOf(GitError);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it.each(["no-such-branch", "-rf", ""])("a revision that names no commit: %j", async (ref) => {
    const r = repoWith().commit();
    await expect(resolveCommit(await open(r), ref)).rejects.toMatchObject({ kind: "bad-revision" });
  });

  it("no merge base with an unrelated history", async () => {
    const r = repoWith().commit();
    r.git("checkout", "-q", "--orphan", "other");
    r.commit("unrelated");
    const repo = await open(r);
    await expect(mergeBase(repo, await resolveCommit(repo, "main"), await resolveCommit(repo, "HEAD"))).rejects.toMatchObject({ kind: "no-merge-base" });
  });
});

describe("worktreeBlob", () => {
  it("gives a file's bytes only when they hash to the object id (SHA-1 or SHA-256)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pf-blob-"));
    try {
      const file = path.join(dir, "a.yaml");
      writeFileSync(file, "kind: Team\n");
      const sha1 = execFileSync("git", ["hash-object", file], { encoding: "utf8" }).trim();
      execFileSync("git", ["init", "-q", "--object-format=sha256", path.join(dir, "sha256")]);
      const sha256 = execFileSync("git", ["-C", path.join(dir, "sha256"), "hash-object", file], { encoding: "utf8" }).trim();
      expect(Buffer.from(worktreeBlob(file, sha1)!).toString("utf8")).toBe("kind: Team\n");
      expect(sha256).toHaveLength(64);
      expect(Buffer.from(worktreeBlob(file, sha256)!).toString("utf8")).toBe("kind: Team\n");
      writeFileSync(file, "kind: Team\r\n");
      expect(worktreeBlob(file, sha1)).toBeUndefined();
      expect(worktreeBlob(path.join(dir, "missing.yaml"), sha1)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
