// The isolated Handlebars environment. `json` is the only value helper. It
// writes a token in place of the value and keeps the value aside: the YAML
// parser only ever sees the template's own text (the skeleton), and values
// are put into the parsed structure as data afterwards (documents.ts). So a
// spec value can never become YAML structure, and each value remembers the
// spec location it came from.
import Handlebars from "handlebars";
import { originOf, type Origin } from "./origins.js";

/** Private-use code points bracket each value token: a plain YAML scalar no template text contains. */
export const TOKEN_OPEN = "\uE000";
export const TOKEN_CLOSE = "\uE001";

export interface Slot {
  readonly value: unknown;
  readonly origin: Origin | undefined;
}

export interface RenderOutput {
  /** The rendered template text with a token where each value goes. */
  readonly skeleton: string;
  /** Token N's value and origin. */
  readonly slots: readonly Slot[];
}

export type CompiledTemplate = (context: object) => RenderOutput;

let active: Slot[] | undefined;

function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("json", function (this: unknown, value: unknown, options: Handlebars.HelperOptions & { ids?: string[] }) {
    if (!active) throw new Error("json helper used outside a render");
    if (value === undefined) throw new Error(`json: value "${options.ids?.[0] ?? "?"}" is undefined`);
    active.push({ value, origin: originOf(this, options.ids?.[0], options.data as { root?: unknown } | undefined) });
    return `${TOKEN_OPEN}${active.length - 1}${TOKEN_CLOSE}`;
  });
  return hb;
}

/**
 * How every template is compiled, at run time (TemplateEngine.compile) and at build time
 * (precompiled/generate.ts): the precompiled code is only used while these are unchanged.
 */
export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { json: true, each: true, if: true, unless: true, with: true },
  trackIds: true,
  preventIndent: false,
} as const;

/** Handlebars' precompiled form of a template (Handlebars.precompile's object, evaluated). */
export type TemplateSpec = Parameters<typeof Handlebars.template>[0];

export class TemplateEngine {
  private readonly hb = createEnvironment();

  /** Partials are registered compiled (never as text, which Handlebars would compile with the caller's options, and a precompiled caller has none). */
  registerPartial(name: string, template: { readonly text: string } | { readonly spec: TemplateSpec }): void {
    this.hb.registerPartial(name, "spec" in template ? this.hb.template(template.spec) : this.hb.compile(template.text, compileOptions()));
  }

  compile(text: string): CompiledTemplate {
    return withSlots(this.hb.compile(text, compileOptions()));
  }

  /** A template precompiled at build time with COMPILE_OPTIONS. */
  fromSpec(spec: TemplateSpec): CompiledTemplate {
    return withSlots(this.hb.template(spec));
  }
}

/** COMPILE_OPTIONS, a fresh copy each time: Handlebars writes into the options it is given. */
export const compileOptions = () => structuredClone(COMPILE_OPTIONS) as unknown as CompileOptions;

function withSlots(template: HandlebarsTemplateDelegate): CompiledTemplate {
  return (context) => {
    const slots: Slot[] = [];
    const previous = active;
    active = slots;
    let raw: string;
    try {
      raw = template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } finally {
      active = previous;
    }
    return { skeleton: raw, slots };
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
