import { describe, expect, it } from "vitest";
import { createSchemaRegistry, validateEmbeddedManifest } from "../../src/validate/index.js";
import { located } from "./helpers.js";

// Argo expressions inside embedded manifests: structure is checked, substituted values are not.

const registry = createSchemaRegistry();

const configMap = (body: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n${body}`;

describe("validateEmbeddedManifest", () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    ["bare expression as a value", configMap("data:\n  day: {{inputs.parameters.day}}\n"), "valid", []],
    ["expression in a quoted string", configMap('data:\n  day: "{{inputs.parameters.day}}"\n'), "valid", []],
    ["expression inside a word", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{workflow.name}}\n", "valid", []],
    ["expression where a number belongs", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: {{inputs.parameters.n}}\n  selector: {}\n  template: {}\n", "valid", []],
    ["expression as a key", configMap("data:\n  {{inputs.parameters.key}}: v\n"), "valid", []],
    ["expression language with quotes and braces", configMap('data:\n  v: "{{=sprig.trim(\\"a}\\")}}"\n'), "valid", []],
    ["real errors still found", configMap("data:\n  day: {{inputs.parameters.day}}\ndatta: {}\n"), "invalid", [["datta", "additionalProperties"]]],
    ["a whole-text parameter is not a manifest", "{{inputs.parameters.manifest}}", "not-a-manifest", [["", "type"]]],
    ["broken YAML", configMap("data: [\n"), "not-a-manifest", [["", "yaml"]]],
    ["duplicate keys", configMap("data: {}\ndata: {}\n"), "not-a-manifest", [["", "yaml"]]],
    ["YAML 1.1 like Kubernetes: 0755 is octal", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nimmutable: yes\n", "valid", []],
  ])("%s", (_name, text, status, expected) => {
    const result = validateEmbeddedManifest(registry, text);
    expect(located(result)).toEqual(expected);
    expect(result.status).toBe(status);
  });

  it("gives the line of a YAML error inside the string", () => {
    const result = validateEmbeddedManifest(registry, configMap("data: [\n"));
    expect(result.errors[0]?.params).toMatchObject({ line: expect.any(Number) });
  });
});
