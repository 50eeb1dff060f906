import { _, Ajv, Name, type Logger } from "ajv";
import formatsModule from "ajv-formats";
import { CEL_KEYWORD } from "./schema-normalize.js";

// One ajv per registry, strict like the rest of pipeforge: unknown keywords and unknown formats
// are compile errors, so everything the bundle keeps is declared here.

/** Formats whose ajv-formats reading matches what the Kubernetes API server checks. */
const AJV_FORMATS = ["date", "date-time", "byte", "int32", "int64", "float", "double", "password", "binary", "uuid", "email", "hostname", "ipv4", "ipv6", "uri"] as const;

// Go's time.ParseDuration ("1h30m", "500ms"), which is what `format: duration` means in a CRD;
// ajv-formats' duration is ISO 8601 ("PT1H30M") and would reject every real value.
const GO_DURATION = /^[-+]?(0|(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$/u;

/** How precompiled (standalone) validator code finds the CEL hook and the formats: see precompiled/. */
export const CEL_HOOK_MODULE = "pipeforge:cel-hook";
export const FORMATS_MODULE = "pipeforge:formats";

export interface AjvHooks {
  /**
   * Called each time validation reaches an `x-kubernetes-validations`, with its rules, the value
   * and the value's JSON pointer; the rules are evaluated after validation (cel.ts).
   */
  onCelRules(rules: readonly unknown[], data: unknown, pointer: string): void;
  /** ajv's warnings: collected rather than printed, so a CLI run stays clean. */
  onWarning(message: string): void;
}

/** The `instancePath` argument every ajv-generated validate function receives. */
const INSTANCE_PATH = new Name("instancePath");

export interface AjvOptions {
  /** Keep the generated source, for standalone code (precompiled/generate.ts); formats are then `require`d. */
  readonly standaloneSource?: boolean;
}

export function createAjv(hooks: AjvHooks, options: AjvOptions = {}): Ajv {
  const logger: Logger = { log: () => undefined, warn: (...args) => hooks.onWarning(args.join(" ")), error: (...args) => hooks.onWarning(args.join(" ")) };
  const ajv = new Ajv({
    strict: true,
    // Quantity and int-or-string put `pattern` beside an `anyOf` of types, as controller-gen writes them.
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
    allErrors: true,
    // Errors carry the schema and data: unknown-field suggestions need the allowed property names.
    verbose: true,
    // Messages are written by issues.ts from keyword and params; skipping ajv's shrinks generated code.
    messages: false,
    logger,
    // ajv's code optimiser is most of the compile time of the big Argo schemas and buys little at
    // validation time. Measured: Workflow compiles in ~350 ms with it, ~170 ms without; the 200
    // upstream example documents validate in 6–8 ms (warm) either way.
    code: { optimize: false, ...(options.standaloneSource ? { source: true, formats: _`require(${FORMATS_MODULE})` } : {}) },
  });
  formatsModule.default(ajv, [...AJV_FORMATS]);
  ajv.addFormat("duration", GO_DURATION);
  ajv.addFormat("uint64", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 });
  // Markers from Go's OpenAPI generator beside `type: [integer, string]`; the type says it all.
  ajv.addFormat("int-or-string", true);
  ajv.addFormat("int64-or-string", true);
  ajv.addKeyword({
    keyword: CEL_KEYWORD,
    schemaType: "array",
    errors: false,
    // Generated code rather than a `validate` function, so standalone code can be generated too:
    // there the hook is `require`d (`code`), here it is the function itself (`ref`).
    code(cxt) {
      const hook = cxt.gen.scopeValue("keyword", { ref: hooks.onCelRules, code: _`require(${CEL_HOOK_MODULE})` });
      cxt.gen.code(_`${hook}(${cxt.schemaValue}, ${cxt.data}, ${INSTANCE_PATH} + ${cxt.it.errorPath})`);
    },
  });
  return ajv;
}

/**
 * The API server ignores formats it does not know (apiextensions JSONSchemaProps.format); ajv in
 * strict mode refuses them. Unknown ones are declared as "anything goes" before a schema compiles.
 */
export function declareUnknownFormats(ajv: Ajv, formats: Iterable<string>): void {
  for (const format of formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
}
