// Spec values must come out as the same string: never as YAML structure,
// never interpreted as a Handlebars expression.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { serializeManifest } from "../src/emit/index.js";
import { compileFiles } from "./support/repo.js";
import { minimalRepo } from "./support/minimal.js";

const HOSTILE = [
  ["newline and kind", "x\nkind: Secret"],
  ["argo expression", "{{workflow.name}}"],
  ["handlebars triple", "{{{raw}}}"],
  ["go template", '{{index .path.segments 1}}'],
  ["document separator", "a\n---\nkind: Secret"],
  ["comment", "value # not a comment"],
  ["shell expansion", "${HOME} $(id)"],
  ["flow mapping", "{a: 1, b: [2]}"],
  ["yaml 1.1 boolean", "on"],
  ["quotes and backslash", "\"'\\"],
  ["private use chars", "\uE0000\uE001"],
] as const;

describe.each(HOSTILE)("hostile value: %s", (_name, value) => {
  it("is carried verbatim into container args, env values, parameters and descriptions", async () => {
    const result = await compileFiles(
      minimalRepo({
        pipeline: {
          metadata: { name: "hostile", description: value },
          spec: {
            parameters: [{ name: "p", value }],
            tasks: [{ name: "t", container: { image: "alpine:3.20", args: [value], env: [{ name: "V", value }] } }],
          },
        },
      }),
    );
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const wt = result.manifests.find((m) => m.kind === "WorkflowTemplate" && m.name === "hostile");
    expect(wt).toBeDefined();
    const reparsed = parse(serializeManifest(wt!.value)) as {
      kind: string;
      metadata: { annotations: Record<string, string> };
      spec: { arguments: { parameters: { value: string }[] }; templates: { name: string; container?: { args: string[]; env: { value: string }[] } }[] };
    };
    expect(reparsed.kind).toBe("WorkflowTemplate");
    expect(reparsed.metadata.annotations["pipeforge.io/description"]).toBe(value);
    expect(reparsed.spec.arguments.parameters[0]?.value).toBe(value);
    const task = reparsed.spec.templates.find((t) => t.name === "t");
    expect(task?.container?.args).toEqual([value]);
    expect(task?.container?.env[0]?.value).toBe(value);
    // Exactly one document, with the expected top-level structure.
    expect(Object.keys(reparsed).sort()).toEqual(["apiVersion", "kind", "metadata", "spec"]);
  });
});

describe("Argo expressions written in templates", () => {
  it("come out literally in the notify template", async () => {
    const result = await compileFiles(minimalRepo({}));
    const notify = result.manifests.find((m) => m.kind === "WorkflowTemplate" && m.name === "pipeforge-notify");
    const text = serializeManifest(notify!.value);
    expect(text).toContain("{{inputs.parameters.url}}");
    expect(text).toContain('"pipeline":"{{inputs.parameters.pipeline}}"');
  });

  it("keep ApplicationSet Go templates literal", async () => {
    const result = await compileFiles(minimalRepo({}));
    const appset = result.manifests.find((m) => m.kind === "ApplicationSet");
    const tpl = (appset!.value as { spec: { template: { metadata: { name: string }; spec: { source: { path: string } } } } }).spec.template;
    expect(tpl.metadata.name).toBe("{{index .path.segments 1}}-{{index .path.segments 2}}-{{index .path.segments 3}}");
    expect(tpl.spec.source.path).toBe("{{.path.path}}");
  });
});
