import { describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { located } from "./helpers.js";

// Argo Workflows v4 removed CronWorkflow spec.schedule and synchronization.mutex/semaphore.
// The same manifest is judged by the line the cluster runs (targets.argoWorkflows).

const v4 = createSchemaRegistry({ argoWorkflows: "4" });
const v37 = createSchemaRegistry({ argoWorkflows: "3.7" });

const workflowSpec = {
  entrypoint: "main",
  templates: [{ name: "main", container: { image: "alpine:3.20" } }],
};

const v3Cron = {
  apiVersion: "argoproj.io/v1alpha1",
  kind: "CronWorkflow",
  metadata: { name: "nightly" },
  spec: { schedule: "0 3 * * *", workflowSpec },
};

const v3Mutex = {
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Workflow",
  metadata: { generateName: "locked-" },
  spec: { ...workflowSpec, synchronization: { mutex: { name: "one-at-a-time" } } },
};

const v4Only = {
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Workflow",
  metadata: { generateName: "sized-" },
  spec: { ...workflowSpec, podResources: { requests: { cpu: "100m" } } },
};

describe("Argo Workflows target", () => {
  it("accepts a v3 CronWorkflow with schedule on 3.7", () => {
    const result = validateManifest(v37, v3Cron);
    expect(result.errors).toEqual([]);
    expect(result.status).toBe("valid");
  });

  it("rejects it on 4, naming schedules", () => {
    const result = validateManifest(v4, v3Cron);
    expect(located(result)).toEqual([["spec", "required"], ["spec.schedule", "additionalProperties"]]);
    for (const issue of result.errors) expect(`${issue.message} ${issue.hint ?? ""}`).toContain("schedules");
    expect(result.errors[1]?.params).toMatchObject({ replacement: "schedules" });
  });

  it.each([
    ["synchronization.mutex", v3Mutex, "spec.synchronization.mutex", "mutexes"],
    [
      "template-level synchronization.semaphore",
      { ...v3Mutex, spec: { ...workflowSpec, templates: [{ ...workflowSpec.templates[0], synchronization: { semaphore: { configMapKeyRef: { name: "c", key: "k" } } } }] } },
      "spec.templates.0.synchronization.semaphore",
      "semaphores",
    ],
  ] as const)("%s: valid on 3.7, replacement named on 4", (_name, manifest, path, replacement) => {
    expect(validateManifest(v37, manifest).status).toBe("valid");
    const result = validateManifest(v4, manifest);
    expect(located(result)).toEqual([[path, "additionalProperties"]]);
    expect(result.errors[0]?.params).toMatchObject({ replacement });
    expect(result.errors[0]?.message).toContain(replacement);
  });

  it("names the version when a v4-only field is used on 3.7", () => {
    expect(validateManifest(v4, v4Only).status).toBe("valid");
    const result = validateManifest(v37, v4Only);
    expect(located(result)).toEqual([["spec.podResources", "additionalProperties"]]);
    expect(result.errors[0]?.message).toContain("v4");
  });

  it("uses the v4 schema for kinds without a 3.7 CRD here", () => {
    const binding = { apiVersion: "argoproj.io/v1alpha1", kind: "WorkflowEventBinding", metadata: { name: "b" }, spec: { event: { selector: "true" } } };
    expect(validateManifest(v37, binding).status).toBe("valid");
    expect(validateManifest(v37, binding).schemaSource).toContain("v4");
  });
});
