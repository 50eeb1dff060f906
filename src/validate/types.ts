import type { ArgoWorkflowsTarget } from "./bundle-format.js";
import type { CelNotEvaluated } from "./cel.js";

export type { ArgoWorkflowsTarget } from "./bundle-format.js";

/** Instance path segments from the document root: ["spec", "templates", 0, "name"]. */
export type InstancePath = Array<string | number>;

export interface SchemaIssue {
  path: InstancePath;
  /** The JSON Schema keyword that failed (required, additionalProperties, enum, type, …). */
  keyword: string;
  message: string;
  params?: Record<string, unknown>;
  hint?: string;
  /**
   * Set when the issue is inside a manifest embedded as a string (an Argo `resource.manifest`):
   * the path of that string. `path` continues inside the embedded document.
   */
  embeddedIn?: InstancePath;
}

export type ManifestStatus = "valid" | "invalid" | "missing-schema" | "not-a-manifest";

export interface ManifestCheck {
  status: ManifestStatus;
  errors: SchemaIssue[];
  apiVersion?: string;
  kind?: string;
  /** Where the schema came from: the bundled upstream, or the user's file. */
  schemaSource?: string;
  /**
   * CEL rules (`x-kubernetes-validations`) that applied to values in this manifest and were NOT
   * evaluated: a nonzero count means the API server may still reject it.
   */
  unevaluatedRules: number;
  /** Those rules, each with where it applied and why it was not evaluated (cel.ts). */
  celNotEvaluated?: readonly CelNotEvaluated[];
  /**
   * Object fields whose value was null where the schema does not allow null. The API server
   * drops them before validating (it prunes nulls of non-nullable fields), so they were dropped
   * here too instead of being reported.
   */
  droppedNulls: InstancePath[];
}

/** Schemas from the user's repository (`Repository.spec.schemas`). */
export type ExtraSchemaSource =
  /** A YAML file with any number of CustomResourceDefinitions; `text` skips reading `path`. */
  | { type: "crd"; path: string; text?: string }
  /**
   * A folder of kubeconform-style JSON schemas: `{kind}-{group}-{version}.json` (group may be
   * the full group or its first label, absent for the core group), or any name when the file
   * has `x-kubernetes-group-version-kind`.
   */
  | { type: "json-schema-dir"; path: string };

export interface SchemaRegistryOptions {
  /** Which Argo Workflows line the cluster runs: "4" (default) or "3.7". */
  argoWorkflows?: ArgoWorkflowsTarget;
  /** A bundle directory other than the one shipped with pipeforge. */
  schemaDir?: string;
  /** User schemas; they take precedence over bundled ones for the same apiVersion and kind. */
  extra?: ExtraSchemaSource[];
  /**
   * Precompiled validators of the bundle (precompiled/): a folder, or false to always compile.
   * Default: the folder `npm run build` writes, when the bundled schemas are used.
   */
  precompiled?: string | false;
}

export interface SchemaSourceProblem {
  /** File or folder the problem is about. */
  source: string;
  message: string;
}
