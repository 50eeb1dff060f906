import type { ErrorObject } from "ajv";
import { describeError, typeIssue } from "./messages.js";
import type { InstancePath, SchemaIssue } from "./types.js";

// ajv reports an anyOf/oneOf failure as every failed branch plus the anyOf itself: for an
// int-or-string that is a boolean, three errors. Each group becomes one issue: "must be integer
// or string" when every branch failed on the value's type, otherwise the issues of the branch
// that matched deepest (the one the author most likely meant).
//
// Grouping relies on ajv's order: a branch's errors come right before the anyOf error, and their
// schemaPath extends the anyOf's. Branches reached through a separately compiled `$ref` lose that
// prefix; their errors then stay ungrouped (all shown) rather than mis-grouped. The bundle keeps
// anyOf/oneOf branches small and inline, so this only concerns user schemas.

type Item = { error: ErrorObject } | { group: ErrorObject; branches: Item[] };

export function toSchemaIssues(errors: readonly ErrorObject[], data: unknown): SchemaIssue[] {
  const seen = new Set<string>();
  return group(errors)
    .flatMap((item) => toIssues(item, data))
    .filter((issue) => {
      const key = JSON.stringify([issue.path, issue.keyword, issue.message]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

function group(errors: readonly ErrorObject[]): Item[] {
  const out: Item[] = [];
  for (const error of errors) {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      out.push({ error });
      continue;
    }
    let start = out.length;
    while (start > 0 && belongsTo(out[start - 1] as Item, error)) start--;
    out.push({ group: error, branches: out.splice(start) });
  }
  return out;
}

function belongsTo(item: Item, parent: ErrorObject): boolean {
  const error = "error" in item ? item.error : item.group;
  const inside = error.instancePath === parent.instancePath || error.instancePath.startsWith(`${parent.instancePath}/`);
  return inside && error.schemaPath.startsWith(`${parent.schemaPath}/`);
}

function toIssues(item: Item, data: unknown): SchemaIssue[] {
  if ("error" in item) return [describeError(item.error, pathOf(item.error.instancePath, data))];
  const { group: error, branches } = item;
  const path = pathOf(error.instancePath, data);
  if (branches.length === 0) return [describeError(error, path)];
  const leaves = branches.map((b) => ("error" in b ? b.error : undefined));
  if (leaves.every((e) => e?.keyword === "type" && e.instancePath === error.instancePath)) {
    const types = leaves.flatMap((e) => String(e?.params.type ?? "").split(","));
    return [typeIssue(path, error, [...new Set(types)], error.data)];
  }
  // Per branch, how deep into the value its errors reach; the deepest branch explains the failure.
  const byBranch = new Map<string, Item[]>();
  for (const branch of branches) {
    const schemaPath = ("error" in branch ? branch.error : branch.group).schemaPath;
    const index = schemaPath.slice(error.schemaPath.length + 1).split("/")[0] ?? "";
    byBranch.set(index, [...(byBranch.get(index) ?? []), branch]);
  }
  let best: Item[] = [];
  let bestDepth = -1;
  for (const items of byBranch.values()) {
    const depth = Math.max(...items.map((i) => depthOf(i)));
    if (depth > bestDepth || (depth === bestDepth && items.length < best.length)) [best, bestDepth] = [items, depth];
  }
  return best.flatMap((b) => toIssues(b, data));
}

function depthOf(item: Item): number {
  const error = "error" in item ? item.error : item.group;
  const depth = error.instancePath.split("/").length + (error.keyword === "required" || error.keyword === "additionalProperties" ? 1 : 0);
  return "error" in item ? depth : Math.max(depth, ...item.branches.map(depthOf));
}

/** JSON pointer → segments; an index into an array becomes a number. */
export function pathOf(pointer: string, data: unknown): InstancePath {
  if (pointer === "") return [];
  const path: InstancePath = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}
