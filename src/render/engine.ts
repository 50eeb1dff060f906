// The isolated Handlebars environment. `json` is the only value helper. It
// writes a token in place of the value and keeps the value aside: the YAML
// parser only ever sees the template's own text (the skeleton), and values
// are put into the parsed structure as data afterwards (documents.ts). So a
// spec value can never become YAML structure, and each value remembers the
// spec location it came from.
import Handlebars from "handlebars";
import type { Location } from "../diagnostics/index.js";
import { originOf } from "./origins.js";

/** Private-use code points bracket each value token: a plain YAML scalar no template text contains. */
export const TOKEN_OPEN = "\uE000";
export const TOKEN_CLOSE = "\uE001";

export interface Slot {
  readonly value: unknown;
  readonly origin: Location | undefined;
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

export class TemplateEngine {
  private readonly hb = createEnvironment();

  registerPartial(name: string, text: string): void {
    this.hb.registerPartial(name, text);
  }

  compile(text: string): CompiledTemplate {
    const template = this.hb.compile(text, {
      noEscape: true,
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: { json: true, each: true, if: true, unless: true, with: true },
      trackIds: true,
      preventIndent: false,
    } as CompileOptions);
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
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
