// End to end: the real CLI in temporary git repositories (real git, commits,
// staged and unstaged changes, a base branch). Exit code, stdout and stderr
// are asserted separately.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HOOK_SIGNATURE } from "../../src/git/index.js";
import { lines } from "../diagnostics/repo.js";
import { LONELY, scheduled, SINK, SOURCE, TREE, triggered } from "../scope/tree.js";
import { BIN, TempRepo } from "./temp-repo.js";

const made: TempRepo[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.dispose();
});
/** TREE committed on main. */
const committed = () => {
  const r = new TempRepo({ ...TREE, ".gitignore": "node_modules/\n" }).commit("init");
  made.push(r);
  return r;
};

const SUMMARY = (errors: number, warnings = 0) => `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, 0 infos\n`;
const BAD_SOURCE = scheduled("source", "0 25 * * *", ["  notify: [Succeeded]"]);
const GOOD_SOURCE = scheduled("source", "0 4 * * *", ["  notify: [Succeeded]"]);
const SEM008_SOURCE = `${SOURCE}:6:13: error SEM008 schedule "0 25 * * *": hour "25": value out of range 0-23\n`;
const NOTHING_STAGED = "validate: no pipeforge input among the staged files; nothing to check\n";

describe("validate --staged", () => {
  it("fails on a staged error even when the file on disk is fixed", () => {
    const r = committed().write(SOURCE, BAD_SOURCE);
    r.git("add", SOURCE);
    r.write(SOURCE, GOOD_SOURCE);
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 1, stdout: SEM008_SOURCE + SUMMARY(1), stderr: "" });
    expect(r.pipeforge(["validate"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "" });
  });

  it("passes on a staged fix even when the file on disk is broken", () => {
    const r = committed().write(SOURCE, GOOD_SOURCE);
    r.git("add", SOURCE);
    r.write(SOURCE, BAD_SOURCE);
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "" });
    expect(r.pipeforge(["validate"])).toEqual({ code: 1, stdout: SEM008_SOURCE + SUMMARY(1), stderr: "" });
  });

  it("has nothing to check when no pipeforge input is staged", () => {
    const r = committed().write("README.md", "docs\n");
    r.git("add", "README.md");
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: NOTHING_STAGED });
  });

  it("keeps what it found in other teams' files in its cache, and finds the same with it as without", () => {
    const r = committed();
    const cache = path.join(r.dir, ".git", "pipeforge-cache");
    r.write(SOURCE, GOOD_SOURCE);
    r.git("add", SOURCE);
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "" });
    const [file] = readdirSync(cache).filter((f) => f.startsWith("facts-"));
    const stored = JSON.parse(readFileSync(path.join(cache, file!), "utf8")) as { facts: Record<string, string> };
    // SINK's blob: its facts came from reading it, and are kept by its id.
    const sinkId = r.git("rev-parse", `:${SINK}`).trim();
    expect(stored.facts[sinkId]).toMatch(/^\d+\tup\/source\t(.* )?sink( |$)/);
    // A rename upstream: the dependent is found through the cached facts, as without a cache.
    r.write(SOURCE, scheduled("origin", "0 3 * * *", ["  notify: [Succeeded]"]));
    r.git("add", SOURCE);
    const sem005 = `${SINK}:7:14: error SEM005 after: up/source names no pipeline (looked for dev/core/up/source)\n`;
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 1, stdout: sem005 + SUMMARY(1), stderr: "" });
    r.env.PIPEFORGE_CACHE_DIR = "";
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 1, stdout: sem005 + SUMMARY(1), stderr: "" });
  });

  it("keeps the schema checks of clean manifests, and reports a broken one in every run", () => {
    const r = committed();
    const checks = path.join(r.dir, ".git", "pipeforge-cache", "checks");
    r.write(SOURCE, GOOD_SOURCE);
    r.git("add", SOURCE);
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "" });
    expect(readdirSync(checks).length).toBeGreaterThan(0);
    const cm = `${path.posix.dirname(SOURCE)}/extra/cm.yaml`;
    r.write(cm, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\nbinaryDatas: {}\n");
    r.git("add", cm);
    for (const run of [r.pipeforge(["validate", "--staged"]), r.pipeforge(["validate", "--staged"])]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^${cm}:7:1: error MAN001 `, "m"));
    }
  });

  it("reports the downstream team's findings for a changed upstream, not an unrelated team's", () => {
    const r = committed().write(LONELY, scheduled("lonely", "0 3 * * 9")).commit("already broken elsewhere");
    r.write(SOURCE, scheduled("origin", "0 3 * * *", ["  notify: [Succeeded]"]));
    r.git("add", SOURCE);
    const sem005 = `${SINK}:7:14: error SEM005 after: up/source names no pipeline (looked for dev/core/up/source)\n`;
    expect(r.pipeforge(["validate", "--staged"])).toEqual({ code: 1, stdout: sem005 + SUMMARY(1), stderr: "" });
    const full = r.pipeforge(["validate"]);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain(`${LONELY}:6:13: error SEM008`);
    expect(full.stdout).toContain(sem005);
  });

  it("reads paths with spaces and non-ASCII letters from the index", () => {
    const odd = "environments/dev/core/up/extra/my config ü.yaml";
    const r = committed().write(odd, lines("apiVersion: v1", "kind: Namespace", "metadata:", "  name: mine"));
    r.git("add", "-A");
    const out = r.pipeforge(["validate", "--staged", "--format", "json"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("");
    const findings = (JSON.parse(out.stdout) as { findings: { code: string; file: string; line: number; column: number }[] }).findings;
    expect(findings.map((f) => `${f.code} ${f.file}:${f.line}:${f.column}`)).toEqual([`SEM019 ${odd}:2:7`]);
  });

  it("works in a pipeforge root below the work tree's top level", () => {
    const r = new TempRepo(TREE, { sub: "gitops" }).commit();
    made.push(r);
    r.write(`gitops/${SOURCE}`, BAD_SOURCE);
    r.git("add", "-A");
    expect(r.pipeforge(["validate", "--staged"], "gitops")).toEqual({ code: 1, stdout: SEM008_SOURCE + SUMMARY(1), stderr: "" });
    expect(r.pipeforge(["validate", "--staged", "-C", "gitops"])).toEqual({ code: 1, stdout: SEM008_SOURCE + SUMMARY(1), stderr: "" });
  });
});

describe("validate PATH...", () => {
  it("checks what the given files affect, in the working tree", () => {
    const r = committed().write(LONELY, scheduled("lonely", "0 3 * * 9")).write(SOURCE, BAD_SOURCE);
    expect(r.pipeforge(["validate", SOURCE])).toEqual({ code: 1, stdout: SEM008_SOURCE + SUMMARY(1), stderr: "" });
    const folder = r.pipeforge(["validate", "environments/dev/core/other"]);
    expect(folder.code).toBe(1);
    expect(folder.stdout).toBe(`${LONELY}:6:13: error SEM008 schedule "0 3 * * 9": day-of-week "9": value out of range 0-6\n${SUMMARY(1)}`);
    expect(r.pipeforge(["validate", "README.md"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "validate: no pipeforge input among the changed files; nothing to check\n" });
  });

  it("refuses a path outside the repository", () => {
    const r = committed();
    expect(r.pipeforge(["validate", "../elsewhere.yaml"])).toEqual({ code: 2, stdout: "", stderr: `pipeforge: ../elsewhere.yaml is outside the repository root ${r.dir}\n` });
  });
});

describe("--base REF (pull requests)", () => {
  /** main: TREE, then an unrelated commit after the branch point; pr: `change` committed. */
  const pullRequest = (change: Record<string, string>) => {
    const r = committed();
    r.git("checkout", "-q", "-b", "pr");
    r.writeAll(change).commit("pr change");
    r.git("checkout", "-q", "main");
    r.write(LONELY, scheduled("lonely", "0 9 * * *")).commit("main moves on");
    r.git("checkout", "-q", "pr");
    return r;
  };

  it("diffs the rendered manifests from the merge base to the working tree", () => {
    const r = pullRequest({ [SOURCE]: GOOD_SOURCE });
    r.write("environments/dev/core/up/extra/cm.yaml", lines("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: settings")); // uncommitted, untracked
    const out = r.pipeforge(["diff", "--base", "main", "--format", "text"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const mergeBase = r.git("merge-base", "main", "HEAD").trim().slice(0, 12);
    expect(out.stdout.split("\n").slice(0, 7)).toEqual([
      `pipeforge diff: main (merge base ${mergeBase}) → working tree`,
      "1 added, 0 removed, 1 changed",
      "",
      "dev/core/up:",
      "  + ConfigMap dev-core-up/settings (dev/core/up/configmap-settings.yaml)",
      "  ~ CronWorkflow dev-core-up/source (dev/core/up/cronworkflow-source.yaml)",
      "    --- a/dev/core/up/cronworkflow-source.yaml",
    ]);
    expect(out.stdout).toContain("    -    - 0 3 * * *\n    +    - 0 4 * * *\n");
    expect(out.stdout).not.toContain("lonely"); // main's own later change is not the PR's
    expect(r.pipeforge(["validate", "--base", "main"])).toEqual({ code: 0, stdout: SUMMARY(0), stderr: "" });
    const md = r.pipeforge(["diff", "--base", "main", "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| changed | CronWorkflow | dev-core-up/source | `dev/core/up/cronworkflow-source.yaml` |");
    const json = r.pipeforge(["diff", "--base", "main", "--format", "json"]);
    expect((JSON.parse(json.stdout) as { summary: unknown }).summary).toEqual({ added: 1, removed: 0, changed: 1 });
  });

  it("reports a broken pull request: validate exits 1, diff still prints and exits 1", () => {
    const r = pullRequest({ [SINK]: triggered("sink", "up/nothing") });
    const sem005 = `${SINK}:7:14: error SEM005 after: up/nothing names no pipeline (looked for dev/core/up/nothing)\n`;
    expect(r.pipeforge(["validate", "--base", "main"])).toEqual({ code: 1, stdout: sem005 + SUMMARY(1), stderr: "" });
    const diff = r.pipeforge(["diff", "--base", "main"]);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain("~ Sensor dev-core-down/sink");
    expect(diff.stderr).toBe(sem005 + SUMMARY(1));
  });

  it.each([
    [["validate", "--base", "nope"], /^pipeforge: "nope" names no commit in .*\n$/],
    [["diff", "--base", "nope"], /^pipeforge: "nope" names no commit in .*\n$/],
    [["diff"], /^pipeforge: diff needs --base REF/],
    [["diff", "--base", "main", "--format", "html"], /^pipeforge: --format must be one of markdown, text, json\n$/],
    [["validate", "--staged", "--base", "main"], /^pipeforge: --staged and --base cannot be combined\n$/],
  ])("usage error: %j", (args, stderr) => {
    const out = committed().pipeforge(args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(stderr);
  });
});

describe("outside a git repository", () => {
  it.each([["validate", "--staged"], ["validate", "--base", "main"], ["diff", "--base", "main"], ["hook", "install"]])("%s %s exits 2", (...args) => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-nogit-"));
    try {
      const r = committed();
      r.writeAll(TREE, path.relative(r.dir, dir)); // a pipeforge tree, but no .git above it
      const out = r.pipeforge(args, path.relative(r.dir, dir));
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(/^pipeforge: .* is not inside a git work tree \(not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("hook install", () => {
  /** The repository as npm leaves it with pipeforge as a devDependency. */
  const withDevDependency = () => {
    const r = committed();
    mkdirSync(r.abs("node_modules/.bin"), { recursive: true });
    symlinkSync(BIN, r.abs("node_modules/.bin/pipeforge"));
    r.env.PATH = `${path.dirname(process.execPath)}:${r.env.PATH}`;
    return r;
  };

  it("writes a hook that blocks a commit with staged errors and lets a fixed one through", () => {
    const r = withDevDependency();
    expect(r.pipeforge(["hook", "install"])).toEqual({ code: 0, stdout: "hook install: created .git/hooks/pre-commit\n", stderr: "" });
    expect(readFileSync(r.abs(".git/hooks/pre-commit"), "utf8")).toContain(HOOK_SIGNATURE);
    const head = r.git("rev-parse", "HEAD");
    r.write(SOURCE, BAD_SOURCE).git("add", SOURCE);
    let failure: { status?: number; stdout?: string; stderr?: string } = {};
    try {
      r.git("commit", "-q", "-m", "broken");
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(`${failure.stdout}${failure.stderr}`).toContain(SEM008_SOURCE);
    expect(r.git("rev-parse", "HEAD")).toBe(head);
    r.write(SOURCE, GOOD_SOURCE).git("add", SOURCE);
    r.git("commit", "-q", "-m", "fixed");
    expect(r.git("rev-parse", "HEAD")).not.toBe(head);
    expect(r.pipeforge(["hook", "install"])).toEqual({ code: 0, stdout: "hook install: updated .git/hooks/pre-commit\n", stderr: "" });
  });

  it("refuses to replace someone else's hook unless --force, and keeps it as a backup", () => {
    const r = committed().write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n");
    const refused = r.pipeforge(["hook", "install"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^pipeforge: .*\.git\/hooks\/pre-commit exists and was not written by pipeforge; not replaced \(with --force/);
    expect(readFileSync(r.abs(".git/hooks/pre-commit"), "utf8")).toBe("#!/bin/sh\nexit 0\n");
    expect(r.pipeforge(["hook", "install", "--force"])).toEqual({
      code: 0,
      stdout: "hook install: replaced .git/hooks/pre-commit (the previous hook is now .git/hooks/pre-commit.pipeforge-backup)\n",
      stderr: "",
    });
    expect(readFileSync(r.abs(".git/hooks/pre-commit.pipeforge-backup"), "utf8")).toBe("#!/bin/sh\nexit 0\n");
  });
});
