// The isolated Handlebars environment. `json` is the only value helper: it
// writes a JSON literal (valid YAML in any position a value may take) and
// remembers which view-model value it wrote, so a problem found later in the
// rendered manifest can point at the spec value that produced it.
import Handlebars from "handlebars";
import type { Location } from "../diagnostics/index.js";
import { originOf } from "./origins.js";

/** Private-use code points bracket each value token before it is expanded. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const TOKEN = /\uE000(\d+)\uE001/g;

export interface RenderedSpan {
  /** [start, end) of the JSON literal in the rendered text. */
  readonly start: number;
  readonly end: number;
  readonly origin: Location | undefined;
}

export interface RenderOutput {
  readonly text: string;
  readonly spans: RenderedSpan[];
}

export type CompiledTemplate = (context: object) => RenderOutput;

interface Slot {
  readonly literal: string;
  readonly origin: Location | undefined;
}

let active: Slot[] | undefined;

function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("json", function (this: unknown, value: unknown, options: Handlebars.HelperOptions & { ids?: string[] }) {
    if (!active) throw new Error("json helper used outside a render");
    if (value === undefined) throw new Error(`json: value "${options.ids?.[0] ?? "?"}" is undefined`);
    const literal = JSON.stringify(value);
    active.push({ literal, origin: originOf(this, options.ids?.[0], options.data as { root?: unknown } | undefined) });
    return `${OPEN}${active.length - 1}${CLOSE}`;
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
      if (/[\uE000\uE001]/.test(raw.replace(TOKEN, ""))) throw new Error("template text contains reserved private-use characters U+E000/U+E001");
      return expand(raw, slots);
    };
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function expand(raw: string, slots: readonly Slot[]): RenderOutput {
  const spans: RenderedSpan[] = [];
  let text = "";
  let last = 0;
  for (const m of raw.matchAll(TOKEN)) {
    text += raw.slice(last, m.index);
    const slot = slots[Number(m[1])];
    if (!slot) throw new Error("dangling value token");
    spans.push({ start: text.length, end: text.length + slot.literal.length, origin: slot.origin });
    text += slot.literal;
    last = (m.index ?? 0) + m[0].length;
  }
  text += raw.slice(last);
  return { text, spans };
}
