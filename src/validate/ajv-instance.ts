import { Ajv, type Logger } from "ajv";
import formatsModule from "ajv-formats";
import { CEL_KEYWORD } from "./schema-normalize.js";

// One ajv per registry, strict like the rest of pipeforge: unknown keywords and unknown formats
// are compile errors, so everything the bundle keeps is declared here.

/** Formats whose ajv-formats reading matches what the Kubernetes API server checks. */
const AJV_FORMATS = ["date", "date-time", "byte", "int32", "int64", "float", "double", "password", "binary", "uuid", "email", "hostname", "ipv4", "ipv6", "uri"] as const;

// Go's time.ParseDuration ("1h30m", "500ms"), which is what `format: duration` means in a CRD;
// ajv-formats' duration is ISO 8601 ("PT1H30M") and would reject every real value.
const GO_DURATION = /^[-+]?(0|(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$/u;

export interface AjvHooks {
  /** Called with the number of CEL rules each time validation reaches an `x-kubernetes-validations`. */
  onCelRules(count: number): void;
  /** ajv's warnings: collected rather than printed, so a CLI run stays clean. */
  onWarning(message: string): void;
}

export function createAjv(hooks: AjvHooks): Ajv {
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
    code: { optimize: false },
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
    // Not evaluated (yet): only counted, so a result can say how many rules went unchecked.
    validate: (rules: unknown[]) => {
      hooks.onCelRules(rules.length);
      return true;
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
