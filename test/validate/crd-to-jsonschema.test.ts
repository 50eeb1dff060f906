import { describe, expect, it } from "vitest";
import { crdToJsonSchemas, finalizeKindSchema } from "../../src/validate/crd-to-jsonschema.js";
import type { Json } from "../../src/validate/json.js";
import { normalizeSchema } from "../../src/validate/schema-normalize.js";

// The OpenAPI → JSON Schema rules, node by node (kubeconform's openapi2jsonschema, strict).

describe("normalizeSchema", () => {
  it.each<[string, Json, Json]>([
    ["drops annotations and unknown extensions", { type: "string", description: "d", default: "x", example: "y", "x-kubernetes-list-type": "atomic" }, { type: "string" }],
    ["closes objects that list properties", { type: "object", properties: { a: { type: "string" } } }, { type: "object", properties: { a: { type: "string" } }, additionalProperties: false }],
    ["leaves maps alone", { type: "object", additionalProperties: { type: "string" } }, { type: "object", additionalProperties: { type: "string" } }],
    ["leaves property-less objects open", { type: "object" }, { type: "object" }],
    ["preserve-unknown-fields keeps an object open", { type: "object", properties: { a: { type: "string" } }, "x-kubernetes-preserve-unknown-fields": true }, { type: "object", properties: { a: { type: "string" } } }],
    ["preserve-unknown-fields alone accepts anything", { "x-kubernetes-preserve-unknown-fields": true }, {}],
    ["int-or-string flag alone", { "x-kubernetes-int-or-string": true }, { anyOf: [{ type: "integer" }, { type: "string" }] }],
    [
      "int-or-string with controller-gen's anyOf and quantity pattern",
      { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^q$", "x-kubernetes-int-or-string": true },
      { anyOf: [{ type: "integer" }, { type: "string" }], pattern: "^q$" },
    ],
    ["nullable", { type: "string", nullable: true }, { type: ["string", "null"] }],
    ["nullable enum", { type: "string", enum: ["a"], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    ["nullable without type", { nullable: true, anyOf: [{ type: "integer" }] }, { anyOf: [{ type: "null" }, { anyOf: [{ type: "integer" }] }] }],
    [
      "embedded resource lets TypeMeta/ObjectMeta through",
      { type: "object", "x-kubernetes-embedded-resource": true, properties: { spec: { type: "object" } } },
      { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, spec: { type: "object" } }, additionalProperties: false },
    ],
    ["draft-4 exclusiveMinimum", { type: "integer", minimum: 0, exclusiveMinimum: true }, { type: "integer", exclusiveMinimum: 0 }],
    ["keeps CEL rules as data", { type: "object", "x-kubernetes-validations": [{ rule: "self.a > 0", message: "m" }] }, { type: "object", "x-kubernetes-validations": [{ rule: "self.a > 0", message: "m" }] }],
    ["a property named like a keyword is a property", { type: "object", properties: { description: { type: "string" }, default: { type: "integer" } } }, { type: "object", properties: { description: { type: "string" }, default: { type: "integer" } }, additionalProperties: false }],
    ["recurses into items and anyOf", { type: "array", items: { type: "object", properties: { a: { type: "string", format: "int-or-string", description: "x" } } } }, { type: "array", items: { type: "object", properties: { a: { type: "string", format: "int-or-string" } }, additionalProperties: false } }],
  ])("%s", (_name, input, expected) => {
    expect(normalizeSchema(input, { closeObjects: true })).toEqual(expected);
  });

  it("leaves user JSON schemas open when asked", () => {
    expect(normalizeSchema({ type: "object", properties: { a: {} } }, { closeObjects: false })).toEqual({ type: "object", properties: { a: {} } });
  });
});

describe("crdToJsonSchemas", () => {
  const crd = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    spec: {
      group: "example.com",
      names: { kind: "Widget" },
      versions: [
        { name: "v1", served: true, schema: { openAPIV3Schema: { type: "object", required: ["spec"], properties: { apiVersion: { type: "string" }, metadata: { type: "object" }, spec: { type: "object" } } } } },
        { name: "v2", served: true },
        { name: "v0", served: false, schema: { openAPIV3Schema: { type: "object" } } },
      ],
    },
  };

  it("converts served versions and names the ones without schema", () => {
    const { kinds, problems } = crdToJsonSchemas(crd, { metadata: { $ref: "meta" } });
    expect(kinds.map((k) => `${k.apiVersion} ${k.kind}`)).toEqual(["example.com/v1 Widget"]);
    expect(problems).toEqual(["Widget example.com/v2: no openAPIV3Schema"]);
    expect(kinds[0]?.schema).toEqual({
      type: "object",
      required: ["apiVersion", "kind", "spec"],
      properties: { apiVersion: { type: "string", const: "example.com/v1" }, kind: { type: "string", const: "Widget" }, metadata: { $ref: "meta" }, spec: { type: "object" } },
      additionalProperties: false,
    });
  });

  it.each<[string, unknown]>([
    ["not an object", "text"],
    ["another kind", { kind: "ConfigMap" }],
    ["no group", { kind: "CustomResourceDefinition", spec: { names: { kind: "X" } } }],
  ])("reports %s", (_name, doc) => {
    expect(crdToJsonSchemas(doc).problems).toHaveLength(1);
  });

  it("finalizeKindSchema replaces Kubernetes' nullable apiVersion/kind enums with constants", () => {
    const schema = finalizeKindSchema({ type: "object", properties: { apiVersion: { type: ["string", "null"], enum: ["v1"] } } }, { apiVersion: "v1", kind: "ConfigMap" });
    expect(schema.properties).toEqual({ apiVersion: { type: "string", const: "v1" }, kind: { type: "string", const: "ConfigMap" } });
    expect(schema.required).toEqual(["apiVersion", "kind"]);
  });
});
