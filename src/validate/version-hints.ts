import type { ArgoWorkflowsTarget } from "./bundle-format.js";
import { isJsonObject, valueAt } from "./json.js";
import type { SchemaIssue } from "./types.js";

// Fields that differ between Argo Workflows v3.7 and v4 (shared/upstream/NOTES.md §2). A manifest
// written for one line fails the other's schema with "unknown field" (and a v3 CronWorkflow also
// with "missing required field schedules"); the issue names the replacement or the version
// instead of leaving the user to find the changelog.

interface Removal {
  field: string;
  /** The object holding the field: the last path segment before it. */
  parent: string;
  replacement: string;
  example: string;
  kind?: string;
}

const REMOVED_IN_V4: Removal[] = [
  { field: "schedule", parent: "spec", kind: "CronWorkflow", replacement: "schedules", example: 'schedules: ["0 3 * * *"]' },
  { field: "mutex", parent: "synchronization", replacement: "mutexes", example: "mutexes: [{name: my-mutex}]" },
  { field: "semaphore", parent: "synchronization", replacement: "semaphores", example: "semaphores: [{configMapKeyRef: {name: my-config, key: workflow}}]" },
];

/** Workflow spec fields that exist only from v4 on. */
const ADDED_IN_V4 = new Set(["podResources", "executorPlugins", "resourceClaims"]);


export function addVersionHints(issues: SchemaIssue[], context: { kind: string; apiVersion: string; target: ArgoWorkflowsTarget; data: unknown }): SchemaIssue[] {
  if (!context.apiVersion.startsWith("argoproj.io/")) return issues;
  return issues.map((issue) => (context.target === "4" ? removedInV4(issue, context) : addedInV4(issue)));
}

function removedInV4(issue: SchemaIssue, context: { kind: string; data: unknown }): SchemaIssue {
  const removal = REMOVED_IN_V4.find((r) => (r.kind === undefined || r.kind === context.kind) && matches(r, issue, context.data));
  if (!removal) return issue;
  if (issue.keyword === "required") {
    return { ...issue, hint: `Argo Workflows v4 replaced "${removal.field}" with "${removal.replacement}": ${removal.example}` };
  }
  return {
    ...issue,
    message: `unknown field "${removal.field}": removed in Argo Workflows v4, use "${removal.replacement}" instead`,
    hint: `${removal.example} (or set targets.argoWorkflows: "3.7" if the cluster runs Argo Workflows v3.7)`,
    params: { ...issue.params, replacement: removal.replacement },
  };
}

function addedInV4(issue: SchemaIssue): SchemaIssue {
  const field = issue.path.at(-1);
  if (issue.keyword !== "additionalProperties" || typeof field !== "string" || !ADDED_IN_V4.has(field)) return issue;
  return { ...issue, message: `unknown field "${field}": added in Argo Workflows v4, not available in v3.7`, hint: 'set targets.argoWorkflows: "4" if the cluster runs Argo Workflows v4' };
}

function matches(removal: Removal, issue: SchemaIssue, data: unknown): boolean {
  if (issue.keyword === "additionalProperties") {
    return issue.path.at(-1) === removal.field && issue.path.at(-2) === removal.parent;
  }
  // "missing required field schedules" next to a leftover "schedule".
  if (issue.keyword !== "required" || issue.params?.missingProperty !== removal.replacement || issue.path.at(-1) !== removal.parent) return false;
  const holder = valueAt(data, issue.path);
  return isJsonObject(holder) && removal.field in holder;
}
