// The parameters Argo CD's git directory generator gives each matched
// directory when goTemplate is on (generateParamsFromApps in
// applicationset/generators/git.go): .path.path, .path.basename,
// .path.basenameNormalized and .path.segments.
import { posix } from "node:path";

export interface DirectoryParams {
  readonly path: {
    readonly path: string;
    readonly basename: string;
    readonly basenameNormalized: string;
    readonly segments: readonly string[];
  };
}

export function directoryParams(dir: string): DirectoryParams {
  const basename = posix.basename(dir);
  return { path: { path: dir, basename, basenameNormalized: sanitizeName(basename), segments: dir.split("/") } };
}

/**
 * Argo CD's utils.SanitizeName: lowercase, every character outside
 * [-a-z0-9.] becomes '-', at most 253 characters, '-' and '.' trimmed at
 * both ends.
 */
export function sanitizeName(name: string): string {
  let s = name.toLowerCase().replace(/[^-a-z0-9.]/gu, "-");
  // Go truncates bytes; after the replacement every character is one byte.
  if (s.length > 253) s = s.slice(0, 253);
  return s.replace(/^[-.]+|[-.]+$/g, "");
}
