// Where templates come from: the bundled templates/ folder, overridden file by file by the
// repository's own templates/ (TemplateSet).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface TemplateSource {
  /** Repository-relative path for user templates, `<bundled>/name` otherwise. */
  readonly file: string;
  readonly text: string;
}

const BUNDLED_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
let bundled: Map<string, TemplateSource> | undefined;

export function bundledTemplates(): ReadonlyMap<string, TemplateSource> {
  if (!bundled) {
    bundled = new Map();
    for (const name of readdirSync(BUNDLED_DIR).sort()) {
      if (name.endsWith(".hbs")) bundled.set(name, { file: `<bundled>/templates/${name}`, text: readFileSync(BUNDLED_DIR + name, "utf8") });
    }
  }
  return bundled;
}
