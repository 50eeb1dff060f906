// A Host that sees extra files on top of another: lets `new pipeline` compile
// the repository as it would be with the new spec, before writing anything.
import { globMatcher } from "../host/glob-match.js";
import { sortPaths, type Host } from "../host/index.js";

export function overlayHost(base: Host, extra: ReadonlyMap<string, string>): Host {
  const encoder = new TextEncoder();
  return {
    description: base.description,
    root: base.root,
    async glob(patterns) {
      const match = globMatcher(patterns);
      return sortPaths(new Set([...(await base.glob(patterns)), ...[...extra.keys()].filter((p) => match(p))]));
    },
    async readFile(path) {
      const text = extra.get(path);
      return text === undefined ? base.readFile(path) : { ok: true, bytes: encoder.encode(text) };
    },
  };
}
