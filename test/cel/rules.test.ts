// CEL rules of a user CRD: what is evaluated, what fails with which message and where, and what
// is reported as not evaluated (with the reason) instead of being skipped or failing falsely.
import { describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest, type ManifestCheck } from "../../src/validate/index.js";

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gizmos.example.com}
spec:
  group: example.com
  names: {kind: Gizmo, plural: gizmos}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            apiVersion: {type: string}
            kind: {type: string}
            metadata: {type: object}
            spec:
              type: object
              x-kubernetes-validations:
                - rule: "self.replicas + 1 > self.min"
                  message: replicas must reach min
                - rule: "!has(self.max) || self.max >= self.replicas"
                  messageExpression: "'max ' + string(self.max) + ' is below replicas ' + string(self.replicas)"
                - rule: "!has(self.mode) || self.mode != 'broken'"
                  fieldPath: .mode
                - rule: "!has(self.labels) || self.labels.all(k, k.startsWith('x-'))"
                - rule: "self.replicas == oldSelf.replicas"
                  message: replicas is immutable
                - rule: "!has(self.size) || quantity(self.size).isLessThan(quantity('10Gi'))"
                  message: size below 10Gi
                - rule: "self.?note.orValue('') != 'forbidden'"
              properties:
                replicas: {type: integer}
                min: {type: integer}
                max: {type: integer}
                mode: {type: string}
                size: {type: string}
                note: {type: string}
                labels: {type: object, additionalProperties: {type: string}}
                nested:
                  type: object
                  nullable: true
                  x-kubernetes-validations:
                    - rule: "self.a == 'ok'"
                  properties:
                    a: {type: string}
                deep:
                  type: object
                  x-kubernetes-validations:
                    - rule: "self.missing.value == 1"
                    - rule: "self.a"
                    - rule: "self.dash__dash__name == 'x'"
                    - rule: "self.a ==="
                  properties:
                    a: {type: string}
`;

const registry = createSchemaRegistry({ extra: [{ type: "crd", path: "crds/gizmo.yaml", text: CRD }] });
const gizmo = (spec: Record<string, unknown>): unknown => ({ apiVersion: "example.com/v1", kind: "Gizmo", metadata: { name: "g" }, spec: { replicas: 2, min: 1, ...spec } });
const check = (spec: Record<string, unknown>): ManifestCheck => validateManifest(registry, gizmo(spec));
const failures = (c: ManifestCheck) => c.errors.filter((e) => e.keyword === "x-kubernetes-validations").map((e) => [e.path.join("."), e.message]);
const skipped = (c: ManifestCheck) => (c.celNotEvaluated ?? []).map((n) => [n.path.join("."), n.rule, n.reason]);

describe("CEL rules of a CRD", () => {
  it("evaluates integer arithmetic (YAML integers are CEL ints)", () => {
    expect(failures(check({}))).toEqual([]);
    expect(failures(check({ replicas: 1, min: 5 }))).toEqual([["spec", "replicas must reach min"]]);
  });

  it("uses messageExpression when it yields a string", () => {
    expect(failures(check({ max: 1 }))).toEqual([["spec", "max 1 is below replicas 2"]]);
  });

  it("reports at the rule's fieldPath", () => {
    expect(failures(check({ mode: "broken" }))).toEqual([["spec.mode", "failed rule: !has(self.mode) || self.mode != 'broken'"]]);
  });

  it("says 'failed rule: <rule>' when the rule has no message, as the API server does", () => {
    expect(failures(check({ labels: { app: "a" } }))).toEqual([["spec", "failed rule: !has(self.labels) || self.labels.all(k, k.startsWith('x-'))"]]);
    expect(failures(check({ labels: { "x-app": "a" } }))).toEqual([]);
  });

  it("supports optional types (Kubernetes 1.29+)", () => {
    expect(failures(check({ note: "forbidden" }))).toEqual([["spec", "failed rule: self.?note.orValue('') != 'forbidden'"]]);
  });

  it("reports a transition rule (oldSelf) as not evaluated, with the reason", () => {
    const [row] = skipped(check({})).filter(([, rule]) => String(rule).includes("oldSelf"));
    expect(row?.[0]).toBe("spec");
    expect(row?.[2]).toMatch(/transition rule.*oldSelf/);
  });

  it("reports a rule using a Kubernetes CEL library cel-js lacks (quantity) as not evaluated, never as a failure", () => {
    const c = check({ size: "1Gi" });
    expect(failures(c)).toEqual([]);
    expect(skipped(c).find(([, rule]) => String(rule).includes("quantity"))?.[2]).toMatch(/cel-js could not evaluate it: .*quantity/);
  });

  it("does not evaluate rules on a null value (the API server skips them)", () => {
    expect(skipped(check({ nested: null })).filter(([path]) => path === "spec.nested")).toEqual([]);
    expect(failures(check({ nested: { a: "no" } }))).toEqual([["spec.nested", "failed rule: self.a == 'ok'"]]);
  });

  it("reports runtime errors, non-boolean results, escaped field names and syntax errors as not evaluated", () => {
    const rows = skipped(check({ deep: { a: "x" } })).filter(([path]) => path === "spec.deep");
    expect(rows.map(([, rule, reason]) => [rule, String(reason).replace(/:.*/s, "")])).toEqual([
      ["self.missing.value == 1", "cel-js could not evaluate it"],
      ["self.a", "it evaluated to string, not a boolean"],
      ["self.dash__dash__name == 'x'", "uses Kubernetes-escaped field names (such as __dash__), which cel-js does not map"],
      ["self.a ===", "cel-js cannot compile it"],
    ]);
    expect(failures(check({ deep: { a: "x" } }))).toEqual([]);
  });

  it("counts what it did not evaluate", () => {
    const c = check({});
    expect(c.unevaluatedRules).toBe(c.celNotEvaluated?.length);
    expect(c.unevaluatedRules).toBeGreaterThan(0);
  });
});
