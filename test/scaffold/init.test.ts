// pipeforge init end to end: the scaffold passes validate, build and apps at
// once, every spec carries a modeline that resolves to a written schema, and
// existing files are never overwritten.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { parseAllDocuments } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { golden, pipeforge } from "../apps/fixture.js";
import { REPO_ROOT } from "../support/repo.js";

const GOLDEN = path.join(REPO_ROOT, "test", "golden", "init");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-init-"));
  made.push(dir);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fg.sync("**", { cwd: dir, dot: true })) out[rel] = readFileSync(path.join(dir, rel), "utf8");
  return out;
}

describe("pipeforge init", async () => {
  const parent = tmp();
  const init = await pipeforge(["init", "repo"], parent);
  const root = path.join(parent, "repo");

  it("lists the files it wrote on stdout, as in the golden list, and the next steps on stderr", () => {
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(golden(GOLDEN, "files.txt", init.stdout));
    expect(init.stdout.trim().split("\n").sort()).toEqual(fg.sync("**", { cwd: root, dot: true }).sort());
    expect(init.stderr).toBe(
      [
        "init: 19 files written in repo. Next:",
        "  pipeforge build -C repo    (render the manifests into rendered/, then commit everything)",
        "  pre-commit install    (validate every commit, see .pre-commit-config.yaml)",
        "  pipeforge new pipeline dev/platform/data/NAME -C repo [--schedule CRON] [--spark]",
        "",
      ].join("\n"),
    );
  });

  it("scaffolds a repository that validates with no findings", async () => {
    expect(await pipeforge(["validate"], root)).toEqual({ code: 0, stdout: "0 errors, 0 warnings, 0 infos\n", stderr: "" });
  });

  it("scaffolds a repository that builds, is then current, and whose Applications check out", async () => {
    const build = await pipeforge(["build"], root);
    expect(build.code).toBe(0);
    expect(existsSync(path.join(root, "rendered", "_argocd", "dev", "applicationset-pipeforge-dev.yaml"))).toBe(true);
    expect((await pipeforge(["build", "--check"], root)).code).toBe(0);
    const apps = await pipeforge(["apps", "--format", "json"], root);
    expect(apps.code).toBe(0);
    expect((JSON.parse(apps.stdout) as { applications: { name: string }[] }).applications.map((a) => a.name)).toEqual(["dev-platform-data"]);
  });

  const specs = Object.entries(snapshot(root)).filter(([rel, text]) => /\.ya?ml$/.test(rel) && text.includes("apiVersion: pipeforge.io/"));
  it.each(specs.map(([rel]) => rel))("%s starts with a modeline naming the schema of its kind, and that file exists", (rel) => {
    const text = readFileSync(path.join(root, rel), "utf8");
    const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(m?.[1]).toBeDefined();
    const kind = String((parseAllDocuments(text)[0]?.toJS() as { kind: string }).kind);
    const target = path.resolve(path.dirname(path.join(root, rel)), m?.[1] ?? "");
    expect(target).toBe(path.join(root, ".pipeforge", "schemas", `${kind.toLowerCase()}.json`));
    expect(existsSync(target)).toBe(true);
  });

  it("covers the five spec kinds", () => {
    expect(new Set(specs.map(([, text]) => /^kind: (\w+)$/m.exec(text)?.[1]))).toEqual(new Set(["Repository", "Environment", "BusinessUnit", "Team", "Pipeline"]));
  });
});

describe("pipeforge init refuses to overwrite", () => {
  it("writes nothing and exits 2, listing every file that exists", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, "environments", "dev"), { recursive: true });
    writeFileSync(path.join(dir, "pipeforge.yaml"), "# mine\n");
    writeFileSync(path.join(dir, "environments", "dev", "environment.yaml"), "# mine too\n");
    const before = snapshot(dir);
    const r = await pipeforge(["init"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`pipeforge: init: 2 files already exist in ${dir}; nothing written:\n  environments/dev/environment.yaml\n  pipeforge.yaml\n`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("counts a file standing where a folder must go as a conflict", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "cmp"), "a file, not a folder\n");
    const r = await pipeforge(["init"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  cmp/Dockerfile\n  cmp/plugin.yaml\n  cmp/repo-server-patch.yaml\n");
    expect(fg.sync("**", { cwd: dir, dot: true })).toEqual(["cmp"]);
  });

  it("adds its files beside unrelated ones", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "README.md"), "# mine\n");
    expect((await pipeforge(["init"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("# mine\n");
  });
});

describe("pipeforge init options", () => {
  it("names the first environment, business unit and team, and sets repoURL everywhere it is needed", async () => {
    const dir = tmp();
    const r = await pipeforge(["init", "--env", "hml", "--business-unit", "sales", "--team", "crm", "--repo-url", "https://git.example.com/sales/pipes.git"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("environments/hml/sales/crm/hello.yaml\n");
    expect(readFileSync(path.join(dir, "pipeforge.yaml"), "utf8")).toContain('  repoURL: "https://git.example.com/sales/pipes.git"\n');
    expect(readFileSync(path.join(dir, "argocd", "bootstrap.yaml"), "utf8")).toContain('    repoURL: "https://git.example.com/sales/pipes.git"\n');
    expect((await pipeforge(["validate"], dir)).code).toBe(0);
  });

  it.each([
    [["init", "--team", "Data_Team"], "pipeforge: --team Data_Team: contains uppercase letters (use lowercase); contains '_' (use '-')\n"],
    [["init", "--repo-url", " "], "pipeforge: --repo-url must not be empty\n"],
  ])("exits 2 on %j", async (args, stderr) => {
    const dir = tmp();
    expect(await pipeforge(args, dir)).toEqual({ code: 2, stdout: "", stderr });
    expect(fg.sync("**", { cwd: dir, dot: true })).toEqual([]);
  });
});
