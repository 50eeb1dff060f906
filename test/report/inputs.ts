// Report inputs the format tests share: a fixed set of findings built by hand
// (every shape a Diagnostic can take), hostile text and names, no findings,
// and the findings of compiling a small broken repository.
import fc from "fast-check";
import { diag, type Diagnostic, type Location } from "../../src/diagnostics/index.js";
import type { ReportInput } from "../../src/report/index.js";
import { compileFiles } from "../support/repo.js";
import { minimalRepo } from "../support/minimal.js";

const PIPE = "environments/hml/autos/ml/daily.yaml";
const TEAM = "environments/hml/autos/ml/team.yaml";
const POLICY = "policies/prd-hardening.yaml";

const pipeText = ["apiVersion: pipeforge.io/v1alpha1", "kind: Pipeline", "metadata: {name: daily}", "spec:", '  schedule: "61 * * * *"', "  tasks:", "    - name: a", "      container: {image: alpine}", ""].join("\n");
const teamText = ["apiVersion: pipeforge.io/v1alpha1", "kind: Team", "spec:", "  quota: {cpu: \"4000\"}", ""].join("\n");
const policyText = ["apiVersion: pipeforge.io/v1alpha1", "kind: Policy", "spec:", "  exceptions:", "    - {code: SEM015, reason: sized for the backfill}", ""].join("\n");

/** The location of the `nth` occurrence of `needle` in `text`. */
function spot(file: string, text: string, needle: string, nth = 0): Location {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`${needle} not in ${file}`);
  return { file, start, end: start + needle.length };
}

function suppress(d: Diagnostic, reason: string, location?: Location): Diagnostic {
  return { ...d, suppressed: location ? { reason, location } : { reason } };
}

export function fixedInput(): ReportInput {
  const diagnostics: Diagnostic[] = [
    diag("OUT001", { message: "rendered/hml/autos/ml/cronworkflow-daily.yaml is out of date", hint: "Run pipeforge build." }),
    diag("SEM008", { message: 'invalid cron schedule "61 * * * *": minute 61 is out of range', location: spot(PIPE, pipeText, '"61 * * * *"'), hint: "Minutes run from 0 to 59." }),
    diag("MAN001", {
      message: "spec.templates[0].container.image must be string",
      location: spot(PIPE, pipeText, "image: alpine"),
      related: [
        { message: "rendered as", rendered: { file: "hml/autos/ml/cronworkflow-daily.yaml", path: "spec.workflowSpec.templates[1].container.image" } },
        { message: "task declared here", location: spot(PIPE, pipeText, "name: a") },
      ],
    }),
    diag("LAYOUT009", { message: "metadata.name daily differs from the file name", location: spot(PIPE, pipeText, "daily"), severity: "info" }),
    suppress(diag("SEM015", { message: 'cpu quota "4000" is unusually large', location: spot(TEAM, teamText, '"4000"') }), "sized for the backfill", spot(POLICY, policyText, "reason: sized for the backfill")),
  ];
  return { diagnostics, sources: new Map([[PIPE, pipeText], [TEAM, teamText], [POLICY, policyText]]) };
}

// A file name with a space, non-ASCII letters and the characters that end a
// GitHub command property (`,` and `:`).
const ODD = "environments/hml/autos/ml/dáily job, v2: ü.yaml";
const oddText = "kind: Pipeline\nspec:\n  schedule: \"x\"\n  name: 名前\n";

export function hostileInput(): ReportInput {
  const diagnostics: Diagnostic[] = [
    diag("SEM008", {
      message: 'line one\nline two\r\n::error file=evil::injected </failure> & <b>bold</b> 100% | a | b ]]> "q" \'s\' \u0007\u001b[31m *x* _y_ [l](http://e) `c`',
      location: spot(ODD, oddText, '"x"'),
      hint: "hint with %0A and %25 and\nnewline",
    }),
    diag("SEM013", { message: "name 名前 is not valid: 😀 \uD800 lone surrogate", location: spot(ODD, oddText, "名前") }),
    suppress(diag("SEM015", { message: "suppressed | with <tags>" }), "reason with \"quotes\" & <angle> ::x::"),
  ];
  return { diagnostics, sources: new Map([[ODD, oddText]]) };
}

export function emptyInput(): ReportInput {
  return { diagnostics: [], sources: new Map() };
}

export async function compiledInput(): Promise<ReportInput> {
  const result = await compileFiles(
    minimalRepo({
      pipeline: {
        spec: {
          schedule: "not a cron",
          tasks: [{ name: "hello", container: { image: "alpine:3.20", resources: { requests: { cpu: "lots" } } } }],
        },
      },
    }),
  );
  return { diagnostics: result.diagnostics, sources: result.sources };
}

export async function allInputs(): Promise<[string, ReportInput][]> {
  return [
    ["fixed", fixedInput()],
    ["hostile", hostileInput()],
    ["empty", emptyInput()],
    ["compiled", await compiledInput()],
  ];
}

/** Strings rich in what breaks output formats: markup, separators, line breaks, controls, lone surrogates. */
export function hostileText(maxLength = 30): fc.Arbitrary<string> {
  const special = fc.constantFrom("<", ">", "&", '"', "'", "\n", "\r", "\r\n", "\t", "]]>", "%", "%0A", ":", "::", ",", "|", "\\", "`", "*", "_", "[", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\uD800", "\uDC00", "\uFFFE", "é", "名", "😀");
  return fc.string({ unit: fc.oneof(special, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength });
}
