// Property: every random valid Pipeline spec compiles without a single
// finding, every emitted manifest (and every SparkApplication embedded in a
// resource template) passes schema validation on its own and Argo's rule that
// template names are unique, the YAML stream reads back as the same objects,
// and free-text values come out verbatim.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/emit/index.js";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { minimalRepo } from "../support/minimal.js";
import { compileFiles, findings } from "../support/repo.js";
import { expectStreamRoundTrips } from "../robustness/output-checks.js";
import { pipelineSpec, type GeneratedPipeline } from "./arbitraries.js";
import { configureProperties, seeded } from "./seed.js";

configureProperties(100);
const registry = createSchemaRegistry();

const UPSTREAM = {
  "environments/dev/bu/team/upstream.yaml": stringify({
    apiVersion: "pipeforge.io/v1alpha1",
    kind: "Pipeline",
    metadata: { name: "upstream" },
    spec: { tasks: [{ name: "first", container: { image: "alpine:3.20" } }] },
  }),
};

/** The workflow object holding the pipeline's templates: a WorkflowTemplate, or a CronWorkflow's workflowSpec. */
function workflowSpec(manifests: readonly Manifest[], name: string): Record<string, unknown> | undefined {
  const wt = manifests.find((m) => m.kind === "WorkflowTemplate" && m.name === name);
  if (wt) return wt.value.spec as Record<string, unknown>;
  const cron = manifests.find((m) => m.kind === "CronWorkflow" && m.name === name);
  return (cron?.value.spec as { workflowSpec?: Record<string, unknown> } | undefined)?.workflowSpec;
}

describe(seeded("random valid pipeline specs"), () => {
  it("compile without findings to manifests that pass schema validation and carry their values", async () => {
    await fc.assert(
      fc.asyncProperty(
        pipelineSpec.filter((p) => p.metadata.name !== "upstream" && !p.metadata.name.startsWith("pipeforge")),
        async (p: GeneratedPipeline) => {
          const result = await compileFiles(minimalRepo({ pipeline: { metadata: p.metadata, spec: p.spec }, extra: UPSTREAM }));
          expect(findings(result)).toEqual([]);
          for (const m of result.manifests) {
            const check = validateManifest(registry, m.value);
            expect(check.errors, `${m.kind} ${m.name}`).toEqual([]);
            expect(check.status, `${m.kind} ${m.name}`).toBe("valid");
          }
          expectStreamRoundTrips(result.manifests);

          const spec = workflowSpec(result.manifests, p.metadata.name);
          expect(spec, "the pipeline's workflow").toBeDefined();
          const params = (spec?.arguments as { parameters?: { name: string; value?: string }[] } | undefined)?.parameters ?? [];
          for (const want of (p.spec.parameters as { name: string; value: string }[] | undefined) ?? []) {
            expect(params.find((x) => x.name === want.name)?.value, `parameter ${want.name}`).toBe(want.value);
          }
          const templates = (spec?.templates ?? []) as { name: string; dag?: { tasks: { template: string }[] }; container?: { args?: string[] }; script?: { source: string } }[];
          // Argo refuses a workflow whose template names repeat; no schema can say so.
          const names = templates.map((t) => t.name);
          expect(names.filter((n, i) => names.indexOf(n) !== i), `repeated template names in ${JSON.stringify(names)}`).toEqual([]);
          for (const dag of templates.filter((t) => t.dag)) {
            for (const step of dag.dag?.tasks ?? []) expect(step.template, `DAG ${dag.name} runs itself`).not.toBe(dag.name);
          }
          for (const t of p.spec.tasks as { name: string; container?: { args?: string[] }; script?: { source: string } }[]) {
            const rendered = templates.find((x) => x.name === t.name);
            if (t.container?.args) expect(rendered?.container?.args, `${t.name} args`).toEqual(t.container.args);
            if (t.script) expect(rendered?.script?.source, `${t.name} source`).toBe(t.script.source);
          }
        },
      ),
    );
  });
});
