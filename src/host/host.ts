// The only IO the compiler does goes through a Host: the node file system,
// a git revision, or an in-memory tree in tests. Paths are repository-relative
// and POSIX-style everywhere inside pipeforge.

export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "missing" | "outside-repository" | "too-large" | "unreadable"; readonly detail?: string };

export interface Host {
  /** A label for messages: a directory, `git:<rev>` or `memory`. */
  readonly description: string;
  /** The repository folder on disk, when there is one (repository-relative settings such as spec.schemas resolve against it). */
  readonly root?: string;
  /** Repository-relative POSIX paths of files matching the globs, sorted byte-wise. */
  glob(patterns: readonly string[]): Promise<string[]>;
  readFile(path: string): Promise<ReadResult>;
  /** Several files at once, in the order asked, where the host reads a batch for less than each alone (readAll). */
  readFiles?(paths: readonly string[]): Promise<ReadResult[]>;
  /**
   * An id of the bytes readFile would give for `path`, where the host knows one without reading
   * (git's blob id in a host over the index or a commit): equal ids, equal bytes. Undefined when
   * it does not (a file on disk, a symlink, a path it does not list).
   */
  contentId?(path: string): string | undefined;
}

/** Files larger than this are refused before parsing (YAML004). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** The files at `paths`, paired with their paths, read in one batch where the host can. */
export async function readAll(host: Host, paths: readonly string[]): Promise<(readonly [string, ReadResult])[]> {
  const results = await (host.readFiles ? host.readFiles(paths) : Promise.all(paths.map((p) => host.readFile(p))));
  return paths.map((p, i) => [p, results[i]!] as const);
}

export function sortPaths(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
