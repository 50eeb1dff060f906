// PFR005: finished pods are garbage-collected.
import { defineRule } from "../types.js";
import { lifecycleViolations, NO_PARAMETERS } from "./lifecycle.js";

export const PFR005 = defineRule({
  code: "PFR005",
  name: "pod-gc-set",
  severity: "error",
  summary: "Workflow without pod garbage collection",
  help: "Set podGC.strategy (OnPodCompletion, OnPodSuccess, OnWorkflowCompletion or OnWorkflowSuccess) on the pipeline or in spec.defaults.podGC.",
  why: "Without pod GC every step leaves a completed pod behind until the workflow itself is deleted; busy namespaces run into pod quotas and slow listings.",
  examples: { pass: "spec:\n  podGC: {strategy: OnPodCompletion}", fail: "spec:\n  tasks: [...]   # no podGC here nor in any defaults" },
  parameters: NO_PARAMETERS,
  defaults: {},
  check: (subject) => lifecycleViolations(subject, "podGC"),
});
