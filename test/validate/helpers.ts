import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { ManifestCheck, SchemaIssue } from "../../src/validate/index.js";

// shared/ sits beside the clone (locally and in CI): ../shared/upstream from the repo root.
export const UPSTREAM_DIR = fileURLToPath(new URL("../../../shared/upstream/", import.meta.url));
export const HAS_UPSTREAM = existsSync(UPSTREAM_DIR);
export const UPSTREAM_SKIP_NOTE = HAS_UPSTREAM ? "" : ` (SKIPPED: ${UPSTREAM_DIR} not found; it holds the upstream examples)`;

/** Kubernetes tooling reads YAML 1.1 (`mode: 0755` is octal there), so tests do too. */
export function yaml(text: string): unknown {
  return parse(text, { version: "1.1" });
}

/** What tests assert: where and which keyword, never the wording. */
export function located(check: ManifestCheck | SchemaIssue[]): Array<[string, string]> {
  const issues = Array.isArray(check) ? check : check.errors;
  return issues.map((issue) => [issue.path.join("."), issue.keyword]);
}
