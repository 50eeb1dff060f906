export { createBlobReader, parseBatch, readBlobs, type Blob } from "./batch.js";
export { stagedChanges, workingTreeChanges, type GitChanges } from "./changes.js";
export { parseLsFiles, parseLsTree, type EntryKind, type TreeEntry } from "./entries.js";
export { BACKUP_SUFFIX, HOOK_SIGNATURE, hookScript, hooksDirectory, installPreCommitHook, isPipeforgeHook, type HookInstall } from "./hook.js";
export { createIndexHost, createRevisionHost, indexEntries, revisionEntries } from "./hosts.js";
export { headCommit, INPUT_ROOTS, inputPathspecs, mergeBase, openRepository, openStagedRepository, repositoryAtRoot, resolveCommit, toRootPath, type GitRepo } from "./repo.js";
export { GitError, runGit, runGitRaw, splitNul, type GitContext, type GitErrorKind, type GitOutput } from "./run.js";
export { createTreeHost, linkDestination, worktreeBlob } from "./tree-host.js";
