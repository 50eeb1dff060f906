// The integration files `pipeforge init` writes are exercised, not just
// parsed: the GitHub workflow's and the GitLab job's commands and the
// pre-commit hook's entry run in a real git repository (with the pinned
// `npx --yes pipeforge@<version>` replaced by this checkout's CLI), the
// plugin files match the ones this repository ships, and the Argo CD
// bootstrap Application is schema-valid and points at what build writes.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { VERSION } from "../../src/version.js";
import { BIN, pipeforgeSync } from "../apps/fixture.js";
import { REPO_ROOT } from "../support/repo.js";
import { bareEnv } from "../support/env.js";

const NPX = `npx --yes pipeforge@${VERSION}`;
const LOCAL = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
let root: string;

const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", "-c", "commit.gpgsign=false", ...args], { cwd: root, encoding: "utf8" }).trim();
const read = (rel: string) => readFileSync(path.join(root, rel), "utf8");

/** Run one CI shell line with the pinned npx call swapped for this checkout's CLI. */
function sh(line: string, env: Record<string, string> = {}) {
  if (!line.includes(NPX) && !line.startsWith("pipeforge ")) throw new Error(`not a pipeforge command: ${line}`);
  const command = line.startsWith("pipeforge ") ? `${LOCAL} ${line.slice("pipeforge ".length)}` : line.split(NPX).join(LOCAL);
  const r = spawnSync("sh", ["-c", command], { cwd: root, encoding: "utf8", env: bareEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "pipeforge-ci-"));
  expect(pipeforgeSync(["init", "--repo-url", "https://git.example.com/data/pipelines.git"], root).code).toBe(0);
  expect(pipeforgeSync(["build"], root).code).toBe(0);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "scaffold");
  // What actions/checkout with fetch-depth 0 leaves behind for the base branch.
  git("update-ref", "refs/remotes/origin/main", "HEAD");
  git("checkout", "-q", "-b", "feature");
  expect(pipeforgeSync(["new", "pipeline", "dev/platform/data/nightly", "--schedule", "0 2 * * *", "--spark"], root).code).toBe(0);
  expect(pipeforgeSync(["build"], root).code).toBe(0);
  git("add", "-A");
  git("commit", "-q", "-m", "nightly");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, unknown>;
}

describe("the GitHub Actions workflow", () => {
  const workflow = () => parse(read(".github/workflows/pipeforge.yml")) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const steps = () => Object.values(workflow().jobs)[0]?.steps ?? [];
  const env = (step: Step) => Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace("${{ github.base_ref }}", "main")]));

  it("runs on pull requests with the permissions SARIF upload needs and the full history --base needs", () => {
    expect(Object.keys(workflow().on)).toEqual(["pull_request"]);
    expect(workflow().permissions).toEqual({ contents: "read", "security-events": "write" });
    expect(steps()[0]).toMatchObject({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
  });

  it("validates the pull request's changes with --base and writes the SARIF file the upload step reads", () => {
    const validate = steps().find((s) => s.run?.includes(" validate "));
    expect(validate?.run).toContain('--base "origin/$BASE_REF"');
    const r = sh(validate?.run ?? "", env(validate ?? {}));
    expect(r.code).toBe(0);
    const upload = steps().find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const sarifFile = String(upload?.with?.sarif_file);
    expect(validate?.run).toContain(`--report sarif=${sarifFile}`);
    expect(JSON.parse(read(sarifFile))).toMatchObject({ version: "2.1.0", runs: [{ results: [] }] });
  });

  it("fails the check, with an annotation, when the pull request breaks a spec", () => {
    const file = "environments/dev/platform/data/nightly.yaml";
    const good = read(file);
    try {
      writeFileSync(path.join(root, file), good.replace('schedule: "0 2 * * *"', 'schedule: "0 25 * * *"'));
      const validate = steps().find((s) => s.run?.includes(" validate "));
      const r = sh(validate?.run ?? "", env(validate ?? {}));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error file=environments\/dev\/platform\/data\/nightly\.yaml,line=\d+,col=\d+,.*SEM008/m);
      expect((JSON.parse(read("pipeforge.sarif")) as { runs: { results: { ruleId: string }[] }[] }).runs[0]?.results.map((x) => x.ruleId)).toContain("SEM008");
    } finally {
      writeFileSync(path.join(root, file), good);
    }
  });

  it("checks that rendered/ is current", () => {
    const check = steps().find((s) => s.run?.includes(" build --check"));
    expect(sh(check?.run ?? "").code).toBe(0);
  });
});

describe("the GitLab CI job", () => {
  const job = () => (parse(read("ci/gitlab-ci.yml")) as Record<string, { script: string[]; artifacts: { reports: { junit: string } }; variables: Record<string, string> }>).pipeforge;

  it("runs every script line against the merge request's base and leaves the JUnit report it declares", () => {
    const base = git("rev-parse", "origin/main");
    expect(job()?.variables.GIT_DEPTH).toBe("0");
    for (const line of job()?.script ?? []) expect(sh(line, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base })).toMatchObject({ code: 0 });
    expect(read(String(job()?.artifacts.reports.junit))).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  });
});

describe("the pre-commit configuration", () => {
  const hook = () => (parse(read(".pre-commit-config.yaml")) as { repos: { repo: string; hooks: { id: string; entry: string; language: string; additional_dependencies: string[]; files: string; pass_filenames: boolean }[] }[] }).repos[0]?.hooks[0];

  it("pins this pipeforge version and looks at the input folders only", () => {
    expect(hook()).toMatchObject({ id: "pipeforge-validate", language: "node", additional_dependencies: [`pipeforge@${VERSION}`], pass_filenames: false });
    const files = new RegExp(hook()?.files ?? "");
    for (const p of ["pipeforge.yaml", "environments/dev/platform/data/hello.yaml", "policies/x.yaml", "templates/sensor.yaml.hbs"]) expect(files.test(p)).toBe(true);
    for (const p of ["README.md", "rendered/dev/platform/data/x.yaml", "ci/gitlab-ci.yml"]) expect(files.test(p)).toBe(false);
  });

  it("passes a good staged change and stops a broken one", () => {
    const file = "environments/dev/platform/data/hello.yaml";
    const good = read(file);
    try {
      writeFileSync(path.join(root, file), good.replace("TODO say what hello does.", "Says hello."));
      git("add", file);
      expect(sh(hook()?.entry ?? "").code).toBe(0);
      writeFileSync(path.join(root, file), good.replace("  tasks:", "  taskz:"));
      git("add", file);
      const r = sh(hook()?.entry ?? "");
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`${file}:`);
    } finally {
      writeFileSync(path.join(root, file), good);
      git("add", file);
    }
  });
});

describe("the Argo CD files", () => {
  it.each(["cmp/plugin.yaml", "cmp/repo-server-patch.yaml"])("%s is the one this repository ships", (rel) => {
    expect(read(rel)).toBe(readFileSync(path.join(REPO_ROOT, rel), "utf8"));
  });

  it("builds the sidecar from npm at this version, as user 999, with the cmp-server entrypoint and the plugin config", () => {
    const lines = read("cmp/Dockerfile").split("\n").filter((l) => l && !l.startsWith("#"));
    expect(lines).toContain(`RUN npm install --global pipeforge@${VERSION} && npm cache clean --force`);
    expect(lines).toContain("COPY cmp/plugin.yaml /home/argocd/cmp-server/config/plugin.yaml");
    expect(lines).toContain("USER 999");
    expect(lines.at(-1)).toBe('ENTRYPOINT ["/var/run/argocd/argocd-cmp-server"]');
    expect(existsSync(path.join(root, "cmp", "plugin.yaml"))).toBe(true);
  });

  it("bootstraps a schema-valid Application over the folder build writes the ApplicationSets to, from the same repository", () => {
    const app = parse(read("argocd/bootstrap.yaml")) as { spec: { source: { repoURL: string; path: string } } };
    expect(validateManifest(createSchemaRegistry(), app)).toMatchObject({ status: "valid" });
    expect(existsSync(path.join(root, app.spec.source.path, "dev", "applicationset-pipeforge-dev.yaml"))).toBe(true);
    expect(app.spec.source.repoURL).toBe((parse(read("pipeforge.yaml")) as { spec: { repoURL: string } }).spec.repoURL);
  });
});
