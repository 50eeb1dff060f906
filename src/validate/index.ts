// Public API of manifest validation: named re-exports only.
export { createSchemaRegistry, type KindValidator, type SchemaRegistry } from "./registry.js";
export { validateManifest, type ValidateManifestOptions } from "./validate-manifest.js";
export { validateEmbeddedManifest } from "./embedded.js";
export { BUNDLED_SCHEMA_DIR } from "./bundle-loader.js";
export type {
  ArgoWorkflowsTarget, ExtraSchemaSource, InstancePath, ManifestCheck, ManifestStatus, SchemaIssue, SchemaRegistryOptions, SchemaSourceProblem,
} from "./types.js";
export { extraSources, registryFor, validateEmitted, type ManifestValidationOptions } from "./stage.js";
export { openCheckCache, type CheckCacheStore, type SchemaCheckCache, type StoredCheckCache } from "./check-cache.js";
