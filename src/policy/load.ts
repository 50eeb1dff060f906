// Policy documents (collected from policies/ by the loader) validated and
// turned into what the engine runs. A broken policy is a diagnostic; the rest
// of the policy, and every other policy, still runs.
import { createRequire } from "node:module";
import type { Ajv } from "ajv";
import type formatsModule from "ajv-formats";
import { diag, type Diagnostic } from "../diagnostics/index.js";
import { locate, type ParsedDocument } from "../parse/index.js";
import { closest } from "../util/suggest.js";
import { loadExceptions, type ExceptionEntry } from "./exceptions.js";
import { globList } from "./glob.js";
import { loadRules, type RuleEntry } from "./load-rules.js";
import type { MatchDimension, Policy } from "./model.js";
import { policySchema } from "./schema.js";
import { ownValidator, schemaDiagnostics } from "./schema-errors.js";

interface PolicyDocument {
  readonly metadata: { readonly name: string };
  readonly spec: {
    readonly match?: Partial<Record<MatchDimension, string[]>> & { readonly kinds?: string[] };
    readonly rules: RuleEntry[];
    readonly exceptions?: ExceptionEntry[];
  };
}

export interface LoadOptions {
  /** Today in UTC, YYYY-MM-DD: exceptions expiring before it have expired. */
  readonly today: string;
  /** Kinds a policy may name without a POL008 warning. */
  readonly knownKinds: ReadonlySet<string>;
}

export function loadPolicies(docs: readonly ParsedDocument[], options: LoadOptions): { policies: Policy[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const policies: Policy[] = [];
  const names = new Set<string>();
  let customAjv: Ajv | undefined;
  const ajv = (): Ajv => (customAjv ??= customRuleAjv());
  for (const doc of docs) {
    const validate = ownValidator(policySchema);
    if (!validate(doc.value)) {
      out.push(...schemaDiagnostics("POL001", validate.errors ?? [], doc, []));
      continue;
    }
    const value = doc.value as PolicyDocument;
    const name = value.metadata.name;
    if (names.has(name)) {
      out.push(diag("POL006", { message: `policy ${name} is declared more than once`, location: locate(doc, ["metadata", "name"]) }));
      continue;
    }
    names.add(name);
    const match = value.spec.match ?? {};
    checkKinds(doc, match.kinds, ["spec", "match", "kinds"], options.knownKinds, out);
    value.spec.rules.forEach((r, i) => checkKinds(doc, r.kinds, ["spec", "rules", i, "kinds"], options.knownKinds, out));
    const rules = loadRules(value.spec.rules, { doc, policy: name, defaultKinds: match.kinds ?? ["Pipeline"], ajv, out });
    const exceptions = loadExceptions(value.spec.exceptions ?? [], rules, { doc, policy: name, today: options.today, out });
    const env = globList(match.environments);
    const bu = globList(match.businessUnits);
    const team = globList(match.teams);
    const pipeline = globList(match.pipelines);
    const { environments, businessUnits, teams, pipelines } = match;
    policies.push({
      name,
      file: doc.file,
      doc,
      match: { environments, businessUnits, teams, pipelines },
      matches: (s) => env(s.env) && bu(s.bu) && team(s.team) && pipeline(s.pipeline),
      rules,
      exceptions,
    });
  }
  return { policies, diagnostics: out };
}

function checkKinds(doc: ParsedDocument, kinds: readonly string[] | undefined, path: (string | number)[], known: ReadonlySet<string>, out: Diagnostic[]): void {
  (kinds ?? []).forEach((kind, j) => {
    if (known.has(kind)) return;
    const guess = closest(kind, known);
    out.push(diag("POL008", { message: `kind ${kind} is neither Pipeline, Team nor a kind pipeforge knows or this repository renders${guess ? ` (did you mean ${guess}?)` : ""}`, location: locate(doc, [...path, j]) }));
  });
}

/**
 * ajv for custom rules: strict about unknown keywords and formats (typos are findings), lenient
 * about style. Loaded only when a policy has a custom rule: ajv takes ~70 ms to load.
 */
function customRuleAjv(): Ajv {
  const require = createRequire(import.meta.url);
  const { Ajv: AjvClass } = require("ajv") as { Ajv: typeof Ajv };
  const formats = require("ajv-formats") as typeof formatsModule;
  const ajv = new AjvClass({ allErrors: false, strict: true, strictTypes: false, strictTuples: false, strictRequired: false, allowUnionTypes: true, logger: false });
  formats.default(ajv);
  return ajv;
}
