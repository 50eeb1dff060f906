export { commonSchema, SCHEMA_BASE, type JsonSchema } from "./schemas/common.js";
export { specSchemas } from "./schemas/kinds.js";
export { isSpecKind, pathText, pointerToPath, specKinds, validateSpecDocument } from "./validate-spec.js";
