// Every emitted document validates against the upstream schemas (bundled from
// ../shared/upstream), for both Argo Workflows lines, embedded SparkApplications
// included; and a problem in a rendered manifest points at the spec value.
import { describe, expect, it } from "vitest";
import { compile } from "../src/compile.js";
import { createMemoryHost } from "../src/host/index.js";
import { createSchemaRegistry, validateManifest } from "../src/validate/index.js";
import { compileFiles, findings, sampleFiles } from "./support/repo.js";
import { minimalRepo } from "./support/minimal.js";

describe.each(["4", "3.7"] as const)("Argo Workflows %s schemas", (target) => {
  it("accept every manifest emitted for the sample tree, including embedded SparkApplications", async () => {
    const result = await compile(createMemoryHost(sampleFiles()), { schemas: { argoWorkflows: target } });
    expect(result.diagnostics).toEqual([]);
    const registry = createSchemaRegistry({ argoWorkflows: target });
    let embedded = 0;
    for (const m of result.manifests) {
      const check = validateManifest(registry, m.value);
      expect({ path: m.path, status: check.status, errors: check.errors }).toEqual({ path: m.path, status: "valid", errors: [] });
      for (const e of m.embedded) {
        embedded++;
        expect(validateManifest(registry, e.value).status).toBe("valid");
      }
    }
    expect(embedded).toBeGreaterThan(0);
  });
});

describe("manifest problems point at their source", () => {
  it("reports an unknown field of a plain manifest at the field, with the rendered path", async () => {
    const files = minimalRepo({ extra: { "environments/dev/bu/team/extra/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\nbinaryDatas: {}\n" } });
    const result = await compileFiles(files);
    expect(findings(result)).toEqual(["MAN001 environments/dev/bu/team/extra/cm.yaml:7:1"]);
  });

  it("reads plain manifests as YAML 1.1, like kubectl: an unquoted yes is a boolean, with a hint", async () => {
    const cm = "# settings\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  enabled: yes\n  quoted: \"yes\"\n";
    const result = await compileFiles(minimalRepo({ extra: { "environments/dev/bu/team/extra/cm.yaml": cm } }));
    expect(findings(result)).toEqual(["MAN001 environments/dev/bu/team/extra/cm.yaml:8:12"]);
    expect(result.diagnostics[0]?.hint).toMatch(/YAML 1\.1/);
  });

  it("keeps unquoted dates and 1:30 as strings in plain manifests, as go-yaml v2 does", async () => {
    const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  day: 2024-01-01\n  at: 1:30\n";
    const result = await compileFiles(minimalRepo({ extra: { "environments/dev/bu/team/extra/cm.yaml": cm } }));
    expect(result.diagnostics).toEqual([]);
    const m = result.manifests.find((x) => x.kind === "ConfigMap");
    expect((m?.value as { data: unknown }).data).toEqual({ day: "2024-01-01", at: "1:30" });
  });

  it("reports a plain manifest of an unknown kind as MAN002 at its kind", async () => {
    const files = minimalRepo({ extra: { "environments/dev/bu/team/extra/x.yaml": "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n" } });
    expect(findings(await compileFiles(files))).toEqual(["MAN002 environments/dev/bu/team/extra/x.yaml:2:7"]);
  });

  it("reports a rendered value the schema rejects at the spec value that produced it", async () => {
    // A Namespace's finalizers is a list: the override writes the namespace name (a string)
    // there, so the finding lands where that name comes from (the team), not in the template.
    const files = minimalRepo({});
    const tpl = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {{json namespace}}\n  labels: {{json labels}}\nspec:\n  finalizers: {{json namespace}}\n";
    const result = await compileFiles({ ...files, "templates/namespace.yaml.hbs": tpl });
    const found = findings(result);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^MAN001 environments\/dev\/bu\/team\/team\.yaml:\d+:\d+$/);
    expect(result.diagnostics[0]?.related?.[0]?.rendered).toEqual({ file: "rendered/dev/bu/team/namespace-dev-bu-team.yaml", path: "spec.finalizers" });
  });

  it("reports a bad value in an embedded SparkApplication at the spec value, with the path inside the manifest", async () => {
    const files = minimalRepo({ pipeline: { metadata: { name: "job" }, spec: { tasks: [{ name: "calc", spark: { type: "Scala", mainApplicationFile: "local:///app.jar" } }] } } });
    // An override that writes the application file where the restart policy type goes.
    const tpl = [
      "apiVersion: sparkoperator.k8s.io/v1beta2",
      "kind: SparkApplication",
      "metadata:",
      "  name: {{json appName}}",
      "  namespace: {{json namespace}}",
      "spec:",
      "  type: {{json spec.type}}",
      "  mode: cluster",
      "  image: {{json spec.image}}",
      "  mainApplicationFile: {{json spec.mainApplicationFile}}",
      "  sparkVersion: {{json spec.sparkVersion}}",
      "  driver: {cores: 1}",
      "  executor: {cores: 1}",
      "  restartPolicy:",
      "    type: {{json spec.mainApplicationFile}}",
      "",
    ].join("\n");
    const result = await compileFiles({ ...files, "templates/sparkapplication.yaml.hbs": tpl });
    const text = String(files["environments/dev/bu/team/job.yaml"]).split("\n");
    const line = text.findIndex((l) => l.includes("local:///app.jar"));
    expect(findings(result)).toEqual([`MAN001 environments/dev/bu/team/job.yaml:${line + 1}:${text[line]!.indexOf("local:") + 1}`]);
    expect(result.diagnostics[0]?.related?.[0]?.rendered?.path).toBe("spec.templates[1].resource.manifest.spec.restartPolicy.type");
  });
});
