// Glob lists as policies write them: any plain glob selects, a `!glob`
// excludes (as in .gitignore); a list of exclusions alone selects the rest.
import picomatch from "picomatch";

export type Matcher = (value: string | undefined) => boolean;

/** Unset: matches everything, also objects without that dimension; set: only values it selects. */
export function globList(patterns: readonly string[] | undefined): Matcher {
  if (!patterns) return () => true;
  const include = patterns.filter((p) => !p.startsWith("!"));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const inc = include.length > 0 ? picomatch(include, { dot: true }) : () => true;
  const exc = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return (value) => value !== undefined && inc(value) && !exc(value);
}
