// Precompiled (standalone) validators must validate exactly as the schemas compiled at run time:
// same issues, same CEL results, on every upstream example and the check-manifests fixtures.
// And they must never be used when they do not belong to the schemas at hand, and a process must
// load only the code of the kinds it validates (and not ajv, when nothing needs compiling).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseManifests } from "../../src/checker/yaml11.js";
import { openBundle } from "../../src/validate/bundle-loader.js";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { generatePrecompiled } from "../../src/validate/precompiled/generate.js";
import { openPrecompiled } from "../../src/validate/precompiled/load.js";
import { HAS_UPSTREAM, UPSTREAM_DIR } from "../validate/helpers.js";

const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-precompiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const index = generatePrecompiled(undefined, dir);
const hooks = { onCelRules: () => undefined, onWarning: () => undefined };

function documents(root: string): unknown[] {
  const files = (d: string): string[] => readdirSync(d).sort().flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? files(path.join(d, n)) : /\.ya?ml$/.test(n) ? [path.join(d, n)] : []));
  return files(root).flatMap((f) => parseManifests(readFileSync(f, "utf8")).filter((d) => d.errors.length === 0 && d.contents !== null).map((d) => d.toJS({ maxAliasCount: 100 }) as unknown));
}

describe("precompiled validators", () => {
  it("cover every bundled kind", () => {
    const bundle = openBundle();
    const loaded = openPrecompiled(dir, bundle, hooks);
    expect(bundle.index().kinds.filter((k) => !loaded?.validator(k.file)).map((k) => k.file)).toEqual([]);
  });

  it("are split by kind: a kind's modules hold no other kind's own code, and no function is written twice", () => {
    const requires = (module: string): string[] => [...readFileSync(path.join(dir, module), "utf8").matchAll(/require\("pipeforge:chunk\/([\w.-]+)"\)/g)].map((m) => m[1] ?? "");
    const reach = (module: string, seen = new Set<string>()): Set<string> => {
      if (!seen.has(module)) {
        seen.add(module);
        for (const dep of requires(module)) reach(dep, seen);
      }
      return seen;
    };
    const kindModules = Object.values(index.kinds).map((k) => k.module);
    expect(new Set(kindModules).size).toBe(kindModules.length);
    for (const module of kindModules) expect([...reach(module)].filter((m) => kindModules.includes(m))).toEqual([module]);
    const modules = readdirSync(dir).filter((n) => n.endsWith(".cjs"));
    const functions = modules.flatMap((m) => [...readFileSync(path.join(dir, m), "utf8").matchAll(/function (validate\d+)\(/g)].map((f) => f[1]));
    expect(functions.length).toBeGreaterThan(modules.length);
    expect(new Set(functions).size).toBe(functions.length);
    // Namespace shares ObjectMeta's code with every kind, and needs none of the Workflow's definitions.
    const namespace = reach(index.kinds["kinds/kubernetes/namespace-v1.json"]?.module ?? "");
    const workflow = reach(index.kinds["kinds/argo-workflows-4/workflow-argoproj.io-v1alpha1.json"]?.module ?? "");
    expect([...namespace].filter((m) => m.startsWith("shared-")).length).toBeGreaterThan(0);
    expect([...namespace].filter((m) => workflow.has(m)).length).toBeLessThan(workflow.size / 10);
  });

  it.each(["4", "3.7"] as const)("validate like run-time compiled schemas (Argo Workflows %s)", (argoWorkflows) => {
    const precompiled = createSchemaRegistry({ argoWorkflows, precompiled: dir });
    const compiled = createSchemaRegistry({ argoWorkflows, precompiled: false });
    const docs = [...documents(path.join(import.meta.dirname, "fixtures")), ...(HAS_UPSTREAM ? documents(path.join(UPSTREAM_DIR, "examples")) : [])];
    expect(docs.length).toBeGreaterThan(10);
    for (const doc of docs) expect(validateManifest(precompiled, doc)).toEqual(validateManifest(compiled, doc));
  });

  // The precompiled code splits large sub-schemas into functions of their own (local-definitions.ts):
  // broken documents must get the same findings from it as from the schemas compiled as they are.
  it("report like run-time compiled schemas on documents broken anywhere", () => {
    const precompiled = createSchemaRegistry({ argoWorkflows: "4", precompiled: dir });
    const compiled = createSchemaRegistry({ argoWorkflows: "4", precompiled: false });
    const docs = [...documents(path.join(import.meta.dirname, "fixtures")), ...(HAS_UPSTREAM ? documents(path.join(UPSTREAM_DIR, "examples")) : [])].filter((d) => typeof d === "object" && d !== null);
    const objectPaths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof value !== "object" || value === null ? [] : [at, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...at, Array.isArray(value) ? Number(k) : k]))];
    const breaks = [(o: Record<string, unknown>) => void (o.zzUnknownField = 1), (o: Record<string, unknown>) => { const k = Object.keys(o)[0]; if (k !== undefined) o[k] = 12345; }, (o: Record<string, unknown>) => { const k = Object.keys(o)[0]; if (k !== undefined) o[k] = { zz: [true] }; }];
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (d, p, b) => {
        const doc = structuredClone(docs[d % docs.length]) as Record<string, unknown>;
        const paths = objectPaths(doc).filter((x) => x.length > 0);
        const at = paths[p % paths.length] ?? [];
        let holder: unknown = doc;
        for (const seg of at) holder = (holder as Record<string | number, unknown>)[seg];
        if (typeof holder === "object" && holder !== null && !Array.isArray(holder)) breaks[b % breaks.length]!(holder as Record<string, unknown>);
        expect(validateManifest(precompiled, doc)).toEqual(validateManifest(compiled, doc));
      }),
      { numRuns: 400 },
    );
  });

  it("are what the registry runs when present (a planted module shows through)", () => {
    const planted = mkdtempSync(path.join(tmpdir(), "pipeforge-planted-"));
    try {
      const configMap = generatePrecompiled(undefined, planted).kinds["kinds/kubernetes/configmap-v1.json"];
      const sentinel = `module.exports = function create() {
  const validate = () => { validate.errors = [{ instancePath: "", schemaPath: "#/sentinel", keyword: "sentinel", params: {} }]; return false; };
  return { ${configMap?.validate}: validate };
};`;
      writeFileSync(path.join(planted, configMap?.module ?? ""), sentinel);
      const registry = createSchemaRegistry({ precompiled: planted });
      expect(validateManifest(registry, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } }).errors.map((e) => e.keyword)).toEqual(["sentinel"]);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
  });

  it("are not used when stale: a stamp that does not match what they were generated from", () => {
    const stale = mkdtempSync(path.join(tmpdir(), "pipeforge-stale-"));
    try {
      const copy = generatePrecompiled(undefined, stale);
      const kinds = Object.fromEntries(Object.entries(copy.kinds).map(([k, v]) => [k, { ...v, stamp: "0".repeat(64) }]));
      writeFileSync(path.join(stale, "index.json"), JSON.stringify({ ...copy, kinds }));
      const loaded = openPrecompiled(stale, openBundle(), hooks);
      expect(loaded?.validator("kinds/kubernetes/configmap-v1.json")).toBeUndefined();
      // The registry then compiles the schema itself.
      const registry = createSchemaRegistry({ precompiled: stale });
      expect(validateManifest(registry, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { a: 1 } }).status).toBe("invalid");
    } finally {
      rmSync(stale, { recursive: true, force: true });
    }
  });

  it("are stale per kind: a changed kind file stales that kind, changed shared definitions stale all", () => {
    const configMap = "kinds/kubernetes/configmap-v1.json";
    const secret = "kinds/kubernetes/secret-v1.json";
    const copies: string[] = [];
    /** Which of ConfigMap and Secret still load precompiled from a bundle where `file` changed. */
    const freshAfterEditing = (file: string): boolean[] => {
      const copy = mkdtempSync(path.join(tmpdir(), "pipeforge-bundle-"));
      copies.push(copy);
      cpSync(openBundle().dir, copy, { recursive: true });
      writeFileSync(path.join(copy, file), `${readFileSync(path.join(copy, file), "utf8")}\n`);
      const loaded = openPrecompiled(dir, openBundle(copy), hooks);
      return [configMap, secret].map((kind) => loaded?.validator(kind) !== undefined);
    };
    try {
      expect(freshAfterEditing(configMap)).toEqual([false, true]);
      expect(freshAfterEditing("defs.json")).toEqual([false, false]);
    } finally {
      for (const copy of copies) rmSync(copy, { recursive: true, force: true });
    }
  });

  it("are not looked for when no folder holds them", () => {
    expect(openPrecompiled(path.join(dir, "nowhere"), openBundle(), hooks)).toBeUndefined();
  });

  // In a child process, so that the module cache shows what validating loaded. A control run
  // without precompiled code shows that the check sees ajv when it is loaded.
  it.each([
    ["never loads ajv when every kind validated is precompiled", dir, []],
    ["(control) load ajv when a schema must be compiled", false, ["ajv/dist/ajv.js", "ajv/dist/core.js"]],
  ] as const)("%s", (_name, precompiled, expected) => {
    const src = (file: string) => pathToFileURL(path.join(import.meta.dirname, "../../src/validate", file)).href;
    const script = `
import { createRequire } from "node:module";
const { createSchemaRegistry } = await import(${JSON.stringify(src("registry.ts"))});
const { validateManifest } = await import(${JSON.stringify(src("validate-manifest.ts"))});
const registry = createSchemaRegistry({ precompiled: ${JSON.stringify(precompiled)} });
const status = [
  validateManifest(registry, { apiVersion: "v1", kind: "Namespace", metadata: { name: "n" } }).status,
  validateManifest(registry, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { a: 1 } }).status,
  validateManifest(registry, { apiVersion: "argoproj.io/v1alpha1", kind: "WorkflowTemplate", metadata: { name: "w" }, spec: { templates: [{ name: "a", container: { image: "x" } }] } }).status,
];
process.stdout.write(JSON.stringify({ status, modules: Object.keys(createRequire(import.meta.url).cache) }));
`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pipeforge-noajv-")), "run.mjs");
    writeFileSync(file, script);
    try {
      const r = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: path.join(import.meta.dirname, "../.."), encoding: "utf8" });
      expect(r.stderr).toBe("");
      const { status, modules } = JSON.parse(r.stdout) as { status: string[]; modules: string[] };
      expect(status).toEqual(["valid", "invalid", "valid"]);
      // ajv's and ajv-formats' code, except what precompiled code uses: runtime helpers and the formats table.
      const loaded = modules
        .map((p) => p.split(/[\\/]node_modules[\\/]/).at(-1)?.replace(/\\/g, "/") ?? "")
        .filter((p) => /^ajv(-formats)?\/.*\.js$/.test(p) && !p.startsWith("ajv/dist/runtime/") && p !== "ajv-formats/dist/formats.js");
      if (expected.length === 0) expect(loaded).toEqual([]);
      else expect(loaded).toEqual(expect.arrayContaining([...expected]));
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
