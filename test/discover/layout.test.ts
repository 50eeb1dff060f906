// Where a file sits decides what it may hold: the role of each kind of path, including the ones a
// glob never lists but a changed-file list may hold (no extension, empty segments, trailing slash).
import { describe, expect, it } from "vitest";
import { classifyPath } from "../../src/discover/layout.js";

const misplaced = (reason: RegExp): unknown => ({ role: "misplaced", reason: expect.stringMatching(reason) });

describe("classifyPath", () => {
  it.each<{ path: string; role: unknown }>([
    { path: "pipeforge.yaml", role: { role: "repository" } },
    { path: "pipeforge.yml", role: { role: "repository" } },
    { path: "pipeforge.json", role: misplaced(/outside environments/) },
    { path: "x/pipeforge.yaml", role: misplaced(/outside environments/) },
    { path: "templates/cronworkflow.yaml.hbs", role: { role: "template", name: "cronworkflow.yaml.hbs" } },
    { path: "templates/x/y.hbs", role: { role: "template", name: "x/y.hbs" } },
    { path: "templates/notes.txt", role: misplaced(/outside environments/) },
    { path: "policies/base.yaml", role: { role: "policy" } },
    { path: "policies", role: { role: "policy" } },
    { path: "README.md", role: misplaced(/outside environments/) },
    { path: "environments/x.yaml", role: misplaced(/one folder per environment/) },
    { path: "environments/", role: misplaced(/one folder per environment/) },
    { path: "environments/dev/environment.yaml", role: { role: "environment", env: "dev" } },
    { path: "environments/dev/environment.yml", role: { role: "environment", env: "dev" } },
    { path: "environments/dev/environment", role: { role: "environment", env: "dev" } },
    { path: "environments/dev/other.yaml", role: misplaced(/environment.yaml and business-unit folders/) },
    { path: "environments/dev/", role: misplaced(/environment.yaml and business-unit folders/) },
    { path: "environments/dev/core/businessunit.yml", role: { role: "businessunit", env: "dev", bu: "core" } },
    { path: "environments/dev/core/daily.yaml", role: misplaced(/businessunit.yaml and team folders/) },
    { path: "environments/dev/core/orders/team.yaml", role: { role: "team", env: "dev", bu: "core", team: "orders" } },
    { path: "environments/dev/core/orders/team", role: { role: "team", env: "dev", bu: "core", team: "orders" } },
    { path: "environments/dev/core/orders/daily.yaml", role: { role: "team-content", env: "dev", bu: "core", team: "orders" } },
    { path: "environments/dev/core/orders/extra/team.yaml", role: { role: "team-content", env: "dev", bu: "core", team: "orders" } },
    { path: "environments/dev/core/orders/", role: { role: "team-content", env: "dev", bu: "core", team: "orders" } },
    { path: "environments//x.yaml", role: misplaced(/environment.yaml and business-unit folders/) },
    { path: "environments/dev/core//team.yaml", role: { role: "team", env: "dev", bu: "core", team: "" } },
  ])("$path", ({ path, role }) => {
    expect(classifyPath(path)).toEqual(role);
  });
});
