// Writing the pre-commit hook: ours is updated, anyone else's is kept unless
// --force, and then it is moved aside, never deleted.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HOOK_SIGNATURE, hookScript, installPreCommitHook, isPipeforgeHook, openRepository } from "../../src/git/index.js";
import { TempRepo } from "../e2e/temp-repo.js";

const made: TempRepo[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.dispose();
});
const fresh = () => {
  const r = new TempRepo({ "pipeforge.yaml": "x: 1\n" });
  made.push(r);
  return r;
};
const FOREIGN = "#!/bin/sh\necho someone else's hook\n";

describe("hookScript", () => {
  it.each(["", "gitops/", "it's here/"])("is valid sh with the signature for prefix %j", (prefix) => {
    const script = hookScript(prefix);
    expect(isPipeforgeHook(script)).toBe(true);
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(spawnSync("sh", ["-n"], { input: script }).status).toBe(0);
  });

  it("does not take another hook for ours", () => {
    expect(isPipeforgeHook(FOREIGN)).toBe(false);
    expect(isPipeforgeHook(`#!/bin/sh\necho "${HOOK_SIGNATURE}"\n`)).toBe(false);
  });
});

describe("installPreCommitHook", () => {
  it("creates, then updates its own hook, executable", async () => {
    const r = fresh();
    const repo = await openRepository(r.dir, r.env);
    const first = await installPreCommitHook(repo);
    expect(first).toEqual({ path: r.abs(".git/hooks/pre-commit"), action: "created" });
    expect(statSync(first.path).mode & 0o111).toBe(0o111);
    expect(await installPreCommitHook(repo)).toEqual({ path: first.path, action: "updated" });
  });

  it("refuses to replace a hook it did not write, and leaves it alone", async () => {
    const r = fresh().write(".git/hooks/pre-commit", FOREIGN);
    await expect(installPreCommitHook(await openRepository(r.dir, r.env))).rejects.toMatchObject({ kind: "hook-exists" });
    expect(readFileSync(r.abs(".git/hooks/pre-commit"), "utf8")).toBe(FOREIGN);
  });

  it("with force, moves the other hook to a free backup name", async () => {
    const r = fresh().write(".git/hooks/pre-commit", FOREIGN).write(".git/hooks/pre-commit.pipeforge-backup", "older backup\n");
    const done = await installPreCommitHook(await openRepository(r.dir, r.env), { force: true });
    expect(done).toEqual({ path: r.abs(".git/hooks/pre-commit"), action: "replaced", backup: r.abs(".git/hooks/pre-commit.pipeforge-backup.1") });
    expect(readFileSync(done.backup!, "utf8")).toBe(FOREIGN);
    expect(readFileSync(r.abs(".git/hooks/pre-commit.pipeforge-backup"), "utf8")).toBe("older backup\n");
    expect(isPipeforgeHook(readFileSync(done.path, "utf8"))).toBe(true);
  });

  it("honours core.hooksPath", async () => {
    const r = fresh();
    r.git("config", "core.hooksPath", "tools/hooks");
    const done = await installPreCommitHook(await openRepository(r.dir, r.env));
    expect(done.path).toBe(path.join(r.dir, "tools", "hooks", "pre-commit"));
    expect(existsSync(r.abs(".git/hooks/pre-commit"))).toBe(false);
  });

  it("runs the project's pipeforge on the staged index, without NODE_EXTRA_CA_CERTS", async () => {
    // A stand-in for node_modules/.bin/pipeforge that reports what it was started with.
    const r = fresh().write("node_modules/.bin/pipeforge", '#!/bin/sh\necho "args: $*"\necho "extra certs: ${NODE_EXTRA_CA_CERTS-unset}"\n');
    chmodSync(r.abs("node_modules/.bin/pipeforge"), 0o755);
    const done = await installPreCommitHook(await openRepository(r.dir, r.env));
    const run = spawnSync(done.path, [], { cwd: r.dir, env: { ...r.env, NODE_EXTRA_CA_CERTS: "/etc/ssl/certs/ca-certificates.crt" }, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`args: validate --staged -C ${realpathSync(r.dir)}/\nextra certs: unset\n`);
  });

  it("writes the sub-folder of a pipeforge root into the hook", async () => {
    const r = fresh().write("gitops/pipeforge.yaml", "x: 1\n");
    const done = await installPreCommitHook(await openRepository(r.abs("gitops"), r.env));
    expect(readFileSync(done.path, "utf8")).toContain(`root="$top"/'gitops/'`);
  });
});
