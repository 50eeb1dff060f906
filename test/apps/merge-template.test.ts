// mergo.Merge(generatorTemplate, specTemplate) without override.
import { describe, expect, it } from "vitest";
import { mergeTemplate } from "../../src/apps/index.js";

const base = {
  metadata: { name: "{{.path.basename}}", labels: { a: "1", b: "2" } },
  spec: { project: "p", destination: { server: "https://s", namespace: "ns" }, syncPolicy: { automated: { prune: true } } },
};

describe("mergeTemplate", () => {
  it.each([
    ["an empty override keeps the spec template", {}, base],
    ["an empty metadata mapping is filled in", { metadata: {} }, base],
    [
      "set values win, mappings merge key by key",
      { metadata: { labels: { b: "x", c: "3" } }, spec: { destination: { namespace: "other" } } },
      { ...base, metadata: { ...base.metadata, labels: { a: "1", b: "x", c: "3" } }, spec: { ...base.spec, destination: { server: "https://s", namespace: "other" } } },
    ],
    ["empty strings are filled from the spec template", { spec: { project: "" } }, base],
    ["false cannot switch a true off (mergo's zero-value rule)", { spec: { syncPolicy: { automated: { prune: false } } } }, base],
  ])("%s", (_name, generator, want) => {
    expect(mergeTemplate(generator, base)).toEqual(want);
  });
});
