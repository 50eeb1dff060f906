// What every thread needs to check files: its own schema registry (validators compile lazily,
// once per kind per thread) and the --skip/--reject matchers.
import { createSchemaRegistry } from "../validate/registry.js";
import type { ExtraSchemaSource } from "../validate/types.js";
import type { CheckContext } from "./check-document.js";
import { kindMatcher } from "./kinds.js";
import type { CheckOptions } from "./types.js";

export function createCheckContext(options: CheckOptions): CheckContext {
  const registry = createSchemaRegistry({ argoWorkflows: options.argoWorkflows, extra: schemaSources(options.schemaLocations) });
  return { registry, options, skip: kindMatcher(options.skip), reject: kindMatcher(options.reject) };
}

/** A .yaml/.yml location is a file of CRDs, anything else a JSON-schema folder (as validate/stage.ts reads Repository.spec.schemas). */
export function schemaSources(locations: readonly string[]): ExtraSchemaSource[] {
  return locations.map((path) => (/\.ya?ml$/i.test(path) ? { type: "crd", path } : { type: "json-schema-dir", path }));
}

export function schemaProblems(ctx: CheckContext): string[] {
  return ctx.registry.problems().map((p) => `${p.source}: ${p.message}`);
}
