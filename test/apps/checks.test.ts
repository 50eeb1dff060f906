// The findings about generated Applications, on hand-made expansions: the
// branches end-to-end fixtures do not reach.
import { describe, expect, it } from "vitest";
import { applicationFindings, type GeneratedApplication, type TeamFolder } from "../../src/apps/index.js";

const loc = (file: string) => ({ file, start: 0, end: 0 });
const team: TeamFolder = { id: "dev/bu/a", env: "dev", namespace: "dev-bu-a", location: loc("a/team.yaml"), namespaceOrigin: loc("env.yaml") };
const app = (over: Partial<GeneratedApplication>): GeneratedApplication => ({
  appSet: "set",
  generator: 0,
  directory: "rendered/dev/bu/a",
  name: "dev-bu-a",
  namespace: "argocd",
  project: "dev-bu-a",
  source: { path: "rendered/dev/bu/a" },
  destination: { namespace: "dev-bu-a" },
  labels: {},
  rollingSync: false,
  ...over,
});
const ctx = { teams: new Map([["rendered/dev/bu/a", team]]), projects: new Set(["dev-bu-a"]), origin: () => loc("appset") };
const codes = (apps: GeneratedApplication[]) => applicationFindings(apps, ctx).map((f) => [f.diagnostic.code, f.diagnostic.location?.file, f.env]);

describe("applicationFindings", () => {
  it("finds nothing wrong with one well-formed Application per team", () => {
    expect(codes([app({})])).toEqual([]);
  });

  it.each([
    ["a name over 253 characters is invalid, not just long", { name: "a".repeat(254) }, [["APP001", "a/team.yaml", "dev"]]],
    ["an empty project", { project: "" }, [["APP005", "appset", "dev"]]],
    ["a missing destination namespace", { destination: {} }, [["APP004", "env.yaml", "dev"]]],
    ["a RollingSync no step selects", { rollingSync: true }, [["APP010", "a/team.yaml", "dev"]]],
  ])("%s", (_name, over, want) => {
    expect(codes([app(over)])).toEqual(want);
  });

  it("reports a name generated twice by the same ApplicationSet", () => {
    const found = applicationFindings([app({}), app({ directory: "rendered/dev/bu/b", source: { path: "rendered/dev/bu/b" } })], ctx);
    const collision = found.find((f) => f.diagnostic.code === "APP003");
    expect(collision?.diagnostic.message).toContain("by the same ApplicationSet");
  });

  it("reports an Application of a folder that is no team folder, for every environment", () => {
    expect(codes([app({}), app({ name: "x", directory: "rendered/_argocd/dev", source: { path: "rendered/_argocd/dev" } })])).toEqual([["APP009", "appset", undefined]]);
  });

  it("reports a team no Application deploys", () => {
    expect(codes([])).toEqual([["APP008", "a/team.yaml", "dev"]]);
  });
});
