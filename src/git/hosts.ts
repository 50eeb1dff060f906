// Hosts over what git holds: the staged index and a commit. The index is read from its file where
// the repository says where that is (index-file.ts), else listed by one git call, as a commit is.
// A blob is read from the working tree or a loose object when those bytes hash to its id
// (tree-host.ts, loose-object.ts), and otherwise through one batched `cat-file` (batch.ts).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Host } from "../host/index.js";
import { createBlobReader } from "./batch.js";
import { parseLsFiles, parseLsTree, type TreeEntry } from "./entries.js";
import { MAX_DIRECT_INDEX_BYTES, parseIndexFile } from "./index-file.js";
import { INPUT_ROOTS, inputPathspecs, toRootPath, type GitRepo } from "./repo.js";
import { runGit, splitNul } from "./run.js";
import { createTreeHost } from "./tree-host.js";

const rootDir = (repo: GitRepo) => path.join(repo.toplevel, ...repo.prefix.split("/").filter(Boolean));

function underRoot(repo: GitRepo, entries: ReadonlyMap<string, TreeEntry>): ReadonlyMap<string, TreeEntry> {
  if (repo.prefix === "") return entries; // git printed root-relative paths already
  const out = new Map<string, TreeEntry>();
  for (const [top, e] of entries) {
    const rel = toRootPath(repo, top);
    if (rel !== undefined) out.set(rel, e);
  }
  return out;
}

/**
 * The staged index (GIT_INDEX_FILE when git sets it, as inside a pre-commit hook): read directly
 * where the repository tells where it is (index-file.ts), else listed by `git ls-files`.
 */
export async function indexEntries(repo: GitRepo): Promise<ReadonlyMap<string, TreeEntry>> {
  const direct = repo.index && readIndexFile(repo.index.file, repo.index.rootInWorkTree);
  if (direct) return direct;
  const out = await runGit(repo, ["ls-files", "-s", "-z", "--", ...inputPathspecs(repo)]);
  return underRoot(repo, parseLsFiles(splitNul(out)));
}

/** The entries of the index file under the root; undefined where git should be asked instead. */
function readIndexFile(file: string, rootInWorkTree: string): Map<string, TreeEntry> | undefined {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_DIRECT_INDEX_BYTES) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined; // none yet (nothing ever staged), or unreadable: git says what it makes of that
  }
  const listing = parseIndexFile(bytes, rootInWorkTree, INPUT_ROOTS);
  return "entries" in listing ? listing.entries : undefined;
}

/** The files of a commit (a resolved oid or a revision name such as HEAD). */
export async function revisionEntries(repo: GitRepo, commit: string): Promise<ReadonlyMap<string, TreeEntry>> {
  return underRoot(repo, parseLsTree(splitNul(await runGit(repo, ["ls-tree", "-r", "-z", commit, "--", ...inputPathspecs(repo)]))));
}

export async function createIndexHost(repo: GitRepo): Promise<Host> {
  return createTreeHost(await indexEntries(repo), createBlobReader(repo, repo.objects), "git:index", rootDir(repo));
}

/** A host over a commit's files. */
export async function createRevisionHost(repo: GitRepo, commit: string): Promise<Host> {
  return createTreeHost(await revisionEntries(repo, commit), createBlobReader(repo, repo.objects), `git:${commit.slice(0, 12)}`, rootDir(repo));
}

/** A host over entries already known (top-level paths, as git lists them), read through one `cat-file`. */
export function createEntriesHost(repo: GitRepo, entries: ReadonlyMap<string, TreeEntry>, description: string): Host {
  return createTreeHost(underRoot(repo, entries), createBlobReader(repo, repo.objects), description, rootDir(repo));
}
