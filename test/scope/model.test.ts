// The scope's view of a tree: pipeline identities and `after:` targets, from
// the loaded tree and from one file's text, agreeing with the compiler's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteRef } from "../../src/graph/index.js";
import type { ResolvedPipeline } from "../../src/resolve/index.js";
import { afterTarget, pipelinesInFile } from "../../src/scope/index.js";
import { lines } from "../diagnostics/repo.js";

describe("afterTarget", () => {
  const segment = fc.constantFrom("a", "b", "orders-daily", "");
  it("names the pipeline the trigger graph resolves", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const ref = parts.join("/");
        const from = { env: "dev", bu: "core", team: { name: "up" } } as unknown as Pick<ResolvedPipeline, "env" | "bu" | "team">;
        const graph = absoluteRef(ref, from);
        expect(afterTarget(ref, { env: "dev", bu: "core", team: "up" })).toBe("id" in graph ? graph.id : undefined);
      }),
    );
  });

  it("ignores a reference that is not a string", () => {
    expect(afterTarget(42, { env: "dev", bu: "core", team: "up" })).toBeUndefined();
  });
});

describe("pipelinesInFile", () => {
  const API = "apiVersion: pipeforge.io/v1alpha1";
  it.each([
    {
      name: "metadata.name and relative triggers",
      file: "environments/dev/core/down/x.yaml",
      text: lines(API, "kind: Pipeline", "metadata: {name: sink}", "spec:", "  triggers: [{after: up/source}, {after: me}, {webhook: {endpoint: /x}}, {after: a/b/c/d}]", "  tasks: []"),
      expected: [{ id: "dev/core/down/sink", team: "dev/core/down", after: ["dev/core/up/source", "dev/core/down/me"] }],
    },
    {
      name: "the file name without metadata.name, two documents",
      file: "environments/dev/core/down/two.yml",
      text: lines(API, "kind: Pipeline", "spec: {tasks: []}", "---", API, "kind: Pipeline", "metadata: {name: second}", "spec: {tasks: []}"),
      expected: [
        { id: "dev/core/down/two", team: "dev/core/down", after: [] },
        { id: "dev/core/down/second", team: "dev/core/down", after: [] },
      ],
    },
    { name: "plain manifests", file: "environments/dev/core/down/cm.yaml", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n", expected: [] },
    { name: "a team file", file: "environments/dev/core/down/team.yaml", text: lines(API, "kind: Team", "spec: {owners: [a@b.c]}"), expected: [] },
    { name: "broken YAML", file: "environments/dev/core/down/bad.yaml", text: "a: [\n", expected: [] },
  ])("$name", ({ file, text, expected }) => {
    expect(pipelinesInFile(file, text).map(({ id, team, after }) => ({ id, team, after }))).toEqual(expected);
  });
});
