// Precompiled (standalone) validators must validate exactly as the schemas compiled at run time:
// same issues, same CEL results, on every upstream example and the check-manifests fixtures.
// And they must never be used when they do not belong to the schemas at hand.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
    const loaded = openPrecompiled(dir, bundle, hooks, () => ({}));
    expect(bundle.index().kinds.filter((k) => !loaded?.validator(k.file)).map((k) => k.file)).toEqual([]);
    expect(Object.keys(index.families).length).toBeGreaterThan(1);
  });

  it.each(["4", "3.7"] as const)("validate like run-time compiled schemas (Argo Workflows %s)", (argoWorkflows) => {
    const precompiled = createSchemaRegistry({ argoWorkflows, precompiled: dir });
    const compiled = createSchemaRegistry({ argoWorkflows, precompiled: false });
    const docs = [...documents(path.join(import.meta.dirname, "fixtures")), ...(HAS_UPSTREAM ? documents(path.join(UPSTREAM_DIR, "examples")) : [])];
    expect(docs.length).toBeGreaterThan(10);
    for (const doc of docs) expect(validateManifest(precompiled, doc)).toEqual(validateManifest(compiled, doc));
  });

  it("are what the registry runs when present (a planted module shows through)", () => {
    const planted = mkdtempSync(path.join(tmpdir(), "pipeforge-planted-"));
    try {
      generatePrecompiled(undefined, planted);
      const sentinel = `module.exports = function create() {
  const validate = () => { validate.errors = [{ instancePath: "", schemaPath: "#/sentinel", keyword: "sentinel", params: {} }]; return false; };
  return { "kinds/kubernetes/configmap-v1.json": validate };
};`;
      writeFileSync(path.join(planted, "kubernetes.cjs"), sentinel);
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
      const families = Object.fromEntries(Object.entries(copy.families).map(([k, v]) => [k, { ...v, stamp: "0".repeat(64) }]));
      writeFileSync(path.join(stale, "index.json"), JSON.stringify({ ...copy, families }));
      const loaded = openPrecompiled(stale, openBundle(), hooks, () => ({}));
      expect(loaded?.validator("kinds/kubernetes/configmap-v1.json")).toBeUndefined();
      // The registry then compiles the schema itself.
      const registry = createSchemaRegistry({ precompiled: stale });
      expect(validateManifest(registry, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { a: 1 } }).status).toBe("invalid");
    } finally {
      rmSync(stale, { recursive: true, force: true });
    }
  });

  it("are not looked for when no folder holds them", () => {
    expect(openPrecompiled(path.join(dir, "nowhere"), openBundle(), hooks, () => ({}))).toBeUndefined();
  });
});
