// The data the policy engine passes around. Built-in rules see these types
// only: they return violations as data and never build diagnostics, so the
// rule files import nothing from the diagnostics registry at run time (the
// registry imports them to list their codes).
import type { Location, Severity } from "../diagnostics/index.js";
import type { Manifest } from "../emit/index.js";
import type { RepositoryTree } from "../model/index.js";
import type { JsonPath, ParsedDocument } from "../parse/index.js";
import type { ResolvedPipeline, ResolvedRepository, ResolvedTeam } from "../resolve/index.js";

export type JsonSchema = boolean | { readonly [key: string]: unknown };

/** Where an object sits: what `match` and exception targets select on. */
export interface SubjectScope {
  readonly env?: string;
  readonly bu?: string;
  readonly team?: string;
  /** The pipeline's name, for pipelines and the objects rendered for one. */
  readonly pipeline?: string;
  /** What an exception's `target` glob is matched against: `<env>/<bu>/<team>/<pipeline>` or `<env>/<bu>/<team>`. */
  readonly target: string;
}

/** The source a subject was built from: a compiled spec, or a manifest (plain or rendered). */
export type SubjectSource =
  | { readonly type: "pipeline"; readonly pipeline: ResolvedPipeline }
  | { readonly type: "team"; readonly team: ResolvedTeam }
  | { readonly type: "manifest"; readonly manifest: Manifest; readonly plain: boolean };

/** One object a policy checks: a Pipeline, a Team, or a rendered/plain Kubernetes object. */
export interface Subject {
  readonly kind: string;
  readonly scope: SubjectScope;
  /** For messages: `pipeline prd/autos/ml/spark-pi`, `CronWorkflow spark-pi`. */
  readonly label: string;
  /** The object custom rules assert on. */
  readonly value: unknown;
  /** The source location that produced the value at `path` inside `value`. */
  origin(path: JsonPath): Location;
  readonly source: SubjectSource;
}

/** A rule's finding before it becomes a diagnostic. */
export interface Violation {
  readonly message: string;
  readonly location: Location;
  readonly hint?: string;
}

export type RuleParameters = Readonly<Record<string, unknown>>;

export interface ParameterProblem {
  readonly parameter: string;
  readonly problem: string;
}

export interface RuleContext {
  readonly tree: RepositoryTree;
  readonly resolved: ResolvedRepository;
  /** Every manifest of this compile (service-account and quota rules look across objects). */
  readonly manifests: readonly Manifest[];
  /**
   * The location of a path in a parsed document. Passed in rather than
   * imported: rule files must not load the diagnostics registry, which lists them.
   */
  locate(doc: ParsedDocument, path: JsonPath): Location;
}

/** A built-in rule: one file under rules/, named by its code. */
export interface BuiltinRule<P extends RuleParameters = RuleParameters> {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly help: string;
  /** Why the rule exists (`pipeforge explain`). */
  readonly why: string;
  /** YAML snippets for `pipeforge explain`: one that passes, one that fails. */
  readonly examples: { readonly pass: string; readonly fail: string };
  /** JSON Schema of `parameters` (an object schema; each property described). */
  readonly parameters: JsonSchema;
  /** Defaults of the optional parameters; a required one has none. */
  readonly defaults: Partial<P>;
  /** Problems with parameter values a schema cannot express (a duration, a memory size, a regular expression). */
  checkParameters?(params: P): ParameterProblem[];
  check(subject: Subject, params: P, context: RuleContext): Violation[];
}

/** Erase a rule's parameter type for the registry: parameters are schema-checked before `check` sees them. */
export function defineRule<P extends RuleParameters>(rule: BuiltinRule<P>): BuiltinRule {
  return rule as unknown as BuiltinRule;
}
