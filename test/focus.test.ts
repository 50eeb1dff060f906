// A focused compile (one team, as the Argo CD plugin and pre-commit run it)
// reads only what that team needs, and renders exactly what a full compile
// renders for it: the notify fan-out and Sensors included.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { planOutput } from "../src/build/index.js";
import { compile } from "../src/compile.js";
import { factsCacheFrom } from "../src/discover/facts-cache.js";
import { INPUT_GLOBS } from "../src/discover/index.js";
import { createMemoryHost, type Host } from "../src/host/index.js";
import { sampleFiles } from "./support/repo.js";
import { RING, RING_AFTER_AT, ringFile, ringRepo } from "./support/ring.js";
import { findingsOf } from "./diagnostics/repo.js";

function countingHost(files: Record<string, string>): { host: Host; read: Set<string>; listed: Set<string> } {
  const inner = createMemoryHost(files);
  const read = new Set<string>();
  const listed = new Set<string>();
  const glob = async (patterns: readonly string[]) => {
    const found = await inner.glob(patterns);
    for (const p of found) listed.add(p);
    return found;
  };
  return { host: { ...inner, glob, readFile: (p) => (read.add(p), inner.readFile(p)) }, read, listed };
}

describe("focused compile", async () => {
  const files = sampleFiles();
  const full = await compile(createMemoryHost(files), { argocd: false });
  const teams = full.resolved.environments.flatMap((e) => e.teams.map((t) => t.id));

  it.each(teams)("renders team %s exactly as the full compile does", async (id) => {
    const [env, bu, name] = id.split("/");
    const { host, read } = countingHost(files);
    const focused = await compile(host, { argocd: false, teamFilter: (t) => t.env === env && t.bu === bu && t.name === name });
    expect(focused.diagnostics).toEqual([]);
    const mine = (r: typeof full) => [...planOutput(r.manifests.filter((m) => m.scope.team === name && m.scope.bu === bu && m.scope.env === env))];
    expect(mine(focused)).toEqual(mine(full));
    expect(focused.manifests.every((m) => m.scope.env === env && m.scope.bu === bu && m.scope.team === name)).toBe(true);
    // It did not read every pipeline of the repository.
    expect(read.size).toBeLessThan(Object.keys(files).length);
  });

  it.each(teams)("renders team %s the same when told its environment, listing none of the others' pipelines", async (id) => {
    const [env, bu, name] = id.split("/");
    const teamFilter = (t: { env: string; bu: string; name: string }) => t.env === env && t.bu === bu && t.name === name;
    const unhinted = await compile(createMemoryHost(files), { argocd: false, teamFilter });
    const { host, listed } = countingHost(files);
    const hinted = await compile(host, { argocd: false, teamFilter, focusEnvs: [env!] });
    expect(hinted.diagnostics).toEqual(unhinted.diagnostics);
    expect([...planOutput(hinted.manifests)]).toEqual([...planOutput(unhinted.manifests)]);
    const others = [...listed].filter((p) => p.startsWith("environments/") && !p.startsWith(`environments/${env}/`));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((p) => /^environments\/[^/]+(\/[^/]+)?\/[^/]+\.ya?ml$|\/team\.ya?ml$/.test(p)), others.join(" ")).toBe(true);
  });

  it("lists everything when the filter accepts a team outside the environments it was told (a wrong hint costs time, not findings)", async () => {
    const envs = full.resolved.environments.map((e) => e.name);
    expect(envs.length).toBeGreaterThan(1);
    const teamFilter = (t: { env: string; name: string }) => t.name === "dataeng";
    const unhinted = await compile(createMemoryHost(files), { argocd: false, teamFilter });
    const { host, listed } = countingHost(files);
    const hinted = await compile(host, { argocd: false, teamFilter, focusEnvs: [envs[0]!] });
    expect(hinted.diagnostics).toEqual(unhinted.diagnostics);
    expect([...planOutput(hinted.manifests)]).toEqual([...planOutput(unhinted.manifests)]);
    expect(new Set(hinted.manifests.map((m) => m.scope.env)).size).toBeGreaterThan(1);
    expect(listed).toEqual(new Set(await createMemoryHost(files).glob(INPUT_GLOBS)));
  });

  it("still finds a dependent in another team that names the focused pipeline", async () => {
    // spark-pi (autos/ml) is followed by spark-pi-followup (same team) and orders-daily (autos/dataeng) by others.
    const focused = await compile(createMemoryHost(files), { argocd: false, teamFilter: (t) => t.env === "hml" && t.name === "dataeng" });
    const cron = focused.manifests.find((m) => m.kind === "CronWorkflow" && m.name === "orders-daily");
    const exit = JSON.stringify(cron?.value);
    expect(exit).toContain("hml-autos-ml");
    expect(exit).toContain("hml-finance-risk");
  });

  it("reports findings of the focused team only", async () => {
    const broken = { ...files, "environments/hml/finance/risk/credit-score.yaml": files["environments/hml/finance/risk/credit-score.yaml"]!.replace(/^ {2}schedule: .*$/m, '  schedule: "bad"') };
    const focused = await compile(createMemoryHost(broken), { argocd: false, teamFilter: (t) => t.env === "hml" && t.name === "ml" });
    expect(focused.diagnostics).toEqual([]);
    const other = await compile(createMemoryHost(broken), { argocd: false, teamFilter: (t) => t.env === "hml" && t.name === "risk" });
    expect(other.diagnostics.map((d) => d.code)).toEqual(["SEM008"]);
  });

  it("finds a trigger cycle that runs through teams outside the focus, and reports it in the focused team", async () => {
    const files = ringRepo();
    const codes = (r: Awaited<ReturnType<typeof compile>>) => findingsOf(r).map((f) => `${f.code} ${f.file}:${f.line}:${f.column}`);
    const full = await compile(createMemoryHost(files), { argocd: false });
    expect(codes(full).filter((c) => c.startsWith("SEM007"))).toHaveLength(1);
    for (const [t, name] of RING) {
      const focused = await compile(createMemoryHost(files), { argocd: false, teamFilter: (x) => x.name === t });
      expect(codes(focused), `focused on ${t}`).toContain(`SEM007 ${ringFile(t, name)}:${RING_AFTER_AT}`);
      expect(focused.failed).toBe(true);
    }
  });
});

/** A memory host that names each file's bytes, as the git hosts do (Host.contentId), and counts reads. */
function identifiedHost(files: Record<string, string | Uint8Array>): { host: Host; read: Set<string> } {
  const { host, read } = countingHost(files as Record<string, string>);
  const contentId = (p: string) => (p in files ? createHash("sha1").update(files[p]!).digest("hex") : undefined);
  return { host: { ...host, contentId }, read };
}

describe("focused compile with a facts cache", async () => {
  const files = sampleFiles();
  const full = await compile(createMemoryHost(files), { argocd: false });
  const teams = full.resolved.environments.flatMap((e) => e.teams.map((t) => t.id));
  const filterOf = (id: string) => {
    const [env, bu, name] = id.split("/");
    return (t: { env: string; bu: string; name: string }) => t.env === env && t.bu === bu && t.name === name;
  };

  it.each(teams)("renders team %s the same with a cold and a warm cache, reading less when warm", async (id) => {
    const teamFilter = filterOf(id);
    const plain = await compile(createMemoryHost(files), { argocd: false, teamFilter });
    const factsCache = factsCacheFrom(undefined);
    const cold = identifiedHost(files);
    const first = await compile(cold.host, { argocd: false, teamFilter, factsCache });
    const warm = identifiedHost(files);
    const second = await compile(warm.host, { argocd: false, teamFilter, factsCache: factsCacheFrom(factsCache.serialize()) });
    for (const r of [first, second]) {
      expect(r.diagnostics).toEqual(plain.diagnostics);
      expect([...planOutput(r.manifests)]).toEqual([...planOutput(plain.manifests)]);
    }
    expect(warm.read.size).toBeLessThan(cold.read.size);
  });

  it("finds a dependent added since the cache was filled: new bytes, new id", async () => {
    const teamFilter = (t: { env: string; name: string }) => t.env === "hml" && t.name === "ml";
    const factsCache = factsCacheFrom(undefined);
    await compile(identifiedHost(files).host, { argocd: false, teamFilter, factsCache });
    const dependent = "environments/hml/finance/risk/credit-score.yaml";
    const changed = { ...files, [dependent]: files[dependent]!.replace(/^ {2}schedule: .*$/m, "  triggers:\n    - after: autos/ml/spark-pi") };
    expect(changed[dependent]).not.toBe(files[dependent]);
    const plain = await compile(createMemoryHost(changed), { argocd: false, teamFilter });
    const cached = await compile(identifiedHost(changed).host, { argocd: false, teamFilter, factsCache });
    const exitOf = (r: typeof plain) => JSON.stringify(r.manifests.find((m) => m.kind === "CronWorkflow" && m.name === "spark-pi")?.value);
    expect(exitOf(plain)).not.toBe(exitOf(await compile(createMemoryHost(files), { argocd: false, teamFilter })));
    expect(exitOf(cached)).toBe(exitOf(plain));
  });

  it("finds a trigger cycle through teams it knows only from the cache", async () => {
    const files = ringRepo();
    const factsCache = factsCacheFrom(undefined);
    await compile(identifiedHost(files).host, { argocd: false, teamFilter: (x) => x.name === "a", factsCache });
    for (const [t, name] of RING) {
      const { host, read } = identifiedHost(files);
      const focused = await compile(host, { argocd: false, teamFilter: (x) => x.name === t, factsCache });
      expect(findingsOf(focused).map((f) => `${f.code} ${f.file}:${f.line}:${f.column}`), `focused on ${t}`).toContain(`SEM007 ${ringFile(t, name)}:${RING_AFTER_AT}`);
      // The ring's files are all kept (each lies on the cycle), so all are read.
      for (const [u, n] of RING) expect(read.has(ringFile(u, n))).toBe(true);
    }
  });
});
