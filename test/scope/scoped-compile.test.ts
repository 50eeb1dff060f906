// compileScoped: only the affected teams are emitted, only the affected
// scope's findings are kept, and what the old side defined still counts.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile.js";
import { createMemoryHost } from "../../src/host/index.js";
import { compileScoped } from "../../src/scope/index.js";
import { findingsOf, type Files } from "../diagnostics/repo.js";
import { RING_AFTER_AT, ringFile, ringPipeline, ringRepo } from "../support/ring.js";
import { LONELY, scheduled, SINK, SOURCE, tree, TREE } from "./tree.js";

const short = (f: { code: string; file: string; line: number; column: number }) => `${f.code} ${f.file}:${f.line}:${f.column}`;

async function run(head: Files, paths: string[], before: Files = TREE) {
  const scoped = await compileScoped(createMemoryHost(head), { paths, before: createMemoryHost(before) }, { schemas: false });
  const findings = scoped.result ? findingsOf({ ...scoped.result, diagnostics: scoped.diagnostics }).map(short) : [];
  const teams = [...new Set(scoped.result?.manifests.map((m) => (m.scope.team ? `${m.scope.env}/${m.scope.bu}/${m.scope.team}` : `argocd:${m.kind}`)) ?? [])].sort();
  return { scoped, findings, teams };
}

// lonely's schedule is broken before the change: a finding the change did not cause.
const BROKEN_ELSEWHERE = { [LONELY]: scheduled("lonely", "0 25 * * *") };

describe("compileScoped", () => {
  it("reports the change's findings, not an unrelated team's", async () => {
    const head = tree({ ...BROKEN_ELSEWHERE, [SOURCE]: scheduled("source", "61 3 * * *", ["  notify: [Succeeded]"]) });
    const { findings } = await run(head, [SOURCE], tree(BROKEN_ELSEWHERE));
    expect(findings).toEqual([`SEM008 ${SOURCE}:6:13`]);
    const full = findingsOf(await compile(createMemoryHost(head), { schemas: false })).map(short);
    expect(full).toEqual([`SEM008 ${LONELY}:6:13`, `SEM008 ${SOURCE}:6:13`]);
  });

  it("a change that closes a trigger cycle through five other teams is reported at the change", async () => {
    const head = ringRepo();
    const changed = ringFile("a", "p");
    const { findings } = await run(head as Files, [changed], { ...head, [changed]: ringPipeline("p") } as Files);
    expect(findings.filter((f) => f.startsWith("SEM007"))).toEqual([`SEM007 ${changed}:${RING_AFTER_AT}`]);
  });

  it("emits only the affected teams (their AppProjects, no ApplicationSet)", async () => {
    const { teams } = await run(tree({ [SOURCE]: scheduled("source", "0 4 * * *", ["  notify: [Succeeded]"]) }), [SOURCE]);
    expect(teams).toEqual(["argocd:AppProject", "dev/core/down", "dev/core/up"]);
  });

  it("a renamed upstream: the downstream Sensor's broken reference is reported", async () => {
    const { findings } = await run(tree({ ...BROKEN_ELSEWHERE, [SOURCE]: scheduled("origin", "0 3 * * *", ["  notify: [Succeeded]"]) }), [SOURCE], tree(BROKEN_ELSEWHERE));
    expect(findings).toEqual([`SEM005 ${SINK}:7:14`]);
  });

  it("an environment file: the whole tree is emitted, that environment's findings reported", async () => {
    const head = tree({ ...BROKEN_ELSEWHERE, "environments/prd/core/up/source.yaml": scheduled("source", "0 3 * * 9") });
    const { findings, teams } = await run(head, ["environments/prd/environment.yaml"], head);
    expect(findings).toEqual(["SEM008 environments/prd/core/up/source.yaml:6:13"]);
    expect(teams).toContain("argocd:ApplicationSet");
  });

  it("nothing to compile when no input changed", async () => {
    const { scoped } = await run(TREE, ["README.md"]);
    expect(scoped.result).toBeUndefined();
    expect(scoped.diagnostics).toEqual([]);
  });

  it("a repository-wide change reports everything", async () => {
    const { findings } = await run(tree(BROKEN_ELSEWHERE), ["pipeforge.yaml"]);
    expect(findings).toEqual([`SEM008 ${LONELY}:6:13`]);
  });
});
