// The bundled packs in policies/: the sample tree passes them, the production
// pack enables every built-in rule, and tightening a rule reports every
// pipeline it affects in one run.
import { describe, expect, it } from "vitest";
import { builtinRules, loadPolicies } from "../../src/policy/index.js";
import { compileFiles, findings, sampleFiles } from "../support/repo.js";
import { KNOWN_KINDS } from "../../src/policy/known-kinds.js";

describe("bundled policy packs", async () => {
  const files = sampleFiles();
  const result = await compileFiles(files);

  it("are read from policies/ and valid", () => {
    const { policies, diagnostics } = loadPolicies(result.tree.policies, { today: "2030-01-01", knownKinds: new Set(KNOWN_KINDS) });
    expect(diagnostics).toEqual([]);
    expect(policies.map((p) => [p.name, p.match.environments])).toEqual([["baseline", ["!prd"]], ["prd-hardening", ["prd"]]]);
    const prd = policies.find((p) => p.name === "prd-hardening");
    expect(prd?.rules.filter((r) => r.type === "builtin").map((r) => r.code)).toEqual(builtinRules.map((r) => r.code));
  });

  it("pass on the sample tree with no findings at all", () => {
    expect(findings(result)).toEqual([]);
  });

  it("report every affected pipeline in one run when a rule is tightened", async () => {
    const pack = "policies/prd-hardening.yaml";
    const tightened = { ...files, [pack]: String(files[pack]).replace("registries: [docker.io]", "registries: [registry.example.com]") };
    const changed = await compileFiles(tightened);
    const hit = new Set(changed.diagnostics.filter((d) => d.code === "PFR003").map((d) => d.location?.file));
    const prdPipelines = result.resolved.pipelines.filter((p) => p.env === "prd").map((p) => p.node.node.source.file);
    expect(prdPipelines).toHaveLength(9);
    for (const file of prdPipelines) expect(hit).toContain(file);
    // Spark images come from the environment defaults and are reported there.
    expect(hit).toContain("environments/prd/environment.yaml");
    expect([...hit].some((f) => f?.startsWith("environments/hml/"))).toBe(false);
    expect(changed.diagnostics.every((d) => d.code === "PFR003")).toBe(true);
  });
});
