// The file list of an index or a commit, parsed from git's -z output. Pure.
import { GitError } from "./run.js";

export type EntryKind = "file" | "symlink" | "submodule";

export interface TreeEntry {
  readonly kind: EntryKind;
  readonly oid: string;
}

/** The kind of an entry by its mode as a number (in the index file); undefined for what is no file (a folder). */
export function kindOfMode(mode: number): EntryKind | undefined {
  if (mode === 0o100644 || mode === 0o100755 || mode === 0o100664) return "file";
  if (mode === 0o120000) return "symlink";
  if (mode === 0o160000) return "submodule";
  return undefined;
}

/** The same by the mode as git prints it (octal). */
const kindOf = (mode: string) => kindOfMode(Number.parseInt(mode, 8));

/**
 * `git ls-files -s -z` records: `<mode> <oid> <stage>\t<path>`. Stage 0 is a
 * merged entry; stages 1–3 mean a conflict, which git refuses to commit.
 */
export function parseLsFiles(records: readonly string[]): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const unmerged: string[] = [];
  for (const record of records) {
    const tab = record.indexOf("\t");
    const [mode = "", oid = "", stage = ""] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (stage !== "0") {
      if (!unmerged.includes(path)) unmerged.push(path);
      continue;
    }
    const kind = kindOf(mode);
    if (kind) out.set(path, { kind, oid });
  }
  if (unmerged.length > 0) throw unmergedError(unmerged);
  return out;
}

/** The index holds conflicts (stages 1–3), which git refuses to commit. */
export function unmergedError(paths: readonly string[]): GitError {
  return new GitError("unmerged", `the index has unresolved conflicts (${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ", …" : ""}); resolve them first`);
}

/** `git ls-tree -r -z` records: `<mode> <type> <oid>\t<path>`. */
export function parseLsTree(records: readonly string[]): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  for (const record of records) {
    const tab = record.indexOf("\t");
    const [mode = "", , oid = ""] = record.slice(0, tab).split(" ");
    const kind = kindOf(mode);
    if (kind) out.set(record.slice(tab + 1), { kind, oid });
  }
  return out;
}

/** What `git diff --raw --no-abbrev --no-renames -z` lists: each changed path, and the old side's entry where there was one. */
export interface RawDiff {
  readonly paths: string[];
  readonly before: Map<string, TreeEntry>;
}

/** `git diff --raw -z` records: `:<old mode> <new mode> <old oid> <new oid> <status>`, then the path (one: renames are off). */
export function parseDiffRaw(records: readonly string[]): RawDiff {
  const paths: string[] = [];
  const before = new Map<string, TreeEntry>();
  for (let i = 0; i + 1 < records.length; i += 2) {
    const [oldMode = "", , oldOid = ""] = records[i]!.slice(1).split(" ");
    const path = records[i + 1]!;
    paths.push(path);
    const kind = kindOf(oldMode);
    if (kind) before.set(path, { kind, oid: oldOid });
  }
  return { paths, before };
}
