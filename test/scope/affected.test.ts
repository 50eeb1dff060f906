// The affected set: which pipelines and teams a change reaches, on both sides
// of the change, and which findings are reported for it.
import { describe, expect, it } from "vitest";
import { diag, type Diagnostic } from "../../src/diagnostics/index.js";
import { loadRepository } from "../../src/discover/index.js";
import { createMemoryHost } from "../../src/host/index.js";
import { affectedScope, diagnosticFilter, emitSelection, modelOfTree, pipelinesInFile, type AffectedScope } from "../../src/scope/index.js";
import type { Files } from "../diagnostics/repo.js";
import { LONELY, PRD_SOURCE, scheduled, SINK, SOURCE, tree, TREE, triggered } from "./tree.js";

const text = (files: Files, p: string) => {
  const v = files[p];
  return typeof v === "string" ? v : undefined;
};

/** The scope of going from TREE to `head`, for the changed `paths`. */
async function scopeOf(head: Files, paths: string[], schemaRoots: string[] = []): Promise<AffectedScope> {
  const { tree: loaded } = await loadRepository(createMemoryHost(head));
  const pipelines = paths.flatMap((p) => [text(TREE, p), text(head, p)].flatMap((t) => (t === undefined ? [] : pipelinesInFile(p, t))));
  return affectedScope({ paths, pipelines, schemaRoots }, modelOfTree(loaded));
}

const summary = (s: AffectedScope) => ({ everything: s.everything, argocd: s.argocd, pipelines: [...s.pipelines].sort(), teams: [...s.teams].sort() });

const UP = "dev/core/up";
const DOWN = "dev/core/down";
const OTHER = "dev/core/other";

interface Case {
  readonly name: string;
  readonly head: Files;
  readonly paths: string[];
  readonly schemaRoots?: string[];
  readonly expected: ReturnType<typeof summary>;
}

const cases: Case[] = [
  {
    name: "an upstream pipeline reaches its downstream Sensor",
    head: tree({ [SOURCE]: scheduled("source", "0 4 * * *", ["  notify: [Succeeded]"]) }),
    paths: [SOURCE],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "a downstream pipeline reaches its upstream's fan-out",
    head: tree({ [SINK]: triggered("sink", "core/up/source") }),
    paths: [SINK],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "a renamed upstream still reaches the Sensors that name its old id",
    head: tree({ [SOURCE]: scheduled("origin", "0 3 * * *", ["  notify: [Succeeded]"]) }),
    paths: [SOURCE],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/origin`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "a dropped trigger still reaches the old upstream",
    head: tree({ [SINK]: scheduled("sink") }),
    paths: [SINK],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "a deleted upstream reaches its downstream",
    head: tree({}, [SOURCE]),
    paths: [SOURCE],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "an unrelated pipeline reaches nothing else",
    head: tree({ [LONELY]: scheduled("lonely", "0 5 * * *") }),
    paths: [LONELY],
    expected: { everything: false, argocd: false, pipelines: [`${OTHER}/lonely`], teams: [OTHER] },
  },
  {
    name: "a team file covers its team and the team's neighbours",
    head: TREE,
    paths: ["environments/dev/core/up/team.yaml"],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${UP}/source`], teams: [DOWN, UP] },
  },
  {
    name: "a business-unit file covers its teams",
    head: TREE,
    paths: ["environments/dev/core/businessunit.yaml"],
    expected: { everything: false, argocd: false, pipelines: [`${DOWN}/sink`, `${OTHER}/lonely`, `${UP}/source`], teams: [DOWN, OTHER, UP] },
  },
  {
    name: "an environment file covers its environment and the Argo CD objects",
    head: TREE,
    paths: ["environments/prd/environment.yaml"],
    expected: { everything: false, argocd: true, pipelines: ["prd/core/up/source"], teams: ["prd/core/up"] },
  },
  {
    name: "a file that is no input reaches nothing",
    head: TREE,
    paths: ["README.md", "environments/dev/core/up/notes.txt"],
    expected: { everything: false, argocd: false, pipelines: [], teams: [] },
  },
  ...["pipeforge.yaml", "policies/owners.yaml", "templates/sensor.yaml.hbs"].map((p) => ({
    name: `${p} covers everything`,
    head: TREE,
    paths: [p],
    expected: { everything: true, argocd: true, pipelines: [], teams: [] },
  })),
  {
    name: "a file of the repository's extra schemas covers everything",
    head: TREE,
    paths: ["crds/widget.yaml"],
    schemaRoots: ["./crds/"],
    expected: { everything: true, argocd: true, pipelines: [], teams: [] },
  },
];

describe("affectedScope", () => {
  it.each(cases)("$name", async (c) => {
    expect(summary(await scopeOf(c.head, c.paths, c.schemaRoots))).toEqual(c.expected);
  });

  it("a plain manifest file touches its team only", async () => {
    const plain = "environments/dev/core/other/extra/cm.yaml";
    const s = await scopeOf(tree({ [plain]: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n" }), [plain]);
    expect(summary(s)).toEqual({ everything: false, argocd: false, pipelines: [], teams: [OTHER] });
    expect(s.files.has(plain)).toBe(true);
  });
});

describe("emitSelection", () => {
  it("limits emission to the affected teams", async () => {
    const { teamFilter } = emitSelection(await scopeOf(TREE, [SINK]));
    expect(teamFilter).toBeDefined();
    expect([{ env: "dev", bu: "core", name: "up" }, { env: "dev", bu: "core", name: "other" }, { env: "prd", bu: "core", name: "up" }].map((t) => teamFilter!(t))).toEqual([true, false, false]);
  });

  it("does not filter when the Argo CD objects change", async () => {
    expect(emitSelection(await scopeOf(TREE, ["environments/dev/environment.yaml"])).teamFilter).toBeUndefined();
  });
});

describe("diagnosticFilter", () => {
  const at = (file: string): Diagnostic => diag("SEM008", { message: "x", location: { file, start: 0, end: 1 } });
  it.each([
    ["the changed file", SOURCE, true],
    ["a downstream pipeline's file", SINK, true],
    ["an unrelated team's pipeline", LONELY, false],
    ["another environment's pipeline", PRD_SOURCE, false],
    ["the affected team's team file", "environments/dev/core/down/team.yaml", true],
    ["an unaffected team's team file", "environments/dev/core/other/team.yaml", false],
    ["the business-unit file above", "environments/dev/core/businessunit.yaml", true],
    ["the environment file above", "environments/dev/environment.yaml", true],
    ["another environment's file", "environments/prd/environment.yaml", false],
    ["a policy", "policies/owners.yaml", true],
    ["the repository file", "pipeforge.yaml", true],
  ])("%s: %s → %s", async (_name, file, expected) => {
    const keep = diagnosticFilter(await scopeOf(tree({ [SOURCE]: scheduled("source", "0 4 * * *") }), [SOURCE]));
    expect(keep(at(file))).toBe(expected);
  });

  it("keeps findings without a location", async () => {
    const keep = diagnosticFilter(await scopeOf(TREE, [LONELY]));
    expect(keep(diag("MAN002", { message: "schema source broken" }))).toBe(true);
  });
});
