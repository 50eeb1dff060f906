// The data of `pipeforge check-manifests`: what goes in, what comes out for each YAML document.
// Results are plain data with line/column already resolved, so they cross worker threads as is.
import type { Severity } from "../diagnostics/index.js";
import type { ArgoWorkflowsTarget } from "../validate/types.js";

export interface CheckOptions {
  /**
   * Like `kubeconform -strict`: unknown fields and duplicate keys are errors. Without it unknown
   * fields are accepted (the API server prunes them) and a duplicate key is a warning (the last
   * value wins, as kubectl reads it).
   */
  readonly strict: boolean;
  readonly argoWorkflows: ArgoWorkflowsTarget;
  /** Absolute paths of CRD files (.yaml/.yml) or kubeconform-style JSON schema folders. */
  readonly schemaLocations: readonly string[];
  /** A kind without a schema is skipped instead of an error. */
  readonly ignoreMissingSchemas: boolean;
  /** `Kind` or `apiVersion/Kind` (e.g. `v1/ConfigMap`): not validated, counted as skipped. */
  readonly skip: readonly string[];
  /** Same forms: refused with MAN003. */
  readonly reject: readonly string[];
}

/** kubeconform's statuses: `error` is "could not be validated" (syntax, no schema, rejected kind). */
export type ResourceStatus = "valid" | "invalid" | "error" | "skipped";

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based, in the file that holds the document. */
  readonly line: number;
  readonly column: number;
  /** Where in the document, as a JSON pointer ("" for the whole document)… */
  readonly pointer: string;
  /** …and as text: `spec.templates[0].name`. */
  readonly path: string;
  readonly hint?: string;
}

export interface ResourceResult {
  /** As given on the command line (or found under a folder given there); "stdin" for `-`. */
  readonly file: string;
  /** Index of the document in its file (0-based; empty documents count). */
  readonly index: number;
  /** Where the document starts. */
  readonly line: number;
  readonly apiVersion?: string;
  readonly kind?: string;
  /** metadata.name, or metadata.generateName for objects named by the server. */
  readonly name?: string;
  readonly namespace?: string;
  readonly status: ResourceStatus;
  /** Sorted by position; info findings (CEL rules not evaluated) do not change the status. */
  readonly findings: readonly Finding[];
}

export interface CheckSummary {
  readonly files: number;
  readonly resources: number;
  readonly valid: number;
  readonly invalid: number;
  readonly errors: number;
  readonly skipped: number;
}

export interface CheckReport {
  /** Ordered by file (as listed), then document index, whatever the worker timing. */
  readonly resources: readonly ResourceResult[];
  readonly summary: CheckSummary;
  /** True when the input was `-`. */
  readonly stdin: boolean;
  /** Problems with --schema-location sources (unreadable file, CRD that does not convert…). */
  readonly schemaProblems: readonly string[];
}
