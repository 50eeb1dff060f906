// Invalid documents of pipeforge's own kinds, as changes to the base repository of
// test/diagnostics: each kind's schema errors (unknown field, missing field, enum,
// const, type, bounds, pattern) and every built-in rule given parameters it does
// not take. The precompiled-validator tests run them, and the diagnostics fixtures.
import { specCases } from "../diagnostics/cases-input.js";
import { policyCases } from "../diagnostics/cases-policy.js";
import { API, BU, ENV, lines, PIPE, REPO, TEAM, type Files } from "../diagnostics/repo.js";
import { enable, policy, POLICY } from "../policy/support.js";
import { builtinRules } from "../../src/policy/rules/index.js";

export interface DocumentCase {
  readonly name: string;
  readonly files: Files;
}

const hello = ["  tasks:", "    - name: hello", "      container: {image: alpine:3.20}"];

export const ownCases: readonly DocumentCase[] = [
  { name: "Repository: mode and target outside their enums", files: { [REPO]: lines(API, "kind: Repository", "spec:", "  mode: pushed", "  targets: {argoWorkflows: '5'}") } },
  { name: "Repository: schemas not a list, unknown argocd field", files: { [REPO]: lines(API, "kind: Repository", "spec:", "  schemas: crds/", "  argocd: {namspace: argocd}") } },
  { name: "Environment: cluster a number, unknown defaults field", files: { [ENV]: lines(API, "kind: Environment", "spec:", "  cluster: 42", "  defaults: {retry: 3}") } },
  { name: "BusinessUnit: labels not strings, spec a list", files: { [BU]: lines(API, "kind: BusinessUnit", "metadata:", "  name: autos", "  labels: {tier: [a]}", "spec: []") } },
  { name: "Team: owners not a list, unknown field", files: { [TEAM]: lines(API, "kind: Team", "spec:", "  owners: ml@example.com", "  ownres: [x]") } },
  { name: "Pipeline: parallelism below its minimum, concurrency enum", files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  parallelism: 0", "  concurrency: Maybe", ...hello) } },
  { name: "Pipeline: everything wrong at once", files: { [PIPE]: lines(API, "kind: Pipeline", "metadata: {name: [x], labels: 3}", "spec:", "  schedule: 5", "  retries: {limit: -1, policy: Sometimes}", "  tasks:", "    - name: 7", "      container: {image: null, command: ls}", "      dependsOn: a") } },
  { name: "Pipeline: document is a list", files: { [PIPE]: lines("- apiVersion: pipeforge.io/v1alpha1", "- kind: Pipeline") } },
  { name: "Policy: wrong apiVersion const, missing metadata", files: { [POLICY]: lines("apiVersion: pipeforge.io/v1", "kind: Policy", "spec:", "  rules: [{id: PFR002}]") } },
  { name: "Policy: bad name pattern, expiry pattern, unknown rule field", files: { [POLICY]: policy([...enable("PFR002"), "      severty: error"], "  exceptions:", "    - {target: '*', rule: PFR002, reason: x, expires: tomorrow}").replace("name: test", "name: Test_Policy") } },
  { name: "Policy: rules and a match list empty", files: { [POLICY]: lines(API, "kind: Policy", "metadata: {name: test}", "spec:", "  match: {environments: []}", "  rules: []") } },
  ...builtinRules.map((r) => ({ name: `${r.code}: a parameter it does not take`, files: { [POLICY]: policy(enable(r.code, "notAParameter: 1")) } })),
  { name: "PFR007: parameters of the wrong type", files: { [POLICY]: policy(enable("PFR007", "maxExecutors: many", "maxExecutorMemory: 8")) } },
  { name: "PFR011: labels not a list", files: { [POLICY]: policy(enable("PFR011", "labels: team")) } },
];

/** The tables above and the diagnostics fixtures about the spec kinds and policies. */
export const allDocumentCases: readonly DocumentCase[] = [...ownCases, ...specCases.map(({ name, files }) => ({ name: `${name} (SPEC fixture)`, files })), ...policyCases.map(({ name, files }) => ({ name: `${name} (POL fixture)`, files }))];
