// Which launch profile (V8 flags and code caches) each command line gets: only the runs that are
// short by design raise V8's optimisation budget.
import { describe, expect, it } from "vitest";
import { launchProfile } from "../../src/launch/profile.js";

describe("launchProfile", () => {
  it.each([
    { args: ["generate"], profile: "short" },
    { args: ["validate", "--staged"], profile: "short" },
    { args: ["validate", "-C", "gitops", "--staged", "--format", "json"], profile: "short" },
    { args: ["validate"], profile: "default" },
    { args: ["validate", "--base", "origin/main"], profile: "default" },
    { args: ["validate", "environments/dev/core/team/daily.yaml"], profile: "default" },
    { args: ["build"], profile: "default" },
    { args: ["check-manifests", "rendered"], profile: "default" },
    { args: ["--staged"], profile: "default" },
    { args: [], profile: "default" },
  ])("pipeforge $args → $profile", ({ args, profile }) => {
    expect(launchProfile(args).name).toBe(profile);
  });

  it("the default profile sets no V8 flag; the short one only raises the optimisation budget", () => {
    expect(launchProfile(["build"]).v8Flags).toEqual([]);
    expect(launchProfile(["generate"]).v8Flags).toEqual([expect.stringMatching(/^--interrupt-budget=\d+$/)]);
  });
});
