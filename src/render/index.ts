export { TemplateEngine, type CompiledTemplate, type RenderedSpan, type RenderOutput } from "./engine.js";
export { parseRendered, pathKey, type PathKey, type RenderedDocument } from "./documents.js";
export { originOf, withOrigins } from "./origins.js";
export { checkTemplateSafety, type TemplateProblem } from "./safety.js";
export { bundledTemplates, TemplateSet, type TemplateSource } from "./templates.js";
