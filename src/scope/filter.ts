// The affected set as the two filters compile and the reports use. Pure.
import { classifyPath } from "../discover/index.js";
import type { Diagnostic } from "../diagnostics/index.js";
import type { CompileOptions } from "../compile.js";
import type { AffectedScope } from "./affected.js";

/**
 * What to emit: only the affected teams (and so only their environments need listing in full),
 * unless the Argo CD objects (emitted unfiltered only) change too.
 */
export function emitSelection(scope: AffectedScope): Pick<CompileOptions, "teamFilter" | "focusEnvs"> {
  if (scope.everything || scope.argocd) return {};
  return { teamFilter: (t) => scope.teams.has(`${t.env}/${t.bu}/${t.name}`), focusEnvs: envsOf(scope.teams, []) };
}

/** The environments of team ids (`env/bu/team`) and of folders (`environments/<env>[/…]`). */
export function envsOf(teams: Iterable<string>, folders: readonly string[]): string[] {
  const envs = new Set<string>();
  for (const id of teams) envs.add(id.slice(0, id.indexOf("/")));
  for (const folder of folders) envs.add(folder.split("/")[1] ?? "");
  return [...envs].sort();
}

/**
 * Which findings to report: those without a location, and those located in a
 * file that shapes the affected output — a changed file, an affected
 * pipeline's file, a plain manifest of an affected team, the team,
 * business-unit and environment files above an affected team (a finding on an
 * inherited value is reported where it was set), and the repository-wide
 * inputs (pipeforge.yaml, policies, templates).
 */
export function diagnosticFilter(scope: AffectedScope): (d: Diagnostic) => boolean {
  if (scope.everything) return () => true;
  const envs = new Set<string>();
  const bus = new Set<string>();
  for (const t of scope.teams) {
    const [env = "", bu = ""] = t.split("/");
    envs.add(env);
    bus.add(`${env}/${bu}`);
  }
  return (d) => {
    const file = d.location?.file;
    if (file === undefined || scope.files.has(file)) return true;
    if (scope.folders.some((f) => file.startsWith(`${f}/`))) return true;
    const role = classifyPath(file);
    switch (role.role) {
      case "repository":
      case "policy":
      case "template":
        return true;
      case "environment":
        return envs.has(role.env);
      case "businessunit":
        return bus.has(`${role.env}/${role.bu}`);
      case "team":
        return scope.teams.has(`${role.env}/${role.bu}/${role.team}`);
      default:
        return false;
    }
  };
}
