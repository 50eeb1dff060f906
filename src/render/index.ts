export { TemplateEngine, type CompiledTemplate, type RenderOutput, type Slot } from "./engine.js";
export { parseRendered, type RenderedDocument } from "./documents.js";
export { originOf, withOrigins } from "./origins.js";
export { checkTemplateSafety, type TemplateProblem } from "./safety.js";
export { bundledTemplates, type TemplateSource } from "./sources.js";
export { TemplateSet } from "./templates.js";
