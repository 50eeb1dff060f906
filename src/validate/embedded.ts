import { parseDocument } from "yaml";
import { checkManifest } from "./check-manifest.js";
import { isJsonObject, valueAt } from "./json.js";
import type { SchemaRegistry } from "./registry.js";
import type { InstancePath, ManifestCheck, SchemaIssue } from "./types.js";

// Manifests inside strings: an Argo `resource` template carries the object it creates as YAML
// text, usually with Argo expressions (`name: spark-{{workflow.name}}`, `cores: {{inputs.parameters.cores}}`).
// Argo substitutes them as text before parsing, so their value and even their type are unknown
// here. Each expression is replaced by a plain-word placeholder, which keeps the YAML valid
// whether it stood bare, inside a quoted string or inside a longer word; then the result is
// validated and every issue about a value (or field name) containing a placeholder is dropped:
// structure is checked, substituted values are not.

const EXPRESSION = /\{\{[\s\S]*?\}\}/g;
const PLACEHOLDER = /argoexpr\d+z/;

export function validateEmbeddedManifest(registry: SchemaRegistry, yamlText: string): ManifestCheck {
  let n = 0;
  const text = yamlText.replace(EXPRESSION, () => `argoexpr${n++}z`);
  const doc = parseDocument(text, { uniqueKeys: true, version: "1.1" });
  const [syntax] = doc.errors;
  if (syntax) {
    // Later YAML errors mostly follow from the first; line/col are 1-based inside the string.
    const [at] = syntax.linePos ?? [];
    const error: SchemaIssue = { path: [], keyword: "yaml", message: `invalid YAML: ${syntax.message.split("\n")[0] ?? ""}`, ...(at ? { params: { line: at.line, col: at.col } } : {}) };
    return { status: "not-a-manifest", errors: [error], unevaluatedRules: 0, droppedNulls: [] };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = checkManifest(registry, data);
  if (n === 0 || result.status !== "invalid") return result;
  const errors = result.errors.filter((issue) => !touchesPlaceholder(issue, data));
  return { ...result, errors, status: errors.length > 0 ? "invalid" : "valid" };
}

function touchesPlaceholder(issue: SchemaIssue, data: unknown): boolean {
  const last = issue.path.at(-1);
  if (typeof last === "string" && PLACEHOLDER.test(last)) return true;
  const value = valueAt(data, issue.path);
  return typeof value === "string" && PLACEHOLDER.test(value);
}

// Only these actions send the manifest as the whole object; for get/delete it just names an
// object and for patch it is a partial document, so neither is a complete manifest.
const WHOLE_OBJECT_ACTIONS = new Set(["create", "apply", "replace"]);

/** The `resource.manifest` strings of an Argo Workflows kind that create or replace an object. */
export function resourceManifests(kind: string, data: unknown): Array<{ path: InstancePath; text: string }> {
  const specPath: InstancePath = kind === "CronWorkflow" ? ["spec", "workflowSpec"] : ["spec"];
  const templates = valueAt(data, [...specPath, "templates"]);
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((template: unknown, i) => {
    const resource = isJsonObject(template) ? template.resource : undefined;
    if (!isJsonObject(resource) || typeof resource.manifest !== "string" || !WHOLE_OBJECT_ACTIONS.has(String(resource.action))) return [];
    return [{ path: [...specPath, "templates", i, "resource", "manifest"], text: resource.manifest }];
  });
}
