// Finding the git repository around a pipeforge root and naming revisions.
// The pipeforge root may be a sub-folder of the work tree (a monorepo):
// `prefix` maps between git's top-level paths and pipeforge's root-relative ones (empty when git
// runs in the root itself and prints root-relative paths).
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { GitError, notAWorkTree, runGit, runGitRaw, type GitContext } from "./run.js";

export interface GitRepo extends GitContext {
  /**
   * The folder every git call runs in, which git's paths are relative to: the work tree's top
   * level (openRepository), or the pipeforge root itself (repositoryAtRoot, with an empty prefix).
   */
  readonly toplevel: string;
  /** The pipeforge root relative to `toplevel`: "" or a POSIX path ending in "/". */
  readonly prefix: string;
  /**
   * The index file and the pipeforge root's place in the work tree ("" or a POSIX path ending
   * in "/"), where both are known without asking git (repositoryAtRoot): the index is then read
   * directly (index-file.ts).
   */
  readonly index?: { readonly file: string; readonly rootInWorkTree: string };
  /** The object folder, where known the same way (`.git/objects`, GIT_OBJECT_DIRECTORY unset): loose blobs are read from it (loose-object.ts). */
  readonly objects?: string;
}

/** The input roots of a pipeforge repository, as pathspecs under the prefix (see discover/layout.ts). */
export const INPUT_ROOTS = ["pipeforge.yaml", "pipeforge.yml", "environments", "policies", "templates"] as const;

export async function openRepository(root: string, env: GitContext["env"]): Promise<GitRepo> {
  checkFolder(root);
  const out = await runGitRaw({ cwd: root, env }, ["rev-parse", "--show-toplevel", "--show-prefix"]);
  if (out.code !== 0) throw notAWorkTree(root, out.stderr);
  const [toplevel = root, prefix = ""] = out.stdout.toString("utf8").split("\n");
  return { cwd: toplevel, env, toplevel, prefix };
}

/**
 * The repository as seen from the pipeforge root, without asking git for its top level (a
 * rev-parse, about 25 ms of a `validate --staged`): every call runs in the root, and the paths
 * git prints and takes are relative to it, as ls-files and ls-tree print them and diff with
 * `--relative`. For commands that list and read only; whether the root is in a work tree at all
 * shows at the first call (runGit).
 */
export function repositoryAtRoot(root: string, env: GitContext["env"]): GitRepo {
  return atRoot(root, env, workTreeAround(root));
}

/** repositoryAtRoot, given the work tree's top level (workTreeAround) where one was found. */
function atRoot(root: string, env: GitContext["env"], top: string | undefined): GitRepo {
  checkFolder(root);
  const index = indexAround(root, env, top);
  const objects = index && env.GIT_OBJECT_DIRECTORY === undefined ? path.join(index.gitDir, "objects") : undefined;
  return { cwd: root, env, toplevel: root, prefix: "", ...(index ? { index: { file: index.file, rootInWorkTree: index.rootInWorkTree } } : {}), ...(objects ? { objects } : {}) };
}

/**
 * The index git would use for the work tree around `root`, when it is plain to see: a `.git`
 * folder above (not a file naming one elsewhere, as in a linked worktree or a submodule), reached
 * through no symlink that git, which works from the physical path, would see differently.
 */
function indexAround(root: string, env: GitContext["env"], top: string | undefined): { file: string; rootInWorkTree: string; gitDir: string } | undefined {
  if (top === undefined || !isFolder(path.join(top, ".git"))) return undefined;
  const rel = path.relative(top, path.resolve(root));
  try {
    if (realpathSync(path.resolve(root)) !== path.join(realpathSync(top), rel)) return undefined;
  } catch {
    return undefined;
  }
  // Git takes a relative GIT_INDEX_FILE from the top level (it moves there first): a plain
  // `git commit` runs its hooks with GIT_INDEX_FILE=.git/index.
  const given = env.GIT_INDEX_FILE;
  return { file: given === undefined ? path.join(top, ".git", "index") : path.resolve(top, given), rootInWorkTree: rel === "" ? "" : `${rel.split(path.sep).join("/")}/`, gitDir: path.join(top, ".git") };
}

/**
 * The repository a `--staged` run lists the index and the change of: seen from the root where git
 * finds a work tree around it by itself (a `.git` in the root or a folder above, and neither
 * GIT_DIR nor GIT_WORK_TREE set); otherwise opened through rev-parse, which knows the rest (the
 * GIT_DIR git sets for a linked worktree's hooks) and reports a bare repository or none.
 */
export async function openStagedRepository(root: string, env: GitContext["env"]): Promise<GitRepo> {
  const top = env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined ? workTreeAround(root) : undefined;
  return top === undefined ? openRepository(root, env) : atRoot(root, env, top);
}

/**
 * Git's own search, in its order: at each folder up from `folder`, a `.git` (the work tree's top
 * level, returned) or the folder itself being a repository (bare: undefined, as for none).
 */
function workTreeAround(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (["HEAD", "objects", "refs"].every((entry) => existsSync(path.join(dir, entry)))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function checkFolder(root: string): void {
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new GitError("not-a-repository", `${root} is not a directory`);
}

/** The commit a revision names; a clear GitError when it names none. */
export async function resolveCommit(repo: GitRepo, ref: string): Promise<string> {
  if (ref === "" || ref.startsWith("-")) throw new GitError("bad-revision", `"${ref}" is not a revision`);
  const out = await runGitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const oid = out.stdout.toString("utf8").trim();
  if (out.code !== 0 || oid === "") throw new GitError("bad-revision", `"${ref}" names no commit in ${repo.toplevel} (a branch, tag or commit is expected; is it fetched?)`);
  return oid;
}

/** HEAD's commit, or undefined before the first commit. */
export async function headCommit(repo: GitRepo): Promise<string | undefined> {
  const out = await runGitRaw(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  const oid = out.stdout.toString("utf8").trim();
  return out.code === 0 && oid !== "" ? oid : undefined;
}

/** Where a pull request's branch left `base`: the merge base of base and HEAD. */
export async function mergeBase(repo: GitRepo, base: string, head: string): Promise<string> {
  const out = await runGitRaw(repo, ["merge-base", base, head]);
  const oid = out.stdout.toString("utf8").trim();
  if (out.code === 0 && oid !== "") return oid;
  const shallow = (await runGit(repo, ["rev-parse", "--is-shallow-repository"])).toString("utf8").trim() === "true";
  throw new GitError(
    "no-merge-base",
    `the base revision and HEAD have no common ancestor${shallow ? "; this is a shallow clone: fetch the history (e.g. actions/checkout with fetch-depth: 0)" : ""}`,
  );
}

/** Pathspecs of the pipeforge inputs, relative to the top level. */
export function inputPathspecs(repo: GitRepo): string[] {
  return INPUT_ROOTS.map((r) => `${repo.prefix}${r}`);
}

/** A top-level path → the pipeforge-relative path, or undefined when it lies outside the root. */
export function toRootPath(repo: GitRepo, topPath: string): string | undefined {
  if (!topPath.startsWith(repo.prefix)) return undefined;
  return topPath.slice(repo.prefix.length);
}
