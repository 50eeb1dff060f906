// Locating the repository and the scope of a folder inside it.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./exit.js";

/** Walk up from `start` to the folder holding environments/ (or pipeforge.yaml). */
export function findRepositoryRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    const envs = path.join(dir, "environments");
    if (existsSync(path.join(dir, "pipeforge.yaml")) || (existsSync(envs) && statSync(envs).isDirectory())) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new UsageError(`no pipeforge repository (a folder with environments/ or pipeforge.yaml) at or above ${start}`);
    dir = parent;
  }
}

export interface FolderScope {
  readonly env?: string;
  readonly bu?: string;
  readonly team?: string;
}

/** environments/<env>[/<bu>[/<team>]] → the scope it covers; the root covers everything. */
export function folderScope(root: string, folder: string): FolderScope {
  const rel = path.relative(root, path.resolve(folder)).split(path.sep).filter(Boolean);
  if (rel.length === 0) return {};
  if (rel[0] !== "environments" || rel.length > 4) {
    throw new UsageError(`${folder} is not the repository root, an environment, a business-unit or a team folder`);
  }
  const [, env, bu, team] = rel;
  return { env, bu, team };
}

export function scopeContains(scope: FolderScope, team: { env: string; bu: string; name: string }): boolean {
  return (!scope.env || scope.env === team.env) && (!scope.bu || scope.bu === team.bu) && (!scope.team || scope.team === team.name);
}

/** `--env` names must be environments of the repository (usage error otherwise). */
export function checkEnvOption(envs: readonly string[] | undefined, tree: { readonly environments: readonly { readonly name: string }[] }): void {
  const known = tree.environments.map((e) => e.name);
  for (const e of envs ?? []) if (!known.includes(e)) throw new UsageError(`--env ${e}: no such environment (have ${known.join(", ") || "none"})`);
}
