// Rendered skeleton back to objects. The skeleton (template text with value
// tokens) is parsed once per distinct text and cached: pipelines of the same
// shape share one parse. Values are then put in place as data, never parsed.
import { parseAllDocuments } from "yaml";
import type { Location } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
import { resolveCore } from "../parse/fast/plain.js";
import { BAIL, readFast } from "../parse/fast/reader.js";
import { containsCycle, copyData } from "../util/json.js";
import { TOKEN_CLOSE, TOKEN_OPEN, type RenderOutput, type Slot } from "./engine.js";
import { resolveOrigin, type Origin } from "./origins.js";

export interface RenderedDocument {
  readonly value: Record<string, unknown>;
  /** The spec location of the value at `path`, or of its nearest ancestor that came from a value. */
  origin(path: JsonPath): Location | undefined;
}

interface TokenSite {
  readonly path: JsonPath;
  readonly token: number;
  /** The token is a mapping key rather than a value. */
  readonly key: boolean;
}

interface Skeleton {
  readonly value: Record<string, unknown>;
  readonly sites: readonly TokenSite[];
  /** Path key → token, for origin lookups. */
  readonly byPath: ReadonlyMap<string, number>;
}

type Parsed = { readonly documents: readonly Skeleton[] } | { readonly error: string };

const TOKEN_EXACT = new RegExp(`^${TOKEN_OPEN}(\\d+)${TOKEN_CLOSE}$`);
const TOKEN_ANY = new RegExp(`[${TOKEN_OPEN}${TOKEN_CLOSE}]`);
const pathKey = (path: JsonPath) => path.join("\u0000");

/** Distinct skeletons seen in this process. Bounded: a pathological template cannot grow it forever. */
const cache = new Map<string, Parsed>();
const CACHE_LIMIT = 10_000;

export function parseRendered(output: RenderOutput): { documents: RenderedDocument[]; error?: string } {
  let parsed = cache.get(output.skeleton);
  if (!parsed) {
    parsed = parseSkeleton(output.skeleton);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(output.skeleton, parsed);
  }
  if ("error" in parsed) return { documents: [], error: parsed.error };
  const documents: RenderedDocument[] = [];
  // Origin lookups keep only the slots' origins: the values are in the documents already, and
  // keeping the slots would keep the whole view model each value came from alive.
  const origins = output.slots.map((s) => s.origin);
  for (const sk of parsed.documents) {
    const substituted = instantiate(sk, output.slots);
    if ("error" in substituted) return { documents, error: substituted.error };
    documents.push({ value: substituted.value, origin: (path) => originAt(sk, origins, path) });
  }
  return { documents };
}

/** The values of the skeleton's documents: by the fast reader when it reads them all, else by the `yaml` package. */
function skeletonValues(text: string): unknown[] | { error: string } {
  const fast = readFast(text, { resolve: resolveCore });
  if (fast && fast.every((d) => d.value !== BAIL)) return fast.map((d) => d.value);
  const values: unknown[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: true, version: "1.2" })) {
    const first = doc.errors[0];
    if (first) return { error: first.message.split("\n")[0] ?? first.message };
    values.push(doc.toJS());
  }
  return values;
}

function parseSkeleton(text: string): Parsed {
  const documents: Skeleton[] = [];
  const values = skeletonValues(text);
  if ("error" in values) return values;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (containsCycle(value)) return { error: "a YAML alias refers to a node that contains it" };
    if (typeof value !== "object" || Array.isArray(value)) return { error: "a rendered document is not a mapping" };
    const sites: TokenSite[] = [];
    const problem = findTokens(value, [], sites);
    if (problem) return { error: problem };
    documents.push({ value: value as Record<string, unknown>, sites, byPath: new Map(sites.map((s) => [pathKey(s.path), s.token])) });
  }
  return { documents };
}

function findTokens(node: unknown, path: (string | number)[], out: TokenSite[]): string | undefined {
  if (typeof node === "string") {
    const m = TOKEN_EXACT.exec(node);
    if (m) out.push({ path: [...path], token: Number(m[1]), key: false });
    else if (TOKEN_ANY.test(node)) return `a {{json}} value is part of a longer string at ${path.join(".") || "the top"}; write the whole value with {{json}}`;
    return undefined;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const p = findTokens(node[i], [...path, i], out);
      if (p) return p;
    }
    return undefined;
  }
  if (typeof node === "object" && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      const m = TOKEN_EXACT.exec(k);
      if (m) out.push({ path: [...path, k], token: Number(m[1]), key: true });
      else if (TOKEN_ANY.test(k)) return `a {{json}} value is part of a longer key at ${path.join(".") || "the top"}`;
      const p = findTokens(v, [...path, k], out);
      if (p) return p;
    }
  }
  return undefined;
}

/** A copy of the skeleton with each token replaced by its value (copied, so manifests never share objects). */
function instantiate(sk: Skeleton, slots: readonly Slot[]): { value: Record<string, unknown> } | { error: string } {
  const value = copyData(sk.value);
  // Sites were found parents first; substitute in reverse (children before their parents), so
  // paths that run through a token key stay valid until that key itself is renamed.
  for (let i = sk.sites.length - 1; i >= 0; i--) {
    const site = sk.sites[i]!;
    const slot = slots[site.token];
    if (!slot) return { error: "dangling value token" };
    const parent = site.path.slice(0, -1).reduce<unknown>((v, seg) => (v as Record<string | number, unknown>)[seg], value) as Record<string | number, unknown>;
    const last = site.path[site.path.length - 1]!;
    if (site.key) {
      if (typeof slot.value !== "string") return { error: `a mapping key written with {{json}} must be a string, not ${JSON.stringify(slot.value)}` };
      if (Object.hasOwn(parent, slot.value)) return { error: `duplicate key ${JSON.stringify(slot.value)}` };
      const inner = parent[last];
      delete parent[last];
      parent[slot.value] = inner;
    } else {
      parent[last] = slot.value === undefined ? null : copyData(slot.value);
    }
  }
  return { value };
}

function originAt(sk: Skeleton, origins: readonly (Origin | undefined)[], path: JsonPath): Location | undefined {
  for (let n = path.length; n >= 0; n--) {
    const token = sk.byPath.get(pathKey(path.slice(0, n)));
    if (token !== undefined) return resolveOrigin(origins[token]);
  }
  return undefined;
}
