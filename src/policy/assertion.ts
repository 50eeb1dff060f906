// Custom rules: the rule's JSON Schema checked (ajv) on each value its path
// selects in a matched object; a failure points at the deepest value ajv
// blames, mapped back to the source through the subject's origin.
import type { ErrorObject } from "ajv";
import type { JsonPath } from "../parse/index.js";
import { pathText, pointerToPath } from "../spec/index.js";
import type { CustomRule } from "./model.js";
import { selectPath } from "./path.js";
import type { Subject, Violation } from "./types.js";

export function checkCustom(rule: CustomRule, subject: Subject): Violation[] {
  if (!rule.kinds.includes(subject.kind)) return [];
  const selected = rule.segments ? selectPath(subject.value, rule.segments) : [{ value: subject.value, path: [] as JsonPath }];
  const out: Violation[] = [];
  for (const { value, path } of selected) {
    if (rule.validate(value)) continue;
    const error = rule.validate.errors?.[0];
    const at = [...path, ...(error ? pointerToPath(error.instancePath) : [])];
    out.push({ message: `${rule.message} (${subject.label}: ${error ? detail(error, at) : `${pathText(at) || "the object"} does not match`})`, location: subject.origin(at) });
  }
  return out;
}

function detail(error: ErrorObject, path: JsonPath): string {
  const where = pathText(path) || "the object";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "false schema":
      return `${where} is not allowed`;
    case "required":
      return `${where} has no ${String(params.missingProperty)}`;
    case "additionalProperties":
      return `${where} has ${String(params.additionalProperty)}, which is not allowed`;
    default:
      return `${where} ${error.message ?? "does not match"}`;
  }
}
