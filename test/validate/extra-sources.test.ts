import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { located } from "./helpers.js";

// The user's own CRDs and kubeconform-style JSON schema folders (Repository.spec.schemas).

const CRDS = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          required: [spec]
          properties:
            apiVersion: {type: string}
            kind: {type: string}
            metadata: {type: object}
            spec:
              type: object
              required: [size]
              x-kubernetes-validations:
                - rule: "self.size != 'huge' || has(self.budget)"
                  message: huge widgets need a budget
              properties:
                size: {type: string, enum: [small, large, huge], description: how big}
                replicas: {x-kubernetes-int-or-string: true}
                budget: {type: integer, nullable: true, minimum: 0}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
                template:
                  type: object
                  x-kubernetes-embedded-resource: true
                  properties:
                    spec: {type: object, x-kubernetes-preserve-unknown-fields: true}
    - name: v0
      served: false
      storage: false
      schema: {openAPIV3Schema: {type: object}}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  names: {kind: Gadget, plural: gadgets}
  scope: Namespaced
  versions:
    - name: v1beta1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec: {type: object, properties: {color: {type: string}}}
`;

const dir = mkdtempSync(join(tmpdir(), "pipeforge-schemas-"));
const jsonDir = join(dir, "json");
mkdirSync(jsonDir);
const write = (name: string, value: unknown): void => writeFileSync(join(jsonDir, name), typeof value === "string" ? value : JSON.stringify(value));
// kubeconform file name with the full group
write("thing-example.com-v1.json", {
  type: "object",
  properties: { spec: { $ref: "_definitions.json#/definitions/ThingSpec" } },
  required: ["spec"],
});
// shared definitions of a non-standalone kubeconform folder, resolved relative to the file
write("_definitions.json", {
  definitions: {
    ThingSpec: { type: "object", properties: { count: { type: "integer", format: "int32" } }, additionalProperties: false },
    SprocketSpec: { type: "string" },
  },
});
// first label of the group only, as kubeconform names core groups (apps, batch, rbac…)
write("doohickey-stuff-v2.json", { type: "object", properties: { spec: { type: "object", properties: { when: { type: "string", format: "cron-ish" } } } } });
// any name, kind declared inside
write("sprocket.json", {
  "x-kubernetes-group-version-kind": [{ group: "example.com", version: "v1", kind: "Sprocket" }, { group: "example.com", version: "v2", kind: "Sprocket" }],
  type: "object",
  properties: { spec: { $ref: "_definitions.json#/definitions/SprocketSpec" } },
});
write("broken.json", "[1, 2]");
write("noname.json", { type: "object" });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const registry = createSchemaRegistry({
  extra: [
    { type: "crd", path: "crds/example.yaml", text: CRDS },
    { type: "json-schema-dir", path: jsonDir },
    { type: "crd", path: join(dir, "missing.yaml") },
  ],
});

const widget = (spec: unknown, metadata: unknown = { name: "w" }): unknown => ({ apiVersion: "example.com/v1", kind: "Widget", metadata, spec });

describe("user CRDs", () => {
  it.each<[string, unknown, Array<[string, string]>]>([
    ["valid", widget({ size: "small" }), []],
    ["int-or-string accepts an integer", widget({ size: "small", replicas: 3 }), []],
    ["int-or-string accepts a string", widget({ size: "small", replicas: "50%" }), []],
    ["int-or-string rejects a boolean", widget({ size: "small", replicas: true }), [["spec.replicas", "type"]]],
    ["nullable keeps null", widget({ size: "small", budget: null }), []],
    ["preserve-unknown-fields keeps anything", widget({ size: "small", extra: { any: { thing: [1] } } }), []],
    ["embedded resource accepts TypeMeta and ObjectMeta", widget({ size: "small", template: { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { x: 1 } } }), []],
    ["closed objects reject unknown fields", widget({ size: "small", colour: "red" }), [["spec.colour", "additionalProperties"]]],
    ["metadata is checked as ObjectMeta", widget({ size: "small" }, { name: "w", lables: {} }), [["metadata.lables", "additionalProperties"]]],
    ["enum", widget({ size: "medium" }), [["spec.size", "enum"]]],
    ["required", widget({}), [["spec", "required"]]],
    ["minimum", widget({ size: "small", budget: -1 }), [["spec.budget", "minimum"]]],
  ])("%s", (_name, manifest, expected) => {
    const result = validateManifest(registry, manifest);
    expect(located(result)).toEqual(expected);
    expect(result.schemaSource).toBe("crds/example.yaml");
  });

  it("evaluates the CRD's CEL rules (test/cel/ has the rule-by-rule cases)", () => {
    const result = validateManifest(registry, widget({ size: "huge" }));
    expect(located(result)).toEqual([["spec", "x-kubernetes-validations"]]);
    expect(result.unevaluatedRules).toBe(0);
  });

  it("reads every CRD of a multi-document file, served versions only", () => {
    expect(validateManifest(registry, { apiVersion: "example.com/v1beta1", kind: "Gadget", metadata: { name: "g" }, spec: { color: "red" } }).status).toBe("valid");
    expect(validateManifest(registry, { apiVersion: "example.com/v0", kind: "Widget", metadata: { name: "w" } }).status).toBe("missing-schema");
  });

  it("takes precedence over a bundled schema for the same kind", () => {
    const own = createSchemaRegistry({
      extra: [{ type: "crd", path: "own-sensor.yaml", text: CRDS.split("---")[1]?.replace(/Gadget/g, "Sensor").replace(/example\.com/g, "argoproj.io").replace("v1beta1", "v1alpha1") ?? "" }],
    });
    const result = validateManifest(own, { apiVersion: "argoproj.io/v1alpha1", kind: "Sensor", metadata: { name: "s" }, spec: { color: "red" } });
    expect(result.status).toBe("valid");
    expect(result.schemaSource).toBe("own-sensor.yaml");
  });
});

describe("user JSON schema folders", () => {
  it.each<[string, unknown, string, Array<[string, string]>]>([
    ["{kind}-{group}-{version}.json with a relative $ref", { apiVersion: "example.com/v1", kind: "Thing", spec: { count: 2 } }, "valid", []],
    ["…whose referenced definition is enforced", { apiVersion: "example.com/v1", kind: "Thing", spec: { count: "2", more: 1 } }, "invalid", [["spec.more", "additionalProperties"], ["spec.count", "type"]]],
    ["group given by its first label; unknown format ignored", { apiVersion: "stuff.example.org/v2", kind: "Doohickey", spec: { when: "daily" } }, "valid", []],
    ["x-kubernetes-group-version-kind", { apiVersion: "example.com/v1", kind: "Sprocket", spec: "s" }, "valid", []],
    ["…several kinds in one file", { apiVersion: "example.com/v2", kind: "Sprocket", spec: 1 }, "invalid", [["spec", "type"]]],
  ])("%s", (_name, manifest, status, expected) => {
    const result = validateManifest(registry, manifest);
    expect(located(result)).toEqual(expected);
    expect(result.status).toBe(status);
  });
});

describe("problems with user sources", () => {
  it("are listed, not thrown", () => {
    validateManifest(registry, widget({ size: "small" }));
    const problems = registry.problems().map((p) => p.source.replace(dir, "<tmp>"));
    expect(problems).toEqual(expect.arrayContaining(["<tmp>/json/broken.json", "<tmp>/json/noname.json", "<tmp>/missing.yaml"]));
  });

  it("a schema that does not compile leaves the kind without schema", () => {
    const bad = createSchemaRegistry({ extra: [{ type: "crd", path: "bad.yaml", text: CRDS.replace("enum: [small, large, huge]", "pattern: '['") }] });
    expect(validateManifest(bad, widget({ size: "small" })).status).toBe("missing-schema");
    expect(bad.problems().map((p) => p.source)).toEqual(["bad.yaml"]);
  });
});
