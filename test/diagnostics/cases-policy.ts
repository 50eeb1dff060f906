// Fixtures for the policy engine (POL*) and, taken from the rule table, one
// failing case per built-in rule (PFR*). Policy files start their rules at
// line 7 (see test/policy/support.ts).
import { ruleCases } from "../policy/cases-rules.js";
import { enable, policy, POLICY } from "../policy/support.js";
import { at, lines, API, type CodeCase } from "./repo.js";

const OTHER = "policies/other.yaml";
const exception = (rule: string, expires: string, target = "hml/autos/ml/daily") => ["  exceptions:", `    - target: ${target}`, `      rule: ${rule}`, "      reason: migrating", `      expires: ${expires}`];

const engineCases: readonly CodeCase[] = [
  { code: "POL001", name: "misspelt spec field", files: { [POLICY]: policy(enable("PFR002"), "  exeptions: []") }, expected: [at("POL001", POLICY, 8, 3)] },
  { code: "POL001", name: "policy without rules", files: { [POLICY]: lines(API, "kind: Policy", "metadata:", "  name: test", "spec:", "  match: {environments: [hml]}") }, expected: [at("POL001", POLICY, 5, 1)] },
  { code: "POL001", name: "expiry that is no calendar day", files: { [POLICY]: policy(enable("PFR002"), ...exception("PFR002", "2099-02-30")) }, expected: [at("POL001", POLICY, 12, 16)] },
  { code: "POL001", name: "built-in rule given a message", files: { [POLICY]: policy([...enable("PFR002"), "      message: pin it"]) }, expected: [at("POL001", POLICY, 8, 7)] },
  { code: "POL001", name: "custom rule without a message", files: { [POLICY]: policy(["    - id: no-secrets", "      kinds: [Secret]", "      schema: false"]) }, expected: [at("POL001", POLICY, 7, 11)] },
  { code: "POL001", name: "custom rule id in capitals", files: { [POLICY]: policy(["    - id: NoSecrets", "      message: no", "      schema: false"]) }, expected: [at("POL001", POLICY, 7, 11)] },
  { code: "POL002", name: "expired exception", files: { [POLICY]: policy(enable("PFR002"), ...exception("PFR002", "2020-01-31")) }, expected: [at("POL002", POLICY, 12, 16)] },
  { code: "POL003", name: "rules entry naming no built-in rule", files: { [POLICY]: policy(enable("PFR099")) }, expected: [at("POL003", POLICY, 7, 11)] },
  { code: "POL003", name: "exception naming a rule the policy lacks", files: { [POLICY]: policy(enable("PFR002"), ...exception("PFR014", "2099-01-31")) }, expected: [at("POL003", POLICY, 10, 13)] },
  { code: "POL004", name: "schema with a type typo", files: { [POLICY]: policy(["    - id: described", "      message: describe it", "      path: metadata.description", "      schema: {type: strnig}"]) }, expected: [at("POL004", POLICY, 10, 15)] },
  { code: "POL004", name: "schema with an unknown keyword", files: { [POLICY]: policy(["    - id: described", "      message: describe it", "      schema: {minLenght: 3}"]) }, expected: [at("POL004", POLICY, 9, 15)] },
  { code: "POL004", name: "path that does not parse", files: { [POLICY]: policy(["    - id: images", "      message: images", "      path: spec.tasks[*.image", "      schema: true"]) }, expected: [at("POL004", POLICY, 9, 13)] },
  { code: "POL005", name: "required parameter missing", files: { [POLICY]: policy(enable("PFR003")) }, expected: [at("POL005", POLICY, 7, 7)] },
  { code: "POL005", name: "memory cap in Kubernetes notation", files: { [POLICY]: policy(enable("PFR007", "maxExecutorMemory: 8Gi")) }, expected: [at("POL005", POLICY, 9, 28)] },
  { code: "POL005", name: "pattern that is no regular expression", files: { [POLICY]: policy(enable("PFR010", "pattern: '(['")) }, expected: [at("POL005", POLICY, 9, 18)] },
  { code: "POL005", name: "unknown parameter", files: { [POLICY]: policy(enable("PFR013", "minInterwal: 1h")) }, expected: [at("POL005", POLICY, 9, 9)] },
  { code: "POL006", name: "built-in rule configured twice", files: { [POLICY]: policy([...enable("PFR002"), ...enable("image-pinned")]) }, expected: [at("POL006", POLICY, 8, 11)] },
  { code: "POL006", name: "two policies with one name", files: { [POLICY]: policy(enable("PFR002")), [OTHER]: policy(enable("PFR002")) }, expected: [at("POL006", POLICY, 4, 9)] },
  { code: "POL006", name: "custom rule named like a built-in rule", files: { [POLICY]: policy(["    - id: image-pinned", "      message: pin", "      schema: true"]) }, expected: [at("POL006", POLICY, 7, 11)] },
  { code: "POL007", name: "environment glob selecting nothing", files: { [POLICY]: policy(enable("PFR002"), "  match:", "    environments: [prod]") }, expected: [at("POL007", POLICY, 9, 19)] },
  { code: "POL008", name: "misspelt kind", files: { [POLICY]: policy(["    - id: bounded", "      message: bounded", "      kinds: [CronWorkfow]", "      schema: true"]) }, expected: [at("POL008", POLICY, 9, 15)] },
];

/** The first failing case of each built-in rule. */
const firstFailing = ruleCases.filter((c, i) => c.expected.length > 0 && ruleCases.findIndex((d) => d.code === c.code && d.expected.length > 0) === i);

export const policyCases: readonly CodeCase[] = [...engineCases, ...firstFailing];
