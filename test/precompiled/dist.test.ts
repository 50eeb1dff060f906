// What bin/pipeforge.js runs (dist/, built by the global setup with the precompiled validators of
// pipeforge's own schemas) must report exactly what src/ reports, which has no precompiled code
// and compiles the schemas with ajv: same diagnostics, to the byte, on every invalid spec and
// policy document of the tables. And validating with precompiled code must not load ajv.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import type * as CompileModule from "../../src/compile.js";
import { compile } from "../../src/compile.js";
import type * as HostModule from "../../src/host/index.js";
import { createMemoryHost } from "../../src/host/index.js";
import type * as PolicyModule from "../../src/policy/schema-errors.js";
import { policyValidators } from "../../src/policy/schema-errors.js";
import type * as SpecModule from "../../src/spec/validate-spec.js";
import { specValidators } from "../../src/spec/validate-spec.js";
import { REPO_ROOT, sampleFiles } from "../support/repo.js";
import { allDocumentCases, type DocumentCase } from "./cases.js";

const DIST = path.join(REPO_ROOT, "dist");
const fromDist = async <T>(module: string): Promise<T> => (await import(pathToFileURL(path.join(DIST, module)).href)) as T;

/** The policy-broken fixture with the bundled policies beside it, as test/policy/cli.test.ts runs it. */
function policyBroken(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (root: string, patterns: string[]) => {
    for (const rel of fg.sync(patterns, { cwd: root })) files[rel] = readFileSync(path.join(root, rel), "utf8");
  };
  add(path.join(REPO_ROOT, "test", "fixtures", "policy-broken"), ["pipeforge.yaml", "environments/**/*.yaml"]);
  add(REPO_ROOT, ["policies/**/*.yaml"]);
  return files;
}

const cases: readonly DocumentCase[] = [...allDocumentCases, { name: "the sample repository", files: sampleFiles() }, { name: "the policy-broken fixture", files: policyBroken() }];

describe("dist's precompiled own schemas", () => {
  it("are what dist runs, while src/ compiles", async () => {
    expect((await fromDist<typeof SpecModule>("spec/validate-spec.js")).specValidators.precompiled()).toBe(true);
    expect((await fromDist<typeof PolicyModule>("policy/schema-errors.js")).policyValidators.precompiled()).toBe(true);
    expect(specValidators.precompiled()).toBe(false);
    expect(policyValidators.precompiled()).toBe(false);
  });

  it.each(cases)("give the diagnostics compiled schemas give: $name", async ({ files }) => {
    const dist = await fromDist<typeof CompileModule>("compile.js");
    const distHost = await fromDist<typeof HostModule>("host/index.js");
    const compiled = await compile(createMemoryHost({ ...files }), { schemas: false });
    const precompiled = await dist.compile(distHost.createMemoryHost({ ...files }), { schemas: false });
    expect(precompiled.diagnostics).toEqual(compiled.diagnostics);
  });

  it("the tables hold a schema error of every own kind and of rule parameters", async () => {
    const codes = new Set<string>();
    for (const { files } of allDocumentCases) for (const d of (await compile(createMemoryHost({ ...files }), { schemas: false })).diagnostics) codes.add(`${d.code} ${d.location?.file ?? ""}`);
    for (const file of ["pipeforge.yaml", "environment.yaml", "businessunit.yaml", "team.yaml", "daily.yaml"]) expect([...codes].some((c) => /^SPEC00[123] /.test(c) && c.endsWith(file))).toBe(true);
    expect([...codes].some((c) => c.startsWith("POL001 "))).toBe(true);
    expect([...codes].some((c) => c.startsWith("POL005 "))).toBe(true);
  });
});

/** Validates spec and policy documents with dist's modules in a fresh process; prints the ajv files it loaded. */
const probe = `
import { createRequire } from "node:module";
const dist = (m) => import(new URL(m, ${JSON.stringify(pathToFileURL(`${DIST}/`).href)}).href);
const { parseYamlFile } = await dist("parse/index.js");
const { validateSpecDocument } = await dist("spec/index.js");
const { loadPolicies } = await dist("policy/index.js");
const [pipeline] = parseYamlFile("p.yaml", "apiVersion: pipeforge.io/v1alpha1\\nkind: Pipeline\\nspec: {tasks: 3, schedul: x}\\n").documents;
const [builtin] = parseYamlFile("b.yaml", "apiVersion: pipeforge.io/v1alpha1\\nkind: Policy\\nmetadata: {name: b}\\nspec:\\n  rules: [{id: PFR003, parameters: {registries: 3}}, {id: PFR002}]\\n").documents;
const [custom] = parseYamlFile("c.yaml", "apiVersion: pipeforge.io/v1alpha1\\nkind: Policy\\nmetadata: {name: c}\\nspec:\\n  rules: [{id: described, message: m, schema: {type: string}}]\\n").documents;
const options = { today: "2026-01-01", knownKinds: new Set(["Pipeline"]) };
const cache = createRequire(import.meta.url).cache;
const ajvFiles = () => Object.keys(cache).filter((p) => /node_modules[\\\\/]ajv(-formats)?[\\\\/]/.test(p)).map((p) => p.replace(/.*node_modules[\\\\/]/, ""));
const findings = validateSpecDocument(pipeline, "Pipeline").length + loadPolicies([builtin], options).diagnostics.length;
const before = ajvFiles();
loadPolicies([custom], options);
process.stdout.write(JSON.stringify({ findings, before, after: ajvFiles() }));
`;

describe("validating with precompiled own schemas", () => {
  it("loads no ajv (only its version and its tiny runtime helpers), until a policy has a custom rule", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { findings, before, after } = JSON.parse(run.stdout) as { findings: number; before: string[]; after: string[] };
    expect(findings).toBeGreaterThanOrEqual(3);
    expect(before.filter((f) => !/^ajv\/(dist\/runtime\/|package\.json$)/.test(f))).toEqual([]);
    expect(after).toEqual(expect.arrayContaining(["ajv/dist/ajv.js", "ajv-formats/dist/index.js"]));
  });
});
