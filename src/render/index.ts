export { TemplateEngine, type CompiledTemplate, type RenderOutput, type Slot } from "./engine.js";
export { parseRendered, type RenderedDocument } from "./documents.js";
export { originOf, withOrigins } from "./origins.js";
export { checkTemplateSafety, type TemplateProblem } from "./safety.js";
export { bundledTemplates, TemplateSet, type TemplateSource } from "./templates.js";
