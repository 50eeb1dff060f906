export { DEFAULT_PIPELINE, DEFAULT_SCOPE, planInit, REPO_URL_TOKEN, VERSION_TOKEN, type InitOptions } from "./init.js";
export { modeline, SCHEMA_DIR } from "./modeline.js";
export { parsePipelineRef, planPipeline, type PipelineRef } from "./new-pipeline.js";
export { overlayHost } from "./overlay-host.js";
export { SCHEMA_DIALECT, schemaFileName, schemaFiles, schemaKinds, standaloneSchema } from "./schemas.js";
export { pipelinePath, pipelineSpec, teamPath, type PipelineScaffold, type Scope } from "./specs.js";
