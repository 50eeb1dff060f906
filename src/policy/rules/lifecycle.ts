// Shared check of PFR004–PFR006: a workflow-level setting is present.
import { workflowsOf, type LifecycleField } from "../facets/workflows.js";
import type { Subject, Violation } from "../types.js";

const WHAT: Record<LifecycleField, string> = { ttl: "no TTL (ttl / ttlStrategy)", podGC: "no pod garbage collection (podGC.strategy)", deadline: "no active deadline (timeout / activeDeadlineSeconds)" };

export function lifecycleViolations(subject: Subject, field: LifecycleField): Violation[] {
  return workflowsOf(subject)
    .filter((w) => !w.set[field])
    .map((w) => ({ message: `${w.label} has ${WHAT[field]}`, location: w.at(field) }));
}

export const NO_PARAMETERS = { type: "object", additionalProperties: false, properties: {} } as const;
