// ajv's standalone code for many schemas at once, split into CommonJS modules so that a process
// loads only the code of the kinds it validates. ajv's own standaloneCode
// (ajv/dist/standalone/index.ts) writes one module holding every function a schema needs; here
// the same pieces — each compiled function and each scope value (schema object, pattern, format)
// — are grouped by the set of kinds that use them: the code only Namespace uses goes in one
// module, ObjectMeta's (used by all) in another, and so on. Modules import each other's names
// through `require("pipeforge:chunk/<module>")`, which the loader (load.ts) resolves.
// Pieces of one ajv instance share one namespace (validate12, schema31…), so names never clash.
import { createHash } from "node:crypto";
import type { ValidateFunction } from "ajv";
import type { ValueScopeName } from "ajv/dist/compile/codegen/scope.js";

export const CHUNK_PREFIX = "pipeforge:chunk/";

/** Constants shorter than this are repeated in each module that uses them rather than shared. */
const SMALL_CONSTANT = 1024;

interface Piece {
  readonly code: string;
  readonly deps: readonly string[];
  /** A constant (no deps) may be repeated; functions must exist once: ajv keeps state on them (`.errors`). */
  readonly isConstant: boolean;
}

export interface SplitCode {
  /** Module file name → its code. */
  readonly modules: ReadonlyMap<string, string>;
  /** Entry (as given) → the module and the name of its validate function. */
  readonly entries: ReadonlyMap<string, { module: string; validate: string }>;
}

/**
 * `roots`: entry name → a function compiled with `code: { source: true }`, all by one ajv.
 * `moduleName` names the module of the pieces used by exactly these entries (sorted).
 */
export function splitStandalone(roots: ReadonlyMap<string, ValidateFunction>, moduleName: (entries: readonly string[]) => string): SplitCode {
  const pieces = collectPieces(roots);
  const rootNames = new Map([...roots].map(([entry, fn]) => [entry, nameOf(sourceOf(fn).validateName)]));

  // Which entries reach each piece; pieces with the same users share a module.
  const users = new Map<string, string[]>();
  for (const [entry, root] of rootNames) {
    const stack = [root];
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      const list = users.get(name) ?? [];
      if (list.at(-1) === entry) continue;
      users.set(name, [...list, entry]);
      stack.push(...(pieces.get(name)?.deps ?? []));
    }
  }
  const isCopied = (name: string): boolean => {
    const piece = pieces.get(name);
    return piece !== undefined && piece.isConstant && piece.code.length < SMALL_CONSTANT;
  };
  const moduleOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const [name, list] of users) {
    if (isCopied(name)) continue;
    const module = moduleName([...list].sort());
    moduleOf.set(name, module);
    members.set(module, [...(members.get(module) ?? []), name]);
  }

  // Names each module must export: what other modules import, and the entries' functions.
  const exported = new Map<string, Set<string>>();
  const exportFrom = (module: string, name: string) => exported.set(module, (exported.get(module) ?? new Set()).add(name));
  for (const root of rootNames.values()) exportFrom(moduleOf.get(root) ?? "", root);
  const layouts = new Map<string, { imports: Map<string, string[]>; copies: string[]; own: string[] }>();
  for (const [module, own] of members) {
    const imports = new Map<string, string[]>();
    const copies = new Set<string>();
    const mine = new Set(own);
    for (const name of own) {
      for (const dep of pieces.get(name)?.deps ?? []) {
        if (mine.has(dep)) continue;
        if (isCopied(dep)) copies.add(dep);
        else {
          const from = moduleOf.get(dep) ?? "";
          if (!imports.get(from)?.includes(dep)) imports.set(from, [...(imports.get(from) ?? []), dep]);
          exportFrom(from, dep);
        }
      }
    }
    layouts.set(module, { imports, copies: [...copies], own });
  }

  const modules = new Map<string, string>();
  for (const [module, { imports, copies, own }] of [...layouts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const lines = [
      ...[...imports].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, names]) => `const {${names.join(", ")}} = require(${JSON.stringify(CHUNK_PREFIX + from)});`),
      ...[...copies, ...own].map((name) => pieces.get(name)?.code ?? ""),
      `return {${[...(exported.get(module) ?? [])].join(", ")}};`,
    ];
    modules.set(module, `"use strict";\nmodule.exports = function create(require) {\n${lines.join("\n")}\n};\n`);
  }
  const entries = new Map([...rootNames].map(([entry, root]) => [entry, { module: moduleOf.get(root) ?? "", validate: root }]));
  return { modules, entries };
}

/** A deterministic module name for pieces shared by several entries. */
export function sharedModuleName(entries: readonly string[]): string {
  return `shared-${createHash("sha256").update(entries.join("\n")).digest("hex").slice(0, 12)}.cjs`;
}

/**
 * Every piece the roots need, with the names it refers to: as ajv's standaloneCode walks them
 * (validateCode and refValidateCode there), but keeping each piece apart.
 */
function collectPieces(roots: ReadonlyMap<string, ValidateFunction>): Map<string, Piece> {
  const pieces = new Map<string, Piece>();
  const addFunction = (fn: ValidateFunction): string => {
    const source = sourceOf(fn);
    const name = nameOf(source.validateName);
    if (pieces.has(name)) return name;
    const deps: string[] = [];
    const evaluated = source.evaluated === undefined ? "" : `${name}.evaluated = ${String(source.evaluated)};`;
    pieces.set(name, { code: `${source.validateCode}${evaluated}`, deps, isConstant: false });
    for (const names of Object.values(source.scopeValues)) for (const value of names ?? []) deps.push(addValue(value));
    return name;
  };
  const addValue = (value: ValueScopeName): string => {
    const name = nameOf(value);
    if (pieces.has(name)) return name;
    const ref: unknown = value.value?.ref;
    if (value.value?.code !== undefined) pieces.set(name, { code: `const ${name} = ${String(value.value.code)};`, deps: [], isConstant: true });
    else if (value.prefix === "validate" && typeof ref === "function") {
      if (addFunction(ref as ValidateFunction) !== name) throw new Error(`standalone split: ${name} is not the function it names`);
    } else if ((value.prefix === "root" || value.prefix === "wrapper") && isCompiled(ref)) {
      // A reference to a schema still compiling (recursion) goes through a wrapper object.
      const target = nameOf(ref.validateName);
      pieces.set(name, { code: `const ${name} = {validate: ${target}};`, deps: [target], isConstant: false });
      addFunction(ref.validate);
    } else throw new Error(`standalone split: no code for ${name}`);
    return name;
  };
  for (const fn of roots.values()) addFunction(fn);
  return pieces;
}

function sourceOf(fn: ValidateFunction): NonNullable<ValidateFunction["source"]> {
  if (!fn.source) throw new Error("standalone split: compile with code.source");
  return fn.source;
}

function nameOf(name: { toString(): string }): string {
  return name.toString();
}

function isCompiled(ref: unknown): ref is { validate: ValidateFunction; validateName: ValueScopeName } {
  return typeof ref === "object" && ref !== null && typeof (ref as { validate?: unknown }).validate === "function" && (ref as { validateName?: unknown }).validateName !== undefined;
}
