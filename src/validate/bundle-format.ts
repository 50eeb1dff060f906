import { isJsonObject, type JsonObject } from "./json.js";

// The on-disk layout of `schemas/`, shared by the import CLI (writer) and the registry (reader).
//
//   schemas/index.json          BundleIndex: apiVersion + kind (+ Argo Workflows target) → file
//   schemas/defs.json           { "<name>": schema, … } shared definitions, one per line
//   schemas/kinds/<source>/<kind>-<group>-<version>.json
//   schemas/NOTICE              provenance and licences

export const BUNDLE_FORMAT_VERSION = 1;
export const INDEX_FILE = "index.json";
export const DEFS_FILE = "defs.json";

/** Shared definitions are referenced as `{"$ref": "pipeforge:defs/<name>"}` from any file. */
export const DEF_REF_PREFIX = "pipeforge:defs/";

/** Kubernetes ObjectMeta, always present: every kind's root `metadata` points at it. */
export const OBJECT_META_DEF = "objectmeta";

export type ArgoWorkflowsTarget = "4" | "3.7";

/** The Argo Workflows version manifests are checked against when `spec.targets` names none. */
export const DEFAULT_ARGO_WORKFLOWS: ArgoWorkflowsTarget = "4";

export interface BundleKindEntry {
  apiVersion: string;
  kind: string;
  /** Set only for kinds whose schema depends on the Argo Workflows version. */
  argoWorkflows?: ArgoWorkflowsTarget;
  /** Path relative to the bundle directory. */
  file: string;
  /** Which upstream the schema came from, e.g. "argo-workflows v4.1.2". */
  source: string;
  /** CEL rules (`x-kubernetes-validations`) in the schema and its definitions: kept, not evaluated. */
  celRules: number;
}

export interface BundleIndex {
  formatVersion: number;
  kinds: BundleKindEntry[];
}

export function defRefName(node: JsonObject): string | undefined {
  const ref = node.$ref;
  return typeof ref === "string" && ref.startsWith(DEF_REF_PREFIX) ? ref.slice(DEF_REF_PREFIX.length) : undefined;
}

export function objectMetaRef(): JsonObject {
  return { $ref: DEF_REF_PREFIX + OBJECT_META_DEF };
}

export function isBundleIndex(value: unknown): value is BundleIndex {
  return isJsonObject(value) && value.formatVersion === BUNDLE_FORMAT_VERSION && Array.isArray(value.kinds);
}
