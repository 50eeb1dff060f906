// The small grammars of policies: path shorthand, image references, glob lists.
import { describe, expect, it } from "vitest";
import { parseImage } from "../../src/policy/facets/images.js";
import { globList } from "../../src/policy/glob.js";
import { parsePath, selectPath } from "../../src/policy/index.js";

describe("path shorthand", () => {
  const doc = { spec: { tasks: [{ container: { image: "a" } }, { script: { image: "b" } }, { container: { image: "c" } }] }, metadata: { labels: { "app.kubernetes.io/name": "x" } } };
  const select = (path: string) => {
    const p = parsePath(path);
    if (!p.ok) throw new Error(p.reason);
    return selectPath(doc, p.segments);
  };

  it.each([
    ["spec.tasks[*].container.image", [["spec", "tasks", 0, "container", "image"], ["spec", "tasks", 2, "container", "image"]]],
    ["spec.tasks[1].script.image", [["spec", "tasks", 1, "script", "image"]]],
    ["spec.tasks.*.script", [["spec", "tasks", 1, "script"]]],
    ['metadata.labels["app.kubernetes.io/name"]', [["metadata", "labels", "app.kubernetes.io/name"]]],
    ["metadata.labels['app.kubernetes.io/name']", [["metadata", "labels", "app.kubernetes.io/name"]]],
    ["spec.tasks[9].container", []],
    ["spec.nothing.here", []],
  ])("%s", (path, expected) => {
    expect(select(path).map((s) => s.path)).toEqual(expected);
  });

  it.each(["", "spec..tasks", "spec.tasks[", "spec.tasks[x]", "spec tasks", ".spec"])("refuses %j", (path) => {
    expect(parsePath(path).ok).toBe(false);
  });
});

describe("image references", () => {
  it.each([
    ["alpine", { registry: "docker.io", repository: "library/alpine", tag: undefined, digest: undefined }],
    ["alpine:3.20", { registry: "docker.io", repository: "library/alpine", tag: "3.20" }],
    ["curlimages/curl:8.10.1", { registry: "docker.io", repository: "curlimages/curl", tag: "8.10.1" }],
    ["registry.example.com:5000/data/loader:1.4", { registry: "registry.example.com:5000", repository: "data/loader", tag: "1.4" }],
    ["localhost/x:1", { registry: "localhost", repository: "x", tag: "1" }],
    [`ghcr.io/a/b@sha256:${"0".repeat(64)}`, { registry: "ghcr.io", repository: "a/b", digest: `sha256:${"0".repeat(64)}` }],
    ["index.docker.io/library/alpine:3", { registry: "docker.io", repository: "library/alpine", tag: "3" }],
  ])("%s", (image, expected) => {
    expect(parseImage(image)).toMatchObject(expected);
  });

  it.each(["Alpine:3", "alpine:", "alpine@sha256:xyz", "{{inputs.parameters.image}}", "a b:1"])("refuses %j", (image) => {
    expect(parseImage(image)).toBeUndefined();
  });
});

describe("glob lists", () => {
  it.each([
    [undefined, "anything", true],
    [undefined, undefined, true],
    [["prd"], undefined, false],
    [["prd"], "prd", true],
    [["!prd"], "hml", true],
    [["!prd"], "prd", false],
    [["p*", "!prd"], "pre", true],
    [["p*", "!prd"], "prd", false],
    [["hml/autos/*/*"], "hml/autos/ml/daily", true],
    [["hml/autos/*/*"], "hml/autos/ml", false],
  ] as const)("%j matches %j: %s", (patterns, value, expected) => {
    expect(globList(patterns)(value)).toBe(expected);
  });
});
