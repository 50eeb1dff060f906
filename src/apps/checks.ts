// What is wrong with the Applications an expansion produced, as diagnostics.
// Each finding carries the environment it concerns, so `apps --env` can keep
// only its own; ApplicationSet-wide problems concern every environment.
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
import { checkDnsSubdomain, LABEL_VALUE_MAX_LENGTH } from "../units/index.js";
import type { ExpansionProblem, GeneratedApplication } from "./expand.js";

export interface TeamFolder {
  readonly id: string;
  readonly env: string;
  readonly namespace: string;
  readonly location: Location;
  readonly namespaceOrigin: Location;
}

export interface CheckContext {
  /** Team folders by the directory an Application for the team must point at. */
  readonly teams: ReadonlyMap<string, TeamFolder>;
  /** Names of the emitted AppProjects. */
  readonly projects: ReadonlySet<string>;
  /** Source location of a value in an emitted ApplicationSet. */
  origin(appSet: string, path: JsonPath): Location | undefined;
}

export interface Finding {
  readonly diagnostic: Diagnostic;
  /** The environment concerned; undefined for ApplicationSet-wide problems. */
  readonly env?: string;
}

const INSTANCE_LABEL = "app.kubernetes.io/instance";

export function problemFindings(appSet: string, problems: readonly ExpansionProblem[], ctx: CheckContext): Finding[] {
  return problems.map((p) => ({
    diagnostic: diag(p.kind === "unsupported" ? "APP006" : "APP007", {
      message: `ApplicationSet ${appSet}: ${p.message}`,
      location: ctx.origin(appSet, p.path),
      hint: p.kind === "unsupported" ? "pipeforge apps expands git directory generators with Go templates: field chains such as {{.path.path}} and {{index .path.segments N}}." : undefined,
    }),
  }));
}

export function applicationFindings(apps: readonly GeneratedApplication[], ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const byName = new Map<string, GeneratedApplication>();
  const byFolder = new Map<string, GeneratedApplication>();
  for (const app of apps) {
    const team = ctx.teams.get(app.source.path ?? app.directory);
    const env = team?.env;
    const where = team?.location ?? ctx.origin(app.appSet, ["spec", "template", "metadata", "name"]);
    const push = (code: string, message: string, location: Location | undefined, hint?: string, related?: Diagnostic["related"]) =>
      out.push({ diagnostic: diag(code, { message: `Application ${app.name || "(no name)"} (ApplicationSet ${app.appSet}, ${app.directory}): ${message}`, location, hint, related }), env });
    const name = checkDnsSubdomain(app.name);
    if (!name.ok) push("APP001", `name is not a valid Kubernetes object name: ${name.reason}`, where);
    else if (app.name.length > LABEL_VALUE_MAX_LENGTH) {
      push("APP002", `name is ${app.name.length} characters; Argo CD writes it into the ${INSTANCE_LABEL} label, whose values stop at ${LABEL_VALUE_MAX_LENGTH}`, where, "Shorten the environment, business-unit or team folder names.");
    }
    const key = `${app.namespace}/${app.name}`;
    const first = byName.get(key);
    if (first) {
      const same = first.appSet === app.appSet;
      push("APP003", `name also generated ${same ? "by the same ApplicationSet" : `by ApplicationSet ${first.appSet}`} for ${first.directory}`, where, same ? "Argo CD refuses the whole ApplicationSet." : "Argo CD lets only one ApplicationSet own an Application; the other reports an error.", [
        { message: `first generated for ${first.directory}`, location: ctx.teams.get(first.source.path ?? first.directory)?.location },
      ]);
    } else byName.set(key, app);
    if (app.project === "" || !ctx.projects.has(app.project)) {
      push("APP005", `project ${JSON.stringify(app.project)} is none of the emitted AppProjects`, ctx.origin(app.appSet, ["spec", "template", "spec", "project"]), "Argo CD refuses Applications of a missing project; the default project would lift the team's namespace restriction.");
    }
    if (!team) {
      push("APP009", `source path ${app.source.path ?? "(none)"} is not a team folder`, ctx.origin(app.appSet, ["spec", "generators", app.generator]), "Each Application should deploy exactly one team folder.");
      continue;
    }
    const other = byFolder.get(team.id);
    if (other) push("APP009", `team ${team.id} is already deployed by Application ${other.name}`, where);
    else byFolder.set(team.id, app);
    if (app.destination.namespace !== team.namespace) {
      push("APP004", `destination namespace ${JSON.stringify(app.destination.namespace ?? "")} is not the team namespace ${team.namespace}`, team.namespaceOrigin, "The team's AppProject only allows its own namespace: the sync would fail.");
    }
    if (app.rollingSync && app.step === undefined) push("APP010", "no RollingSync step selects its labels, so the rollout never syncs it", where);
  }
  for (const team of ctx.teams.values()) {
    if (!byFolder.has(team.id)) {
      out.push({ diagnostic: diag("APP008", { message: `team ${team.id} gets no Application: no ApplicationSet generator matches its folder`, location: team.location }), env: team.env });
    }
  }
  return out;
}
