// Which files a focused compile must read. With a team filter (the Argo CD
// plugin rendering one team, pre-commit checking what changed), reading and
// parsing the whole repository would dominate; this picks the files that can
// affect the focused teams' output:
// - repository, policy and template files, every environment.yaml and every
//   team.yaml (namespaces, and their collisions, depend on them);
// - the focused teams' folders, and their environment and business-unit files;
// - the folders of teams the focused pipelines trigger after (upstream);
// - pipeline files elsewhere in the same environments that mention `after`
//   and a focused pipeline's name (downstream: the notify fan-out needs them).
// The text test is a superset: a file it lets through is parsed, one it keeps
// out holds no `after:` reference ending in a focused pipeline's name.
import type { Host, ReadResult } from "../host/index.js";
import { classifyPath } from "./layout.js";
import { parseOnce } from "./parse-once.js";

export type TeamRef = { readonly env: string; readonly bu: string; readonly name: string };
export type TeamFilter = (team: TeamRef) => boolean;

export interface Selection {
  readonly reads: (readonly [string, ReadResult])[];
  /** Files whose findings the focused compile reports (all files when not focused). */
  readonly focusFiles?: ReadonlySet<string>;
}

const AFTER_REF = /\bafter["']?\s*:\s*["']?([A-Za-z0-9._/-]+)/g;
const decoder = new TextDecoder();

export async function selectFiles(host: Host, paths: readonly string[], teamFilter?: TeamFilter, extraNames: readonly string[] = []): Promise<Selection> {
  const read = async (list: readonly string[]) => Promise.all(list.map(async (p) => [p, await host.readFile(p)] as const));
  if (!teamFilter) return { reads: await read(paths) };

  const teamOf = new Map<string, TeamRef>();
  const filesOfTeam = new Map<string, string[]>();
  const always: string[] = [];
  for (const p of paths) {
    const role = classifyPath(p);
    if (role.role === "team" || role.role === "team-content") {
      const id = `${role.env}/${role.bu}/${role.team}`;
      teamOf.set(id, { env: role.env, bu: role.bu, name: role.team });
      (filesOfTeam.get(id) ?? filesOfTeam.set(id, []).get(id)!).push(p);
      if (role.role === "team") always.push(p);
    } else if (role.role !== "businessunit") {
      always.push(p); // repository, environments, policies, templates, misplaced files
    }
  }
  const focusTeams = [...teamOf].filter(([, t]) => teamFilter(t)).map(([id]) => id);
  const focusEnvs = new Set(focusTeams.map((id) => id.split("/")[0]!));
  const focusBus = new Set(focusTeams.map((id) => id.split("/").slice(0, 2).join("/")));
  const buFiles = paths.filter((p) => {
    const role = classifyPath(p);
    return role.role === "businessunit" && focusBus.has(`${role.env}/${role.bu}`);
  });
  const focusTeamFiles = focusTeams.flatMap((id) => filesOfTeam.get(id) ?? []);
  const focusReads = await read(focusTeamFiles);

  // Names the focused pipelines may go by, and the teams they trigger after.
  // Pipeline names per focused team. Names of pipelines that may no longer exist (the old
  // side of a change) count for every focused team: their dependents must be found.
  const names = new Map<string, Set<string>>(focusTeams.map((id) => [id, new Set(extraNames)]));
  const upstreamTeams = new Set<string>();
  for (const [p, r] of focusReads) {
    const stem = p.slice(p.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");
    const own = names.get(teamIdOf(p));
    own?.add(stem);
    if (!r.ok) continue;
    const text = decoder.decode(r.bytes);
    for (const doc of parseOnce(host, p, text).documents) {
      const v = doc.value as { kind?: unknown; metadata?: { name?: unknown } } | undefined;
      if (v?.kind === "Pipeline" && typeof v.metadata?.name === "string") own?.add(v.metadata.name);
    }
    const [env, bu, team] = p.split("/").slice(1, 4);
    for (const m of text.matchAll(AFTER_REF)) {
      const target = refTeam(m[1]!, env!, bu!, team!);
      if (target && teamOf.has(target)) upstreamTeams.add(target);
    }
  }
  const focused = new Set(focusTeams);
  const upstreamFiles = [...upstreamTeams].filter((id) => !focused.has(id)).flatMap((id) => filesOfTeam.get(id) ?? []);
  const taken = new Set([...always, ...buFiles, ...focusTeamFiles, ...upstreamFiles]);
  // Downstream candidates: other pipeline files of the focused environments.
  const candidates = [...filesOfTeam].filter(([id]) => focusEnvs.has(id.split("/")[0]!) && !focused.has(id)).flatMap(([, files]) => files).filter((p) => !taken.has(p));
  const candidateReads = await read(candidates);
  const downstream = candidateReads.filter(([p, r]) => {
    if (!r.ok) return false;
    const text = decoder.decode(r.bytes);
    if (!text.includes("after")) return false;
    const [env, bu, team] = p.split("/").slice(1, 4);
    // Resolve each reference from this file's team, as the compiler will.
    for (const m of text.matchAll(AFTER_REF)) {
      const target = refTeam(m[1]!, env!, bu!, team!);
      if (target && names.get(target)?.has(m[1]!.slice(m[1]!.lastIndexOf("/") + 1))) return true;
    }
    return false;
  });
  const focusSet = new Set(focusTeamFiles);
  const rest = await read([...new Set([...always, ...buFiles, ...upstreamFiles])].filter((p) => !focusSet.has(p)));
  const reads = [...rest, ...focusReads, ...downstream].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const focusFiles = new Set([...paths.filter((p) => !teamOf.has(teamIdOf(p)) && classifyPath(p).role !== "businessunit"), ...buFiles, ...focusTeamFiles].filter((p) => isFocusedPath(p, focusEnvs)));
  return { reads, focusFiles };
}

/** The team an `after:` reference points into, seen from a pipeline of team env/bu/team. */
function refTeam(ref: string, env: string, bu: string, team: string): string | undefined {
  const parts = ref.split("/");
  if (parts.length === 1) return `${env}/${bu}/${team}`;
  if (parts.length === 2) return `${env}/${bu}/${parts[0]}`;
  if (parts.length === 3) return `${env}/${parts[0]}/${parts[1]}`;
  return undefined;
}

function teamIdOf(p: string): string {
  const role = classifyPath(p);
  return role.role === "team" || role.role === "team-content" ? `${role.env}/${role.bu}/${role.team}` : "";
}

/** Repository-wide files, and environment files of focused environments. */
function isFocusedPath(p: string, envs: ReadonlySet<string>): boolean {
  if (!p.startsWith("environments/")) return true;
  return envs.has(p.split("/")[1] ?? "");
}
