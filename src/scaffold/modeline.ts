// Every YAML spec pipeforge scaffolds starts with a yaml-language-server
// modeline, so editors complete and check it as it is typed. The modeline
// names the schema by a path relative to the file (resolved by the editor,
// https://github.com/redhat-developer/yaml-language-server#using-inlined-schema)
// into .pipeforge/schemas/, which `pipeforge init` fills and
// `pipeforge schema --out .pipeforge/schemas` refreshes. A relative path
// works offline and matches the pipeforge version the repository pins; the
// schemas' https $id is an identifier, not a location editors can fetch.
import { posix } from "node:path";
import { schemaFileName } from "./schemas.js";

export const SCHEMA_DIR = ".pipeforge/schemas";

export function modeline(kind: string, file: string): string {
  const target = posix.join(SCHEMA_DIR, schemaFileName(kind));
  return `# yaml-language-server: $schema=${posix.relative(posix.dirname(file), target)}`;
}
