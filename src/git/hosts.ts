// Hosts over what git holds: the staged index and a commit. Each lists its
// files with one git call and reads every blob it is asked for with one
// batched `cat-file` (see batch.ts); the working tree is never touched.
import path from "node:path";
import type { Host } from "../host/index.js";
import { createBlobReader } from "./batch.js";
import { parseLsFiles, parseLsTree, type TreeEntry } from "./entries.js";
import { inputPathspecs, toRootPath, type GitRepo } from "./repo.js";
import { runGit, splitNul } from "./run.js";
import { createTreeHost } from "./tree-host.js";

const rootDir = (repo: GitRepo) => path.join(repo.toplevel, ...repo.prefix.split("/").filter(Boolean));

function underRoot(repo: GitRepo, entries: Map<string, TreeEntry>): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  for (const [top, e] of entries) {
    const rel = toRootPath(repo, top);
    if (rel !== undefined) out.set(rel, e);
  }
  return out;
}

/** The staged index (GIT_INDEX_FILE when git sets it, as inside a pre-commit hook). */
export async function indexEntries(repo: GitRepo): Promise<Map<string, TreeEntry>> {
  const out = await runGit(repo, ["ls-files", "-s", "-z", "--", ...inputPathspecs(repo)]);
  return underRoot(repo, parseLsFiles(splitNul(out)));
}

/**
 * The files of a commit (a resolved oid; see resolveCommit). With `only` (top-level paths), just
 * those: listing every input of a large tree costs tens of milliseconds a pre-commit check need
 * not pay for the few files it reads. A symlink among them may point anywhere in the tree, so
 * then everything is listed after all.
 */
export async function revisionEntries(repo: GitRepo, commit: string, only?: readonly string[]): Promise<Map<string, TreeEntry>> {
  const list = async (specs: readonly string[]) => parseLsTree(splitNul(await runGit(repo, ["ls-tree", "-r", "-z", commit, "--", ...specs])));
  if (only?.length === 0) return new Map();
  let entries = await list(only ?? inputPathspecs(repo));
  if (only && [...entries.values()].some((e) => e.kind === "symlink")) entries = await list(inputPathspecs(repo));
  return underRoot(repo, entries);
}

export async function createIndexHost(repo: GitRepo): Promise<Host> {
  return createTreeHost(await indexEntries(repo), createBlobReader(repo), "git:index", rootDir(repo));
}

/** A host over a commit's files; with `only`, over those top-level paths alone (see revisionEntries). */
export async function createRevisionHost(repo: GitRepo, commit: string, only?: readonly string[]): Promise<Host> {
  return createTreeHost(await revisionEntries(repo, commit, only), createBlobReader(repo), `git:${commit.slice(0, 12)}`, rootDir(repo));
}
