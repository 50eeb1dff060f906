// Random mutations of a repository tree, as data (so fast-check can shrink
// them): edits inside a file's YAML (delete a key, change a scalar's type),
// edits of its text (insert, duplicate a line, truncate), and edits of the
// tree (swap two files, move one to another folder, add or delete files,
// write raw bytes). Positions are fractions, resolved against the tree.
import fc from "fast-check";
import { isMap, isScalar, parseDocument, visit, type Node } from "yaml";

export type Tree = Record<string, string | Uint8Array>;

export type Mutation =
  | { readonly op: "delete-key" | "change-type" | "insert" | "duplicate-line" | "truncate"; readonly file: number; readonly at: number; readonly text: string; readonly value: unknown }
  | { readonly op: "swap" | "move"; readonly file: number; readonly other: number }
  | { readonly op: "add"; readonly path: string; readonly content: string | Uint8Array }
  | { readonly op: "delete"; readonly file: number };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(":", "- ", "\n", "\n  ", "\t", "[", "]", "{", "}", "&a", "*a", "!!binary", "---\n", "...\n", "#", "'", '"', "? ", "|", ">", "%YAML 1.1\n", "<<: *a", "__proto__: {polluted: 1}", "\uFEFF", "\u0000"),
);
const scalarValue = fc.constantFrom<unknown>(42, -1, 0.5, 1e308, true, false, null, "", "on", [], {}, ["x"], { a: 1 }, "x".repeat(300), 1e20);
const segment = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.constantFrom("hml", "prd", "autos", "ml", "extra", "..", ".", "x y", "ç", "team.yaml", "environment.yaml"));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom<"delete-key" | "change-type" | "insert" | "duplicate-line" | "truncate">("delete-key", "change-type", "insert", "duplicate-line", "truncate"),
    file: fraction,
    at: fraction,
    text: junk,
    value: scalarValue,
  }),
  fc.record({ op: fc.constantFrom<"swap" | "move">("swap", "move"), file: fraction, other: fraction }),
  fc.record({
    op: fc.constant("add" as const),
    path: fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `environments/${s.join("/")}.yaml`),
    content: fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 64 }), fc.constantFrom("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n", "apiVersion: pipeforge.io/v1alpha1\nkind: Pipeline\nspec: {tasks: []}\n", "apiVersion: pipeforge.io/v1alpha1\nkind: Team\nspec: {owners: [a]}\n")),
  }),
  fc.record({ op: fc.constant("delete" as const), file: fraction }),
);

const pick = <T>(list: readonly T[], f: number): T | undefined => list[Math.floor(f * list.length)];
const text = (v: string | Uint8Array | undefined): string => (typeof v === "string" ? v : v ? Buffer.from(v).toString("latin1") : "");

/** The YAML nodes of a file, in document order. */
function nodes(src: string): { doc: ReturnType<typeof parseDocument>; list: Node[] } {
  const doc = parseDocument(src, { uniqueKeys: false });
  const list: Node[] = [];
  visit(doc, { Node: (_k, n) => void list.push(n) });
  return { doc, list };
}

export function applyMutation(tree: Tree, m: Mutation): Tree {
  const out: Tree = { ...tree };
  const paths = Object.keys(out).sort();
  if (m.op === "add") {
    out[m.path] = m.content;
    return out;
  }
  const file = pick(paths, m.file);
  if (file === undefined) return out;
  const src = text(out[file]);
  switch (m.op) {
    case "delete":
      delete out[file];
      break;
    case "swap":
    case "move": {
      const other = pick(paths, m.other);
      if (!other || other === file) break;
      if (m.op === "swap") [out[file], out[other]] = [out[other]!, out[file]!];
      else {
        // Into the other file's folder, under this file's name.
        out[`${other.slice(0, other.lastIndexOf("/") + 1)}${file.slice(file.lastIndexOf("/") + 1)}`] = out[file]!;
        delete out[file];
      }
      break;
    }
    case "insert": {
      const at = Math.floor(m.at * (src.length + 1));
      out[file] = src.slice(0, at) + m.text + src.slice(at);
      break;
    }
    case "duplicate-line": {
      const lines = src.split("\n");
      const i = Math.floor(m.at * lines.length);
      lines.splice(i, 0, lines[i] ?? "");
      out[file] = lines.join("\n");
      break;
    }
    case "truncate":
      out[file] = src.slice(0, Math.floor(m.at * src.length));
      break;
    case "delete-key":
    case "change-type": {
      const { doc, list } = nodes(src);
      // A file earlier mutations made unparsable has no nodes to pick.
      if (doc.errors.length > 0) break;
      if (m.op === "delete-key") {
        const maps = list.filter(isMap).flatMap((map) => map.items.map((pair) => ({ map, pair })));
        const target = pick(maps, m.at);
        if (!target) break;
        target.map.items.splice(target.map.items.indexOf(target.pair), 1);
      } else {
        const scalars = list.filter(isScalar);
        const target = pick(scalars, m.at);
        if (!target) break;
        const replacement = doc.createNode(m.value);
        visit(doc, { Scalar: (_k, n) => (n === target ? replacement : undefined) });
      }
      out[file] = doc.toString();
      break;
    }
  }
  return out;
}

/** 1 to 3 mutations, applied in order. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function mutate(tree: Tree, list: readonly Mutation[]): Tree {
  return list.reduce(applyMutation, tree);
}
