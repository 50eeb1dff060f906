// pipeforge schema: the pipeforge kinds' JSON Schemas for editors. Without
// arguments it lists them; with a KIND it prints that schema; with --out it
// writes them (standalone files, so yaml-language-server modelines can point
// at them by relative path). Writing replaces earlier copies: they are
// generated, and refreshing them after an upgrade is the point.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaFileName, schemaFiles, schemaKinds, standaloneSchema } from "../../scaffold/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";

export interface SchemaOptions {
  readonly out?: string;
}

export function runSchema(io: Io, kind: string | undefined, options: SchemaOptions): number {
  const kinds = schemaKinds();
  const chosen = kind === undefined ? undefined : kinds.find((k) => k.toLowerCase() === kind.toLowerCase());
  if (kind !== undefined && !chosen) throw new UsageError(`unknown kind ${kind} (one of ${kinds.join(", ")})`);
  if (options.out !== undefined) {
    const dir = path.resolve(io.cwd, options.out);
    const files = [...schemaFiles()].filter(([name]) => !chosen || name === schemaFileName(chosen));
    try {
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
    } catch (error) {
      throw new UsageError(`--out ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const [name] of files) io.stdout(`${path.relative(io.cwd, path.join(dir, name)).split(path.sep).join("/")}\n`);
    return EXIT.clean;
  }
  if (chosen) {
    io.stdout(JSON.stringify(standaloneSchema(chosen), null, 2) + "\n");
    return EXIT.clean;
  }
  const width = Math.max(...kinds.map((k) => k.length));
  for (const k of kinds) io.stdout(`${k.padEnd(width)}  ${schemaFileName(k).padEnd(width + 5)}  ${String(standaloneSchema(k).$id)}\n`);
  io.stderr("pipeforge schema KIND prints one; pipeforge schema --out .pipeforge/schemas writes them all for editor modelines.\n");
  return EXIT.clean;
}
