// The Argo CD plugin contract: pipeforge generate in a read-only copy of the
// sample tree without .git, with the Argo CD variables set.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { parseAllDocuments } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { bareEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";

const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");
let work: string;

function setMode(dir: string, writable: boolean): void {
  for (const rel of fg.sync("**", { cwd: dir, onlyFiles: false, dot: true, markDirectories: true }).reverse()) {
    chmodSync(path.join(dir, rel), rel.endsWith("/") ? (writable ? 0o755 : 0o555) : writable ? 0o644 : 0o444);
  }
  chmodSync(dir, writable ? 0o755 : 0o555);
}

function generate(folder: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, "generate"], {
    cwd: path.join(work, folder),
    encoding: "utf8",
    env: {
      ...bareEnv(),
      ARGOCD_APP_NAME: "hml-autos-ml",
      ARGOCD_APP_NAMESPACE: "argocd",
      ARGOCD_APP_SOURCE_PATH: folder,
      ARGOCD_APP_SOURCE_REPO_URL: "https://git.example.com/data/pipelines.git",
      ARGOCD_APP_SOURCE_TARGET_REVISION: "main",
      ARGOCD_APP_REVISION: "0123456789abcdef",
      KUBE_VERSION: "1.32.2",
      KUBE_API_VERSIONS: "v1,apps/v1,argoproj.io/v1alpha1",
      ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fg.sync("**", { cwd: dir, dot: true })) out[rel] = readFileSync(path.join(dir, rel), "utf8");
  return out;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-cmp-"));
  for (const rel of ["pipeforge.yaml", "environments"]) cpSync(path.join(REPO_ROOT, rel), path.join(work, rel), { recursive: true });
  setMode(work, false);
});
afterAll(() => {
  setMode(work, true);
  rmSync(work, { recursive: true, force: true });
});

describe("pipeforge generate (Argo CD CMP)", () => {
  it("prints a team's manifests as one YAML stream, in the team namespace, and writes nothing", () => {
    const before = snapshot(work);
    const r = generate("environments/hml/autos/ml");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const docs = parseAllDocuments(r.stdout);
    expect(docs.length).toBeGreaterThan(10);
    const objects = docs.map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as { kind: string; metadata: { name: string; namespace?: string } };
    });
    const kinds = new Set(objects.map((o) => o.kind));
    for (const k of ["Namespace", "ServiceAccount", "Role", "RoleBinding", "EventBus", "EventSource", "CronWorkflow", "WorkflowTemplate", "Sensor"]) expect(kinds).toContain(k);
    expect(kinds).not.toContain("ApplicationSet");
    for (const o of objects) if (o.kind !== "Namespace") expect(o.metadata.namespace).toBe("hml-autos-ml");
    const registry = createSchemaRegistry();
    for (const o of objects) expect({ kind: o.kind, name: o.metadata.name, ...validateManifest(registry, o) }).toMatchObject({ kind: o.kind, name: o.metadata.name, status: "valid", errors: [] });
    expect(snapshot(work)).toEqual(before);
  });

  it("covers every team below a business-unit or environment folder", () => {
    const bu = parseAllDocuments(generate("environments/hml/autos").stdout).map((d) => (d.toJS() as { kind: string; metadata: { name: string } }));
    expect(bu.filter((o) => o.kind === "Namespace").map((o) => o.metadata.name).sort()).toEqual(["hml-autos-dataeng", "hml-autos-ml"]);
    const env = parseAllDocuments(generate("environments/prd").stdout).map((d) => (d.toJS() as { kind: string; metadata: { name: string } }));
    expect(env.filter((o) => o.kind === "Namespace").length).toBe(3);
  });

  it("is deterministic", () => {
    expect(generate("environments/hml/finance/risk").stdout).toBe(generate("environments/hml/finance/risk").stdout);
  });

  it("exits 1 with empty stdout and the finding on stderr when a spec is broken", () => {
    setMode(work, true);
    const spec = path.join(work, "environments", "hml", "autos", "ml", "spark-pi.yaml");
    const original = readFileSync(spec, "utf8");
    writeFileSync(spec, original.replace(/^ {2}schedule: .*$/m, '  schedule: "61 * * * *"'));
    setMode(work, false);
    try {
      const r = generate("environments/hml/autos/ml");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/environments\/hml\/autos\/ml\/spark-pi\.yaml:\d+:\d+: error SEM008/);
    } finally {
      setMode(work, true);
      writeFileSync(spec, original);
      setMode(work, false);
    }
  });

  it("keeps its schema checks by content: the next request, in a fresh copy of the tree, renders the same and adds nothing", () => {
    const cache = mkdtempSync(path.join(tmpdir(), "pipeforge-cmp-cache-"));
    const copy = path.relative(work, mkdtempSync(path.join(work, "..", `${path.basename(work)}-copy-`)));
    try {
      const env = { PIPEFORGE_CACHE_DIR: cache };
      const uncached = generate("environments/hml/autos/ml", { PIPEFORGE_CACHE_DIR: "" });
      const first = generate("environments/hml/autos/ml", env);
      expect(first).toEqual(uncached);
      const kept = snapshot(cache);
      expect(Object.keys(kept).length).toBe(1);
      expect(Object.keys(JSON.parse(Object.values(kept)[0]!).clean).length).toBeGreaterThan(10);
      // The plugin's next request: the same sources, extracted into another folder.
      for (const rel of ["pipeforge.yaml", "environments"]) cpSync(path.join(work, rel), path.join(work, copy, rel), { recursive: true });
      setMode(path.join(work, copy), true);
      expect(generate(path.join(copy, "environments/hml/autos/ml"), env)).toEqual(uncached);
      expect(snapshot(cache)).toEqual(kept);
      // A manifest that fails its schema is reported with the cache warm, as without it.
      writeFileSync(path.join(work, copy, "environments/hml/autos/ml/extra.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: b\nbinaryDatas: {}\n");
      for (const run of [generate(path.join(copy, "environments/hml/autos/ml"), env), generate(path.join(copy, "environments/hml/autos/ml"), env)]) {
        expect(run.code).toBe(1);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(/extra\.yaml:7:1: error MAN001/);
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
      rmSync(path.join(work, copy), { recursive: true, force: true });
    }
  });

  it("exits 2 with empty stdout outside a repository", () => {
    const r = spawnSync(process.execPath, [BIN, "generate"], { cwd: tmpdir(), encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("honours fail-on from the Application's parameters", () => {
    // The sample has no warnings, so a stricter threshold still succeeds; a bad value is a usage error.
    expect(generate("environments/hml/autos/ml", { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "fail-on", string: "warning" }]) }).code).toBe(0);
    const bad = generate("environments/hml/autos/ml", { ARGOCD_ENV_PIPEFORGE_FAIL_ON: "fatal" });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
  });
});
