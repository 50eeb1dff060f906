// Template lookup: the bundled templates/ folder, overridden file by file by
// the repository's own templates/. Each template is checked for safety and
// compiled once per engine, or taken precompiled when its text is a bundled
// template's that the build already checked and compiled (precompiled/).
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import { TemplateEngine, type CompiledTemplate } from "./engine.js";
import { loadPrecompiledTemplates, type PrecompiledTemplate } from "./precompiled/load.js";
import { checkTemplateSafety } from "./safety.js";
import { bundledTemplates, type TemplateSource } from "./sources.js";


export class TemplateSet {
  private readonly engine = new TemplateEngine();
  private readonly compiled = new Map<string, CompiledTemplate | undefined>();
  private readonly sources: Map<string, TemplateSource>;
  readonly diagnostics: Diagnostic[] = [];

  /** `precompiled`: code for templates of known texts (by default the build's, for the bundled templates). */
  constructor(
    overrides: ReadonlyMap<string, { readonly file: string; readonly text: string }> = new Map(),
    private readonly precompiled: ReadonlyMap<string, PrecompiledTemplate> = loadPrecompiledTemplates(),
  ) {
    this.sources = new Map(bundledTemplates());
    for (const [name, src] of overrides) this.sources.set(name, src);
    for (const [name, src] of this.sources) {
      if (!name.startsWith("_")) continue;
      const partial = name.replace(/\.yaml\.hbs$|\.hbs$/, "");
      const ready = this.ready(name, src);
      if (ready) this.engine.registerPartial(partial, ready);
      else if (this.isSafe(src)) this.engine.registerPartial(partial, src);
    }
  }

  source(name: string): TemplateSource | undefined {
    return this.sources.get(name);
  }

  /** The compiled template, or undefined (with a diagnostic recorded once) when missing or unsafe. */
  get(name: string): CompiledTemplate | undefined {
    if (this.compiled.has(name)) return this.compiled.get(name);
    const src = this.sources.get(name);
    let fn: CompiledTemplate | undefined;
    if (!src) this.diagnostics.push(diag("TPL001", { message: `template ${name} not found` }));
    else {
      const ready = this.ready(name, src);
      if (ready) fn = this.engine.fromSpec(ready.spec);
      else if (this.isSafe(src)) fn = this.engine.compile(src.text);
    }
    this.compiled.set(name, fn);
    return fn;
  }

  /** The precompiled code for `name` when `src` is exactly the text it was compiled (and checked) from. */
  private ready(name: string, src: TemplateSource): PrecompiledTemplate | undefined {
    const code = this.precompiled.get(name);
    return code && code.text === src.text ? code : undefined;
  }

  private readonly checked = new Map<string, boolean>();

  private isSafe(src: TemplateSource): boolean {
    const known = this.checked.get(src.file);
    if (known !== undefined) return known;
    const problems = checkTemplateSafety(src.text);
    for (const p of problems) {
      this.diagnostics.push(diag(p.message.startsWith("interpolation") || p.message.startsWith("triple") ? "TPL002" : "TPL001", { message: `${src.file}:${p.line}:${p.column + 1}: ${p.message}`, location: templateLocation(src, p.line, p.column) }));
    }
    this.checked.set(src.file, problems.length === 0);
    return problems.length === 0;
  }
}

function templateLocation(src: TemplateSource, line: number, column: number): Location | undefined {
  if (src.file.startsWith("<bundled>")) return undefined;
  let offset = 0;
  for (let l = 1; l < line; l++) offset = src.text.indexOf("\n", offset) + 1;
  return { file: src.file, start: offset + column, end: offset + column };
}
