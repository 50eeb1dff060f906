// PFR004: finished workflows are deleted after a while.
import { defineRule } from "../types.js";
import { lifecycleViolations, NO_PARAMETERS } from "./lifecycle.js";

export const PFR004 = defineRule({
  code: "PFR004",
  name: "ttl-set",
  severity: "error",
  summary: "Workflow without a TTL",
  help: "Set ttl.afterSuccess / afterFailure / afterCompletion on the pipeline or in spec.defaults.ttl (plain workflows: spec.ttlStrategy).",
  why: "Finished Workflow objects stay in etcd forever without a TTL; thousands of them slow the Argo controller and the API server.",
  examples: { pass: "spec:\n  ttl: {afterSuccess: 1d, afterFailure: 7d}", fail: "spec:\n  schedule: \"0 3 * * *\"   # no ttl here nor in any defaults" },
  parameters: NO_PARAMETERS,
  defaults: {},
  check: (subject) => lifecycleViolations(subject, "ttl"),
});
