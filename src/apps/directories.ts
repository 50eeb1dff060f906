// The directories Argo CD's repo server lists for a git directory generator
// (GetGitDirectories in reposerver/repository/repository.go): every folder
// of the checkout except the root, skipping folders whose name starts with
// "." and everything below them. Git has no empty folders, so the folders
// are exactly the ancestors of the files.
import { posix } from "node:path";

export function directoriesOf(files: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const file of files) {
    const parts = posix.normalize(file).split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      if (parts[i - 1]?.startsWith(".")) break;
      dirs.add(parts.slice(0, i).join("/"));
    }
  }
  dirs.delete("");
  return [...dirs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Globs that list every file below the literal prefix of each directory
 * pattern of these ApplicationSets (the whole repository when a pattern
 * starts with a wildcard), so a preview reads only the part of the tree the
 * generators can match. Dot files count: they make their folder exist.
 */
export function generatorGlobs(appSets: readonly Record<string, unknown>[]): string[] {
  const prefixes = new Set<string>();
  for (const a of appSets) {
    const generators = (a.spec as { generators?: unknown } | undefined)?.generators;
    for (const g of Array.isArray(generators) ? generators : []) {
      const dirs = (g as { git?: { directories?: unknown } }).git?.directories;
      for (const d of Array.isArray(dirs) ? dirs : []) {
        const pattern = String((d as { path?: unknown }).path ?? "");
        const literal: string[] = [];
        for (const seg of pattern.split("/")) {
          if (/[*?[\\]/.test(seg)) break;
          literal.push(seg);
        }
        prefixes.add(literal.join("/"));
      }
    }
  }
  const globs = new Set<string>();
  for (const p of prefixes) for (const g of ["**/*", "**/.*"]) globs.add(p ? `${p}/${g}` : g);
  return [...globs].sort();
}
