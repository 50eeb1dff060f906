// A Policy document after validation: what the engine runs.
import type { ValidateFunction } from "ajv";
import type { Location, Severity } from "../diagnostics/index.js";
import type { ParsedDocument } from "../parse/index.js";
import type { Segment } from "./path.js";
import type { BuiltinRule, JsonSchema, RuleParameters, SubjectScope } from "./types.js";

interface RuleBase {
  /** The diagnostic code of its findings: PFR002, or `<policy>/<rule-id>`. */
  readonly code: string;
  readonly severity: Severity | "off";
  /** The rule's entry in the policy file. */
  readonly at: Location;
}

export interface ConfiguredBuiltin extends RuleBase {
  readonly type: "builtin";
  readonly rule: BuiltinRule;
  readonly params: RuleParameters;
}

export interface CustomRule extends RuleBase {
  readonly type: "custom";
  readonly id: string;
  readonly message: string;
  readonly description?: string;
  readonly kinds: readonly string[];
  readonly path?: string;
  readonly segments?: readonly Segment[];
  readonly schema: JsonSchema;
  readonly validate: ValidateFunction;
  readonly examples?: { readonly pass?: string; readonly fail?: string };
}

export type PolicyRule = ConfiguredBuiltin | CustomRule;

export interface PolicyException {
  readonly target: string;
  readonly matches: (target: string) => boolean;
  /** Code of the excused rule. */
  readonly code: string;
  readonly reason: string;
  readonly expires: string;
  readonly expired: boolean;
  /** The exception entry, and its expires value. */
  readonly at: Location;
  readonly expiresAt: Location;
}

export type MatchDimension = "environments" | "businessUnits" | "teams" | "pipelines";

export interface Policy {
  readonly name: string;
  readonly file: string;
  readonly doc: ParsedDocument;
  readonly match: Partial<Record<MatchDimension, readonly string[]>>;
  matches(scope: SubjectScope): boolean;
  /** Every rule of the policy, `off` ones included (exceptions may name them). */
  readonly rules: readonly PolicyRule[];
  readonly exceptions: readonly PolicyException[];
}
