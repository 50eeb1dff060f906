// The precompiled bundled templates (generate.ts), the run-time side: loaded through V8's code
// cache like the rest of the CLI, and only when their stamp matches this Handlebars and these
// compile options.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireCached } from "../../launch/code-cache.js";
import type { TemplateSpec } from "../engine.js";
import { templatesStamp } from "./stamp.js";

/** Where `npm run build` writes it: dist/render/precompiled/generated/ (nothing there when running from src/). */
export const TEMPLATES_DIR = fileURLToPath(new URL("./generated/", import.meta.url));
export const TEMPLATES_MODULE = "templates.cjs";

export interface PrecompiledTemplate {
  /** The text it was compiled from: used only for a template of exactly this text. */
  readonly text: string;
  readonly spec: TemplateSpec;
}

/** The precompiled templates in `dir` by file name; empty when there are none or they are stale. */
export function loadPrecompiledTemplates(dir: string = TEMPLATES_DIR): ReadonlyMap<string, PrecompiledTemplate> {
  const file = join(dir, TEMPLATES_MODULE);
  if (!existsSync(file)) return new Map();
  const module = requireCached(file) as { stamp?: unknown; templates?: Record<string, PrecompiledTemplate> };
  if (module.stamp !== templatesStamp() || !module.templates) return new Map();
  return new Map(Object.entries(module.templates));
}
