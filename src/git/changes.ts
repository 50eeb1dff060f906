// What changed, as pipeforge-root-relative paths, and a Host over the old side
// so the scope can see what the changed files defined before (deleted and
// renamed pipelines still have downstream Sensors and upstream fan-outs).
// Renames are listed as a deletion plus an addition (--no-renames): both
// sides matter to the scope.
import { createMemoryHost, type Host } from "../host/index.js";
import { createRevisionHost } from "./hosts.js";
import { headCommit, inputPathspecs, toRootPath, type GitRepo } from "./repo.js";
import { runGit, splitNul } from "./run.js";

export interface GitChanges {
  /** Changed input paths, relative to the pipeforge root, sorted, unique. */
  readonly paths: string[];
  /**
   * The files before the change: HEAD for staged changes, the base commit for --base. For staged
   * changes it lists only the changed paths (all the scope reads of it), unless there are very many.
   */
  readonly before: Host;
}

/** Up to this many staged paths, HEAD is listed by name rather than whole (a long command line stays short of every limit). */
const NAMED_LIMIT = 500;

function rootPaths(repo: GitRepo, topPaths: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of topPaths) {
    const rel = toRootPath(repo, p);
    if (rel !== undefined) out.add(rel);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Staged changes: the index against HEAD (against nothing before the first commit). */
export async function stagedChanges(repo: GitRepo): Promise<GitChanges> {
  const [listed, head] = await Promise.all([runGit(repo, ["diff", "--cached", "--name-only", "--no-renames", "-z", "--", ...inputPathspecs(repo)]), headCommit(repo)]);
  const changed = splitNul(listed);
  const before = head ? await createRevisionHost(repo, head, changed.length <= NAMED_LIMIT ? changed : undefined) : createMemoryHost({}, "git:empty");
  return { paths: rootPaths(repo, changed), before };
}

/**
 * Changes of the working tree (staged or not, and untracked files, which the
 * node host reads too) since `commit`: what a pull-request check compares
 * when HEAD is the PR branch and `commit` the merge base with its target.
 */
export async function workingTreeChanges(repo: GitRepo, commit: string): Promise<GitChanges> {
  const specs = inputPathspecs(repo);
  const [tracked, untracked, before] = await Promise.all([
    runGit(repo, ["diff", "--name-only", "--no-renames", "-z", commit, "--", ...specs]),
    runGit(repo, ["ls-files", "--others", "-z", "--", ...specs]),
    createRevisionHost(repo, commit),
  ]);
  return { paths: rootPaths(repo, [...splitNul(tracked), ...splitNul(untracked)]), before };
}
