// The CEL rules (x-kubernetes-validations) of the real Argo Workflows CRD, as bundled, evaluated on
// crafted Workflows: each case breaks one rule and must fail exactly there; the valid Workflow
// meets every rule and leaves none unevaluated.
import { describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";

const registry = createSchemaRegistry({ argoWorkflows: "4" });

type Template = Record<string, unknown>;
const workflow = (templates: Template[], extra: Record<string, unknown> = {}) => ({
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Workflow",
  metadata: { generateName: "cel-" },
  spec: { entrypoint: "main", templates, ...extra },
});
const leaf = (name: string, more: Template = {}): Template => ({ name, container: { image: "alpine:3.20" }, ...more });
const dag = (tasks: Template[], more: Template = {}): Template => ({ name: "main", dag: { tasks }, ...more });

/** [path, message] of the CEL failures; the rest of the result is asserted separately. */
function celFailures(manifest: unknown): Array<[string, string]> {
  const check = validateManifest(registry, manifest);
  return check.errors.filter((e) => e.keyword === "x-kubernetes-validations").map((e) => [e.path.join("."), e.message]);
}

describe("Argo Workflows CRD rules", () => {
  it("a valid Workflow meets every rule, and every rule it meets is evaluated", () => {
    const manifest = workflow([dag([{ name: "a", template: "leaf" }, { name: "b", template: "leaf", depends: "a" }]), leaf("leaf", { activeDeadlineSeconds: 60 })]);
    const check = validateManifest(registry, manifest);
    expect(check.errors).toEqual([]);
    expect(check.celNotEvaluated).toEqual([]);
    expect(check.unevaluatedRules).toBe(0);
  });

  it.each<[string, unknown, Array<[string, string]>]>([
    ["at most one template type", workflow([{ name: "main", container: { image: "a" }, script: { image: "b", source: "x" } }]), [["spec.templates", "template must have at most one template type"]]],
    [
      "withSequence: count XOR end",
      workflow([dag([{ name: "a", template: "leaf", withSequence: { count: "3", end: "5" } }]), leaf("leaf")]),
      [["spec.templates.0.dag.tasks.0.withSequence", "only one of count or end can be defined"]],
    ],
    ["withSequence: count alone is fine", workflow([dag([{ name: "a", template: "leaf", withSequence: { count: "3" } }]), leaf("leaf")]), []],
    [
      "depends and dependencies",
      workflow([dag([{ name: "a", template: "leaf" }, { name: "b", template: "leaf", depends: "a", dependencies: ["a"] }]), leaf("leaf")]),
      [["spec.templates.0.dag.tasks.1", "cannot use both 'depends' and 'dependencies'"]],
    ],
    [
      "continueOn with depends",
      workflow([dag([{ name: "a", template: "leaf" }, { name: "b", template: "leaf", depends: "a", continueOn: { failed: true } }]), leaf("leaf")]),
      [["spec.templates.0.dag.tasks.1", "cannot use 'continueOn' when using 'depends'"]],
    ],
    [
      "task name starting with a digit when using depends",
      workflow([dag([{ name: "a", template: "leaf" }, { name: "2b", template: "leaf", depends: "a" }]), leaf("leaf")]),
      [["spec.templates.0.dag.tasks.1", "task name cannot begin with a digit when using 'depends' or 'dependencies'"]],
    ],
    ["timeout on a dag template", workflow([dag([{ name: "a", template: "leaf" }], { timeout: "1h" }), leaf("leaf")]), [["spec.templates", "timeout cannot be applied to steps or dag templates"]]],
    [
      "activeDeadlineSeconds on a steps template",
      workflow([{ name: "main", steps: [[{ name: "a", template: "leaf" }]], activeDeadlineSeconds: 10 }, leaf("leaf")]),
      [["spec.templates", "activeDeadlineSeconds is only valid for leaf templates"]],
    ],
    [
      "two artifact locations",
      workflow([leaf("main", { outputs: { artifacts: [{ name: "out", path: "/tmp/x", s3: { key: "k" }, gcs: { key: "k" } }] } })]),
      [["spec.templates.0.outputs.artifacts.0", "at most one artifact location can be specified"]],
    ],
    [
      "manifest and manifestFrom",
      workflow([{ name: "main", resource: { action: "create", manifest: "kind: ConfigMap", manifestFrom: { artifact: { name: "m" } } } }]),
      [["spec.templates.0.resource", "only one of manifest or manifestFrom can be specified"]],
    ],
    [
      "resourcesDuration in a realtime gauge",
      workflow([leaf("main", { metrics: { prometheus: [{ name: "m", help: "h", gauge: { realtime: true, value: "{{resourcesDuration.cpu}}" } }] } })]),
      [["spec.templates.0.metrics.prometheus.0.gauge", "'resourcesDuration.*' metrics cannot be used in real-time gauges"]],
    ],
  ])("%s", (_name, manifest, expected) => {
    expect(celFailures(manifest)).toEqual(expected);
  });

  it("does not evaluate rules on an object with schema errors, as the API server does, and says so", () => {
    // Both templates break a rule, but `entrypoint: 1` is a type error: the API server stops there.
    const manifest = { ...workflow([{ name: "main", container: { image: "a" }, script: { image: "b", source: "x" } }]), spec: { entrypoint: 1, templates: [{ name: "main", container: { image: "a" }, script: { image: "b", source: "x" } }] } };
    const check = validateManifest(registry, manifest);
    expect(check.errors.map((e) => [e.path.join("."), e.keyword])).toEqual([["spec.entrypoint", "type"]]);
    expect(check.celNotEvaluated?.map((n) => [n.path.join("."), n.message])).toContainEqual(["spec.templates", "template must have at most one template type"]);
    expect(check.celNotEvaluated?.every((n) => /schema errors/.test(n.reason))).toBe(true);
    expect(check.unevaluatedRules).toBe(check.celNotEvaluated?.length);
  });

  it("applies the same rules inside a CronWorkflow's workflowSpec and a WorkflowTemplate", () => {
    const spec = workflow([{ name: "main", container: { image: "a" }, script: { image: "b", source: "x" } }]).spec;
    const cron = { apiVersion: "argoproj.io/v1alpha1", kind: "CronWorkflow", metadata: { name: "c" }, spec: { schedules: ["0 3 * * *"], workflowSpec: spec } };
    const template = { apiVersion: "argoproj.io/v1alpha1", kind: "WorkflowTemplate", metadata: { name: "t" }, spec };
    expect(celFailures(cron)).toEqual([["spec.workflowSpec.templates", "template must have at most one template type"]]);
    expect(celFailures(template)).toEqual([["spec.templates", "template must have at most one template type"]]);
  });
});
