// Nothing lost (issue 6, part 4): build refuses folders it did not create and
// never writes or deletes outside its output folder, whatever the specs or
// the marker say; a failing or interrupted build leaves the previous output
// whole and no temporary files; generate writes nothing anywhere in the
// repository; init never overwrites. Tests run as root in CI containers,
// where permissions stop nothing: every check is a before/after snapshot.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";
import { BIN, spawnCli } from "./cli.js";
import { contents, snapshot } from "./fs-snapshot.js";

let parent: string;
let repo: string;
let outside: string;

beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), "pipeforge-lost-"));
  repo = path.join(parent, "repo");
  outside = path.join(parent, "outside");
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, "keep.txt"), "not pipeforge's\n");
  for (const rel of ["pipeforge.yaml", "environments"]) fs.cpSync(path.join(REPO_ROOT, rel), path.join(repo, rel), { recursive: true });
});
afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

const pipeforge = (...args: string[]) => spawnCli(args, { cwd: repo });
const inRepo = (...rel: string[]) => path.join(repo, ...rel);
const rendered = (...rel: string[]) => inRepo("rendered", ...rel);
/** Everything but the output folder, plus the folder beside the repository. */
const surroundings = () => ({ repo: snapshot(repo, (rel) => rel === "rendered" || rel.startsWith("rendered/")), outside: snapshot(outside) });
const tempFiles = (dir: string) => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes(".pipeforge-tmp")) : []);
/** A build the file system refused: exit 2, one line naming the path, no stack trace. */
const expectOutputRefused = (r: { code: number | null; stderr: string }, pathPart: string) => {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^pipeforge: build: cannot \w+ .+: E[A-Z]+/m);
  expect(r.stderr).toContain(pathPart);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};
const edit = (rel: string, change: (text: string) => string) => fs.writeFileSync(inRepo(rel), change(fs.readFileSync(inRepo(rel), "utf8")));
/** A change to both environments that changes nearly every output file (every namespace). */
const renameNamespaces = () => {
  for (const env of ["hml", "prd"]) edit(`environments/${env}/environment.yaml`, (t) => t.replace(/namespaceTemplate: .*/, 'namespaceTemplate: "{{env}}-{{bu}}-{{team}}-v2"'));
};

describe("build refuses folders it did not create", () => {
  it.each([
    ["the repository root", "."],
    ["the folder beside the repository", "../outside"],
  ])("--out %s: OUT002, nothing written or removed", async (_name, out) => {
    const before = surroundings();
    const r = await pipeforge("build", "--out", out, "--format", "json");
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(["OUT002"]);
    expect(surroundings()).toEqual(before);
  });

  it("spec.output pointing out of the repository at a foreign folder: OUT002, nothing touched", async () => {
    edit("pipeforge.yaml", (t) => t.replace("output: rendered", "output: ../outside"));
    const before = surroundings();
    expect((await pipeforge("build")).code).toBe(1);
    expect(surroundings()).toEqual(before);
  });
});

describe("build never writes or deletes outside its output folder", () => {
  it("a build, a rebuild after a change and a rebuild after a removal touch nothing else", async () => {
    const before = surroundings();
    expect((await pipeforge("build")).code).toBe(0);
    expect(surroundings()).toEqual(before);
    renameNamespaces();
    const changed = surroundings();
    expect((await pipeforge("build")).code).toBe(0);
    expect(surroundings()).toEqual(changed);
    fs.rmSync(inRepo("environments/prd/finance"), { recursive: true });
    const removed = surroundings();
    expect((await pipeforge("build")).code).toBe(0);
    expect(surroundings()).toEqual(removed);
  });

  it("refuses a plain manifest whose name climbs out of the output folder, and writes nothing", async () => {
    fs.writeFileSync(inRepo("environments/hml/autos/ml/escape.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ../../../../../../pipeforge\ndata: {a: b}\n");
    const before = surroundings();
    const r = await pipeforge("build");
    expect(r.code, r.stdout).toBe(1);
    expect(surroundings()).toEqual(before);
    expect(fs.existsSync(rendered())).toBe(false);
  });

  it("ignores marker entries that point out of the output folder", async () => {
    expect((await pipeforge("build")).code).toBe(0);
    fs.appendFileSync(rendered(".pipeforge-output"), "../pipeforge.yaml\n../../outside/keep.txt\n/etc/hostname\n");
    const before = surroundings();
    await pipeforge("build");
    expect(surroundings()).toEqual(before);
  });
});

describe("a failing build leaves the previous output whole", () => {
  it("when a file it must replace turned into a folder: previous files intact, no temporary files", async () => {
    expect((await pipeforge("build")).code).toBe(0);
    const obstacle = rendered("prd", "autos", "ml", "cronworkflow-spark-pi.yaml");
    expect(fs.existsSync(obstacle)).toBe(true);
    fs.rmSync(obstacle);
    fs.mkdirSync(obstacle);
    fs.writeFileSync(path.join(obstacle, "someone-elses.txt"), "x");
    const previous = contents(rendered());
    const around = surroundings();
    renameNamespaces();
    const r = await pipeforge("build");
    expectOutputRefused(r, "cronworkflow-spark-pi.yaml");
    expect(tempFiles(rendered()), "temporary files left behind").toEqual([]);
    expect(contents(rendered()), "output after the failed build").toEqual(previous);
    expect(snapshot(outside)).toEqual(around.outside);
  });

  it("when a folder it must create is a file: previous files intact, no temporary files", async () => {
    expect((await pipeforge("build")).code).toBe(0);
    fs.rmSync(rendered("prd", "finance"), { recursive: true });
    fs.writeFileSync(rendered("prd", "finance"), "in the way\n");
    const previous = contents(rendered());
    renameNamespaces();
    const r = await pipeforge("build");
    expectOutputRefused(r, path.join("prd", "finance"));
    expect(tempFiles(rendered()), "temporary files left behind").toEqual([]);
    expect(contents(rendered())).toEqual(previous);
  });
});

describe("an interrupted build", () => {
  /** Starts a build and kills it (SIGKILL: no clean-up possible) as soon as its first temporary file appears. */
  function killMidWrite(): Promise<boolean> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, "build"], { cwd: repo, env: testEnv(), stdio: "ignore" });
      let killed = false;
      const poll = setInterval(() => {
        if (!killed && tempFiles(rendered()).length > 0) {
          killed = true;
          child.kill("SIGKILL");
        }
      }, 1);
      child.on("close", () => {
        clearInterval(poll);
        resolve(killed);
      });
    });
  }

  it("leaves every file either as it was or as it would be, and the next build cleans up after it", async () => {
    expect((await pipeforge("build")).code).toBe(0);
    const previous = contents(rendered());
    renameNamespaces();
    // The expected new output, built elsewhere.
    expect((await pipeforge("build", "--out", "../expected")).code).toBe(0);
    const next = contents(path.join(parent, "expected"));
    let interrupted = false;
    for (let attempt = 0; attempt < 10 && !interrupted; attempt++) interrupted = await killMidWrite();
    expect(interrupted, "the build was never caught while writing").toBe(true);
    for (const [rel, text] of Object.entries(contents(rendered()))) {
      if (rel.includes(".pipeforge-tmp") || rel === ".pipeforge-output") continue;
      expect([previous[rel], next[rel]], `${rel} is torn`).toContain(text);
    }
    expect((await pipeforge("build")).code).toBe(0);
    expect(tempFiles(rendered()), "temporary files of the killed build").toEqual([]);
    const { [".pipeforge-output"]: _marker, ...files } = contents(rendered());
    const { [".pipeforge-output"]: _expectedMarker, ...expected } = next;
    expect(files).toEqual(expected);
  });
});

describe("generate writes nothing anywhere in the repository", () => {
  it.each(["environments/hml/autos/ml", "environments/prd", "environments", "."])("run in %s, clean and broken", async (folder) => {
    const before = snapshot(repo);
    const ok = await spawnCli(["generate"], { cwd: inRepo(folder) });
    expect(ok.code).toBe(0);
    expect(snapshot(repo)).toEqual(before);
    for (const env of ["hml", "prd"]) edit(`environments/${env}/autos/ml/spark-pi.yaml`, (t) => t.replace(/schedule: .*/, 'schedule: "61 * * * *"'));
    const broken = snapshot(repo);
    const failed = await spawnCli(["generate"], { cwd: inRepo(folder) });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe("");
    expect(snapshot(repo)).toEqual(broken);
  });
});

describe("init never overwrites", () => {
  const init = (dir: string) => spawnCli(["init", dir], { cwd: parent });

  it("writes nothing into a folder holding one of its files", async () => {
    const target = path.join(parent, "existing");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "pipeforge.yaml"), "# mine\n");
    const before = snapshot(target);
    const r = await init(target);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipeforge\.yaml/);
    expect(snapshot(target)).toEqual(before);
  });

  it("does not write through a symlink standing where one of its files goes", async () => {
    const target = path.join(parent, "linked");
    fs.mkdirSync(target);
    fs.symlinkSync(path.join(outside, "keep.txt"), path.join(target, "pipeforge.yaml"));
    const before = { target: snapshot(target), outside: snapshot(outside) };
    expect((await init(target)).code).toBe(2);
    expect({ target: snapshot(target), outside: snapshot(outside) }).toEqual(before);
  });

  it("keeps unrelated files, and a second init changes nothing", async () => {
    const target = path.join(parent, "fresh");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "NOTES.md"), "mine\n");
    expect((await init(target)).code).toBe(0);
    expect(fs.readFileSync(path.join(target, "NOTES.md"), "utf8")).toBe("mine\n");
    const before = snapshot(target);
    expect((await init(target)).code).toBe(2);
    expect(snapshot(target)).toEqual(before);
  });
});
