export { emitRepository, type EmitOptions } from "./emit.js";
export { outputPath, serializeManifest, serializeStream, type EmbeddedManifest, type Manifest, type ManifestScope } from "./manifest.js";
export * from "./names.js";
export { PLACEHOLDER_REPO_URL, projectName, sourceRoot } from "./env-view.js";
