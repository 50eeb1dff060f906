export { affectedScope, type AffectedScope, type ChangeSet } from "./affected.js";
export { diagnosticFilter, emitSelection } from "./filter.js";
export { afterTarget, modelOfTree, pipelinesInFile, type ScopeModel, type ScopePipeline } from "./model.js";
export { compileScoped, type ScopedChange, type ScopedCompile } from "./scoped-compile.js";
