// Each file text is parsed once per Host. A scoped run loads twice (once to find what a change
// affects, once to compile it), and a focused load reads the focused teams' files twice (for the
// names of their pipelines, then for their documents); both reuse the first parse. Keyed by the
// text as well, so a file that changed between two loads is parsed again.
import type { Host } from "../host/index.js";
import { parseYamlFile, type ParsedFile } from "../parse/index.js";

const parsedByHost = new WeakMap<Host, Map<string, ParsedFile>>();

export function parseOnce(host: Host, file: string, text: string): ParsedFile {
  let parsed = parsedByHost.get(host);
  if (!parsed) parsedByHost.set(host, (parsed = new Map()));
  const hit = parsed.get(file);
  if (hit && hit.text === text) return hit;
  const fresh = parseYamlFile(file, text);
  parsed.set(file, fresh);
  return fresh;
}
