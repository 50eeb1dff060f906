// What changed, as pipeforge-root-relative paths, and a Host over the old side
// so the scope can see what the changed files defined before (deleted and
// renamed pipelines still have downstream Sensors and upstream fan-outs).
// Renames are listed as a deletion plus an addition (--no-renames): both
// sides matter to the scope.
import type { Host } from "../host/index.js";
import { parseDiffRaw } from "./entries.js";
import { createEntriesHost, createRevisionHost } from "./hosts.js";
import { inputPathspecs, toRootPath, type GitRepo } from "./repo.js";
import { runGit, splitNul } from "./run.js";

export interface GitChanges {
  /** Changed input paths, relative to the pipeforge root, sorted, unique. */
  readonly paths: string[];
  /**
   * The files before the change: HEAD for staged changes, the base commit for --base. For staged
   * changes it holds only the changed paths (all the scope reads of it), unless one was a symlink.
   */
  readonly before: Host;
}

function rootPaths(repo: GitRepo, topPaths: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of topPaths) {
    const rel = toRootPath(repo, p);
    if (rel !== undefined) out.add(rel);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Staged changes: the index against HEAD (against nothing before the first commit). One
 * `diff --cached --raw` names the changed paths and the blobs they had in HEAD, which is all the
 * scope reads of HEAD. A path that was a symlink in HEAD may point anywhere in the tree, so then
 * HEAD is listed whole, so that the link can be followed.
 */
export async function stagedChanges(repo: GitRepo): Promise<GitChanges> {
  // --relative: paths relative to where git runs, as ls-files prints them (repositoryAtRoot).
  const diff = parseDiffRaw(splitNul(await runGit(repo, ["diff", "--cached", "--raw", "--relative", "--no-abbrev", "--no-renames", "-z", "--", ...inputPathspecs(repo)])));
  const links = [...diff.before.values()].some((e) => e.kind === "symlink");
  const before = links ? await createRevisionHost(repo, "HEAD") : createEntriesHost(repo, diff.before, "git:HEAD");
  const paths = rootPaths(repo, diff.paths);
  // The scope reads the old side of every changed path first: start its one `cat-file` now, while
  // the index is still being listed. A failure is the later reader's to report.
  for (const p of paths) before.readFile(p).catch(() => undefined);
  return { paths, before };
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
