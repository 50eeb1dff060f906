export { isPlainObject, mergeLayer, Provenance, type PlainObject } from "./provenance.js";
export { DEFAULT_NAMESPACE_TEMPLATE, LABELS, resolveRepository } from "./resolve.js";
export type { ResolvedEnvironment, ResolvedPipeline, ResolvedRepository, ResolvedTeam } from "./resolved.js";
