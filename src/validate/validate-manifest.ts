import { checkManifest } from "./check-manifest.js";
import { resourceManifests, validateEmbeddedManifest } from "./embedded.js";
import type { SchemaRegistry } from "./registry.js";
import type { ManifestCheck } from "./types.js";

const ARGO_WORKFLOW_KINDS = new Set(["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"]);

export interface ValidateManifestOptions {
  /**
   * Also validate manifests embedded in Argo `resource` templates (default true). Their issues
   * carry `embeddedIn` (the path of the string) and a `path` that continues inside it.
   * Embedded manifests whose kind has no schema, or that are not a manifest once Argo
   * expressions are set aside (e.g. the whole text is one parameter), are skipped.
   */
  embedded?: boolean;
}

/** Validates one parsed manifest (a YAML document turned into plain data) against its schema. */
export function validateManifest(registry: SchemaRegistry, manifest: unknown, options: ValidateManifestOptions = {}): ManifestCheck {
  const result = checkManifest(registry, manifest);
  if (options.embedded === false || result.kind === undefined || !ARGO_WORKFLOW_KINDS.has(result.kind) || !result.apiVersion?.startsWith("argoproj.io/")) {
    return result;
  }
  const errors = [...result.errors];
  const celNotEvaluated = [...(result.celNotEvaluated ?? [])];
  let unevaluatedRules = result.unevaluatedRules;
  for (const { path, text } of resourceManifests(result.kind, manifest)) {
    const inner = validateEmbeddedManifest(registry, text);
    if (inner.status === "missing-schema" || (inner.status === "not-a-manifest" && inner.errors.every((e) => e.keyword !== "yaml"))) continue;
    unevaluatedRules += inner.unevaluatedRules;
    errors.push(...inner.errors.map((issue) => ({ ...issue, path: [...path, ...issue.path], embeddedIn: path })));
    celNotEvaluated.push(...(inner.celNotEvaluated ?? []).map((skip) => ({ ...skip, path: [...path, ...skip.path], embeddedIn: path })));
  }
  return { ...result, errors, unevaluatedRules, celNotEvaluated, status: errors.length > 0 ? "invalid" : result.status };
}
