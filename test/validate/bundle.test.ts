import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../src/validate/ajv-instance.js";
import { DEF_REF_PREFIX, defRefName } from "../../src/validate/bundle-format.js";
import { BUNDLED_SCHEMA_DIR, openBundle } from "../../src/validate/bundle-loader.js";
import { buildBundle } from "../../src/validate/import/build-bundle.js";
import { isJsonObject, type Json } from "../../src/validate/json.js";
import { forEachSubschema } from "../../src/validate/schema-normalize.js";
import { createSchemaRegistry } from "../../src/validate/index.js";
import { HAS_UPSTREAM, UPSTREAM_DIR, UPSTREAM_SKIP_NOTE } from "./helpers.js";

// The committed schemas/ folder: self-consistent, compilable in strict mode, and exactly what
// `npm run schemas:import` makes from ../shared/upstream.

const bundle = openBundle();
const index = bundle.index();
const defs = bundle.defs();

function walk(node: Json, visit: (node: Record<string, Json>) => void): void {
  if (!isJsonObject(node)) return;
  visit(node);
  forEachSubschema(node, (child) => walk(child, visit));
}

const allSchemas = (): Json[] => [...new Set(index.kinds.map((k) => k.file))].map((f) => bundle.kindSchema(f) as Json).concat([...defs.values()]);

describe("schema bundle", () => {
  it("has one schema per apiVersion, kind and Argo Workflows target", () => {
    const keys = index.kinds.map((k) => `${k.apiVersion} ${k.kind} ${k.argoWorkflows ?? "*"}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of ["Workflow", "CronWorkflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "WorkflowEventBinding"]) {
      expect(keys).toEqual(expect.arrayContaining([`argoproj.io/v1alpha1 ${kind} 4`, `argoproj.io/v1alpha1 ${kind} 3.7`]));
    }
    for (const kind of ["Sensor", "EventSource", "EventBus", "Application", "ApplicationSet", "AppProject"]) expect(keys).toContain(`argoproj.io/v1alpha1 ${kind} *`);
    for (const kind of ["SparkApplication", "ScheduledSparkApplication"]) expect(keys).toContain(`sparkoperator.k8s.io/v1beta2 ${kind} *`);
    for (const kind of ["Namespace", "ConfigMap", "ServiceAccount", "ResourceQuota"]) expect(keys).toContain(`v1 ${kind} *`);
  });

  it("resolves every shared definition it references", () => {
    const missing = new Set<string>();
    for (const schema of allSchemas()) walk(schema, (node) => {
      const name = defRefName(node);
      if (name !== undefined && !defs.has(name)) missing.add(name);
      if (typeof node.$ref === "string" && !node.$ref.startsWith(DEF_REF_PREFIX)) missing.add(node.$ref);
    });
    expect([...missing]).toEqual([]);
  });

  it("uses only formats the validator declares", () => {
    const ajv = createAjv({ onCelRules: () => undefined, onWarning: () => undefined });
    const formats = new Set<string>();
    for (const schema of allSchemas()) walk(schema, (node) => void (typeof node.format === "string" && formats.add(node.format)));
    expect([...formats].filter((f) => !ajv.formats[f])).toEqual([]);
  });

  it("compiles every kind in strict mode without warnings", () => {
    for (const target of ["4", "3.7"] as const) {
      const registry = createSchemaRegistry({ argoWorkflows: target });
      for (const k of index.kinds.filter((e) => e.argoWorkflows === undefined || e.argoWorkflows === target)) {
        expect(registry.validatorFor(k.apiVersion, k.kind), `${k.apiVersion} ${k.kind}`).toBeDefined();
      }
      expect(registry.problems()).toEqual([]);
    }
  });

  it("ships a NOTICE", () => {
    expect(readFileSync(join(BUNDLED_SCHEMA_DIR, "NOTICE"), "utf8")).toContain("Apache License 2.0");
  });
});

describe(`schema bundle is up to date with ../shared/upstream${UPSTREAM_SKIP_NOTE}`, () => {
  it.skipIf(!HAS_UPSTREAM)("matches a fresh import byte for byte", () => {
    const fresh = buildBundle({
      readText: (path) => readFileSync(join(UPSTREAM_DIR, path), "utf8"),
      list: (dir) => readdirSync(join(UPSTREAM_DIR, dir)),
    });
    const committed = listFiles(BUNDLED_SCHEMA_DIR);
    expect(committed).toEqual([...fresh.files.keys()].sort());
    for (const [path, text] of fresh.files) expect(readFileSync(join(BUNDLED_SCHEMA_DIR, path), "utf8"), `${path} is stale: run npm run schemas:import -- ../shared/upstream`).toBe(text);
  });
});

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(dir, path));
    }
  };
  visit(dir);
  return out.sort();
}
