import { createRequire } from "node:module";
import type * as AjvModule from "ajv";
import type { Ajv, Logger } from "ajv";
import { MANIFEST_FORMATS } from "./formats.js";
import { CEL_KEYWORD } from "./schema-normalize.js";

// One ajv per registry, strict like the rest of pipeforge: unknown keywords and unknown formats
// (formats.ts) are compile errors, so everything the bundle keeps is declared here.
// ajv itself is loaded on first use: a run whose kinds all have precompiled validators
// (precompiled/) never compiles a schema, and loading ajv costs ~70 ms.

let ajvModule: typeof AjvModule | undefined;
const loadAjv = (): typeof AjvModule => (ajvModule ??= createRequire(import.meta.url)("ajv") as typeof AjvModule);

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

export interface AjvOptions {
  /** Keep the generated source, for standalone code (precompiled/generate.ts); formats are then `require`d. */
  readonly standaloneSource?: boolean;
}

export function createAjv(hooks: AjvHooks, options: AjvOptions = {}): Ajv {
  const { _, Ajv, Name } = loadAjv();
  /** The `instancePath` argument every ajv-generated validate function receives. */
  const instancePath = new Name("instancePath");
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
    // Every `$ref` is its own function rather than copied into each place that uses it: the
    // bundle's shared definitions are mostly leaves (no `$ref` inside), which ajv would otherwise
    // inline everywhere. Precompiled code then shrinks by a third (6.6 MB → 4.4 MB for all kinds)
    // and a process compiles only the functions it calls (one team's `generate`: ~40% less CPU
    // in loading and first validation). Errors are the same; only the schemaPath of an error
    // inside a definition is relative to it ("#/…") instead of prefixed by the `$ref`.
    inlineRefs: false,
  });
  for (const [name, format] of Object.entries(MANIFEST_FORMATS)) ajv.addFormat(name, format);
  ajv.addKeyword({
    keyword: CEL_KEYWORD,
    schemaType: "array",
    errors: false,
    // Generated code rather than a `validate` function, so standalone code can be generated too:
    // there the hook is `require`d (`code`), here it is the function itself (`ref`).
    code(cxt) {
      const hook = cxt.gen.scopeValue("keyword", { ref: hooks.onCelRules, code: _`require(${CEL_HOOK_MODULE})` });
      cxt.gen.code(_`${hook}(${cxt.schemaValue}, ${cxt.data}, ${instancePath} + ${cxt.it.errorPath})`);
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
