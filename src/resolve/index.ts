export { isPlainObject, layerAt, mergeInto, originIn, valueAt, type Layer, type PlainObject } from "./provenance.js";
export { DEFAULT_NAMESPACE_TEMPLATE, LABELS, resolveRepository } from "./resolve.js";
export type { ResolvedEnvironment, ResolvedPipeline, ResolvedRepository, ResolvedTeam } from "./resolved.js";
