// Which files a focused compile must read. With a team filter (the Argo CD
// plugin rendering one team, pre-commit checking what changed), reading and
// parsing the whole repository would dominate; this picks the files that can
// affect the focused teams' output or findings:
// - repository, policy and template files, every environment.yaml and every
//   team.yaml (namespaces, and their collisions, depend on them);
// - the focused teams' folders, and their environment and business-unit files;
// - the folders of teams the focused pipelines trigger after (upstream);
// - pipeline files elsewhere in the same environments that mention `after`
//   and a focused pipeline's name (downstream: the notify fan-out needs them);
// - pipeline files on a trigger cycle through a focused pipeline, however long
//   (the cycle is a finding of the focused pipeline).
// The text tests are supersets: a file they let through is parsed, one they keep
// out holds no `after:` reference ending in a name the other file may go by.
import { readAll, type Host, type ReadResult } from "../host/index.js";
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
/** Any `name:` value, in block or flow style: the names a pipeline file may go by (a superset). */
const NAME_VALUE = /\bname["']?\s*:\s*["']?([A-Za-z0-9._-]+)/g;
const decoder = new TextDecoder();

/**
 * What the selection needs of a pipeline file's text, whichever file holds it: the `after:`
 * references as written, and the `name:` values (the names it may go by, besides its file stem).
 */
export interface TextFacts {
  readonly afters: readonly string[];
  readonly names: readonly string[];
}

/**
 * Facts already found, by the id of the bytes they were found in (Host.contentId: git's blob id).
 * With one, a focused load reads only the files it keeps of its environments' other pipeline
 * files, not all of them (see facts-cache.ts).
 */
export interface FactsCache {
  get(contentId: string): TextFacts | undefined;
  set(contentId: string, facts: TextFacts): void;
}

/** Changing what the facts are found with makes facts cached before it unusable. */
export const FACTS_SCANNER = `${AFTER_REF.source}\n${NAME_VALUE.source}`;

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** The `after:` references in a text; only a text that mentions `after` is decoded. */
function aftersIn(bytes: Uint8Array): string[] {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("after") ? matches(decoder.decode(bytes), AFTER_REF) : [];
}

const namesIn = (bytes: Uint8Array) => matches(decoder.decode(bytes), NAME_VALUE);

export function textFacts(bytes: Uint8Array): TextFacts {
  const text = decoder.decode(bytes);
  return { afters: text.includes("after") ? matches(text, AFTER_REF) : [], names: matches(text, NAME_VALUE) };
}

/** An `after:` reference found in a file's text: the team it points into and the pipeline name. */
interface TextRef {
  readonly team: string;
  readonly name: string;
}

/** A scanned pipeline file: its references, resolved from its team, and the names it may go by (found when first asked). */
interface Scanned {
  readonly refs: readonly TextRef[];
  names(): ReadonlySet<string>;
}

export async function selectFiles(host: Host, paths: readonly string[], teamFilter?: TeamFilter, extraNames: readonly string[] = [], cache?: FactsCache): Promise<Selection> {
  const read = (list: readonly string[]) => readAll(host, list);
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

  // Every pipeline file scanned: its `after:` references (resolved from its team, as the compiler
  // will) and the names it may go by.
  const scanned = new Map<string, Scanned>();
  const note = (p: string, afters: readonly string[], names: () => readonly string[]) => {
    const refs: TextRef[] = [];
    const { env, bu, name: team } = teamOf.get(teamIdOf(p))!;
    for (let i = 0; i < afters.length; i++) {
      const ref = afters[i]!;
      const target = refTeam(ref, env, bu, team);
      if (target && teamOf.has(target)) refs.push({ team: target, name: ref.slice(ref.lastIndexOf("/") + 1) });
    }
    let known: Set<string> | undefined;
    scanned.set(p, { refs, names: () => (known ??= new Set([stemOf(p), ...names()])) });
  };
  const remember = (reads: readonly (readonly [string, ReadResult])[]) => {
    for (const [p, r] of reads) if (r.ok) note(p, aftersIn(r.bytes), () => namesIn(r.bytes));
  };
  remember(focusReads);

  // Names the focused pipelines may go by, and the teams they trigger after.
  // Pipeline names per focused team. Names of pipelines that may no longer exist (the old
  // side of a change) count for every focused team: their dependents must be found.
  const names = new Map<string, Set<string>>(focusTeams.map((id) => [id, new Set(extraNames)]));
  const upstreamTeams = new Set<string>();
  for (const [p, r] of focusReads) {
    names.get(teamIdOf(p))?.add(stemOf(p));
    if (!r.ok) continue;
    for (const doc of parseOnce(host, p, decoder.decode(r.bytes)).documents) {
      const v = doc.value as { kind?: unknown; metadata?: { name?: unknown } } | undefined;
      if (v?.kind === "Pipeline" && typeof v.metadata?.name === "string") names.get(teamIdOf(p))?.add(v.metadata.name);
    }
    for (const ref of scanned.get(p)?.refs ?? []) upstreamTeams.add(ref.team);
  }
  const focused = new Set(focusTeams);
  const upstreamFiles = [...upstreamTeams].filter((id) => !focused.has(id)).flatMap((id) => filesOfTeam.get(id) ?? []);
  const upstreamReads = await read(upstreamFiles);
  remember(upstreamReads);
  const taken = new Set([...always, ...buFiles, ...focusTeamFiles, ...upstreamFiles]);
  // Other pipeline files of the focused environments: kept when they name a focused pipeline
  // (downstream) or lie on a trigger cycle through one. Their facts come from the cache where
  // it holds them; only the files kept are read then.
  const candidates = [...filesOfTeam].filter(([id]) => focusEnvs.has(id.split("/")[0]!) && !focused.has(id)).flatMap(([, files]) => files).filter((p) => !taken.has(p));
  const ids = new Map<string, string>();
  const unknown: string[] = [];
  for (const p of candidates) {
    const id = cache && host.contentId?.(p);
    const facts = id === undefined ? undefined : cache!.get(id);
    if (facts) note(p, facts.afters, () => facts.names);
    else unknown.push(p);
    if (id !== undefined) ids.set(p, id);
  }
  const unknownReads = await read(unknown);
  for (const [p, r] of unknownReads) {
    if (!r.ok) continue;
    const id = ids.get(p);
    if (id === undefined) {
      note(p, aftersIn(r.bytes), () => namesIn(r.bytes));
      continue;
    }
    const facts = textFacts(r.bytes);
    cache!.set(id, facts);
    note(p, facts.afters, () => facts.names);
  }
  const onCycles = new Set(cycleFiles(focusTeamFiles, scanned, filesOfTeam));
  const isKept = (p: string) => onCycles.has(p) || (scanned.get(p)?.refs ?? []).some((ref) => names.get(ref.team)?.has(ref.name));
  const readNow = new Set(unknown);
  const kept = [...unknownReads.filter(([p]) => isKept(p)), ...(await read(candidates.filter((p) => !readNow.has(p) && isKept(p))))];
  const readAlready = new Set([...focusTeamFiles, ...upstreamFiles]);
  const rest = await read([...new Set([...always, ...buFiles])].filter((p) => !readAlready.has(p)));
  const reads = [...rest, ...focusReads, ...upstreamReads, ...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const focusFiles = new Set([...paths.filter((p) => !teamOf.has(teamIdOf(p)) && classifyPath(p).role !== "businessunit"), ...buFiles, ...focusTeamFiles].filter((p) => isFocusedPath(p, focusEnvs)));
  return { reads, focusFiles };
}

/**
 * Pipeline files both upstream and downstream of a focused file through `after:` references
 * (texts only, so a superset): every file of a trigger cycle through a focused pipeline.
 */
function cycleFiles(focusFiles: readonly string[], scanned: ReadonlyMap<string, Scanned>, filesOfTeam: ReadonlyMap<string, readonly string[]>): string[] {
  const reach = (next: (file: string) => Iterable<string>) => {
    const seen = new Set(focusFiles);
    const queue = [...focusFiles];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      for (const f of next(file)) {
        if (seen.has(f)) continue;
        seen.add(f);
        queue.push(f);
      }
    }
    return seen;
  };
  const refsOf = (file: string) => scanned.get(file)?.refs ?? [];
  // Upstream: the files a file's references may name.
  const upstream = reach((file) => refsOf(file).flatMap((ref) => (filesOfTeam.get(ref.team) ?? []).filter((f) => scanned.get(f)?.names().has(ref.name))));
  if (upstream.size === focusFiles.length) return []; // nothing upstream outside the focus: no cycle through it
  // Downstream: the files whose references may name a file, through an index of every reference.
  const referrers = new Map<string, string[]>();
  for (const [file, { refs }] of scanned) for (const ref of refs) (referrers.get(`${ref.team}/${ref.name}`) ?? referrers.set(`${ref.team}/${ref.name}`, []).get(`${ref.team}/${ref.name}`)!).push(file);
  const downstream = reach((file) => [...(scanned.get(file)?.names() ?? [])].flatMap((name) => referrers.get(`${teamIdOf(file)}/${name}`) ?? []));
  const focus = new Set(focusFiles);
  return [...upstream].filter((f) => downstream.has(f) && !focus.has(f));
}

const stemOf = (p: string) => p.slice(p.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");

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
