// The `rules` of one Policy: each entry configures a built-in rule or defines
// a custom one. Everything that would make a rule a silent no-op (an unknown
// id, a schema ajv cannot compile, a path that does not parse, parameters the
// rule does not take) is a diagnostic here.
import type { Ajv } from "ajv";
import { diag, type Diagnostic, type Severity } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { closest } from "../util/suggest.js";
import type { ConfiguredBuiltin, CustomRule, PolicyRule } from "./model.js";
import { parsePath } from "./path.js";
import { builtinRule, builtinRules } from "./rules/index.js";
import { CUSTOM_RULE_ID } from "./schema.js";
import { ownValidator, schemaDiagnostics } from "./schema-errors.js";
import type { JsonSchema, RuleParameters } from "./types.js";

export interface RuleEntry {
  readonly id: string;
  readonly severity?: Severity | "off";
  readonly parameters?: RuleParameters;
  readonly message?: string;
  readonly description?: string;
  readonly kinds?: readonly string[];
  readonly path?: string;
  readonly schema?: JsonSchema;
  readonly examples?: { readonly pass?: string; readonly fail?: string };
}

export interface RuleLoad {
  readonly doc: ParsedDocument;
  readonly policy: string;
  readonly defaultKinds: readonly string[];
  /** Compiles custom rules' schemas (ajv-formats, strict about unknown keywords); made on first use. */
  readonly ajv: () => Ajv;
  readonly out: Diagnostic[];
}

const CUSTOM_ONLY = ["message", "description", "kinds", "path", "examples"] as const;

export function loadRules(entries: readonly RuleEntry[], load: RuleLoad): PolicyRule[] {
  const rules: PolicyRule[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const builtin = builtinRule(entry.id);
    const rule = entry.schema === undefined ? builtinEntry(entry, i, load, seen) : customRule(entry, i, load, builtin !== undefined || seen.has(entry.id));
    if (rule) rules.push(rule);
    seen.add(builtin && entry.schema === undefined ? builtin.code : entry.id);
  });
  return rules;
}

const at = (i: number, ...rest: (string | number)[]): JsonPath => ["spec", "rules", i, ...rest];

/** An entry without a schema: a built-in rule, configured. */
function builtinEntry(entry: RuleEntry, i: number, load: RuleLoad, seen: ReadonlySet<string>): ConfiguredBuiltin | undefined {
  const { doc, out } = load;
  const builtin = builtinRule(entry.id);
  if (!builtin) {
    const guess = closest(entry.id, builtinRules.flatMap((r) => [r.code, r.name]));
    const hint = entry.message !== undefined ? "A custom rule needs a schema (its assertion)." : "`pipeforge explain` lists the built-in rules.";
    out.push(diag("POL003", { message: `rule ${entry.id} is not a built-in rule${guess ? ` (did you mean ${guess}?)` : ""}`, location: locate(doc, at(i, "id")), hint }));
    return undefined;
  }
  for (const field of CUSTOM_ONLY) {
    if (entry[field] !== undefined) out.push(diag("POL001", { message: `built-in rule ${builtin.code} takes only severity and parameters, not ${field}`, location: locate(doc, at(i, field), "key") }));
  }
  if (seen.has(builtin.code)) {
    out.push(diag("POL006", { message: `rule ${builtin.code} (${builtin.name}) is configured twice in policy ${load.policy}`, location: locate(doc, at(i, "id")) }));
    return undefined;
  }
  const params: RuleParameters = { ...builtin.defaults, ...entry.parameters };
  const validate = ownValidator(builtin.parameters);
  if (!validate(params)) {
    out.push(...schemaDiagnostics("POL005", validate.errors ?? [], doc, at(i, "parameters")));
    return undefined;
  }
  const problems = builtin.checkParameters?.(params) ?? [];
  out.push(...problems.map((p) => diag("POL005", { message: `${builtin.code} parameter ${p.parameter}: ${p.problem}`, location: locate(doc, at(i, "parameters", p.parameter)) })));
  if (problems.length > 0) return undefined;
  return { type: "builtin", code: builtin.code, severity: entry.severity ?? builtin.severity, at: locate(doc, at(i, "id")), rule: builtin, params };
}

function customRule(entry: RuleEntry, i: number, load: RuleLoad, duplicate: boolean): CustomRule | undefined {
  const { doc, out } = load;
  const here = (...rest: (string | number)[]): JsonPath => at(i, ...rest);
  const problems = out.length;
  if (!new RegExp(CUSTOM_RULE_ID).test(entry.id)) {
    out.push(diag("POL001", { message: `custom rule id ${JSON.stringify(entry.id)} must be lowercase words joined by '-'`, location: locate(doc, here("id")), hint: "Built-in codes and names cannot carry a schema; custom ids such as require-description cannot collide with them." }));
  } else if (duplicate) {
    out.push(diag("POL006", { message: `rule id ${entry.id} is ${builtinRule(entry.id) ? "the name of a built-in rule" : "used twice in this policy"}`, location: locate(doc, here("id")) }));
  }
  if (entry.message === undefined) out.push(diag("POL001", { message: `custom rule ${entry.id} has no message`, location: locate(doc, here("id")) }));
  if (entry.parameters !== undefined) out.push(diag("POL001", { message: `custom rule ${entry.id} takes no parameters`, location: locate(doc, here("parameters"), "key") }));
  const parsed = entry.path === undefined ? undefined : parsePath(entry.path);
  if (parsed && !parsed.ok) out.push(diag("POL004", { message: `path ${JSON.stringify(entry.path)} of rule ${entry.id}: ${parsed.reason}`, location: locate(doc, here("path")) }));
  let validate;
  try {
    validate = load.ajv().compile(entry.schema ?? true);
  } catch (error) {
    out.push(diag("POL004", { message: `schema of rule ${entry.id} is not a valid JSON Schema: ${(error as Error).message}`, location: locate(doc, here("schema")) }));
  }
  if (out.length > problems || !validate || entry.message === undefined) return undefined;
  return {
    type: "custom",
    code: `${load.policy}/${entry.id}`,
    id: entry.id,
    severity: entry.severity ?? "error",
    at: locate(doc, here("id")),
    message: entry.message,
    description: entry.description,
    kinds: entry.kinds ?? load.defaultKinds,
    path: entry.path,
    segments: parsed?.ok ? parsed.segments : undefined,
    schema: entry.schema ?? true,
    validate,
    examples: entry.examples,
  };
}
