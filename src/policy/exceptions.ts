// Exceptions: a target excused from one rule of its policy until a date.
// An expired one no longer suppresses anything and is itself an error.
import { diag, type Diagnostic } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { globList } from "./glob.js";
import type { PolicyException, PolicyRule } from "./model.js";
import { builtinRule } from "./rules/index.js";

export interface ExceptionEntry {
  readonly target: string;
  readonly rule: string;
  readonly reason: string;
  readonly expires: string;
}

export interface ExceptionLoad {
  readonly doc: ParsedDocument;
  readonly policy: string;
  /** Today in UTC, YYYY-MM-DD. */
  readonly today: string;
  readonly out: Diagnostic[];
}

export function loadExceptions(entries: readonly ExceptionEntry[], rules: readonly PolicyRule[], load: ExceptionLoad): PolicyException[] {
  const { doc, out } = load;
  const result: PolicyException[] = [];
  entries.forEach((entry, i) => {
    const at = (...rest: string[]): JsonPath => ["spec", "exceptions", i, ...rest];
    const code = ruleCode(entry.rule, rules, load.policy);
    if (!code) {
      const own = rules.map((r) => (r.type === "builtin" ? `${r.code} (${r.rule.name})` : r.id)).join(", ");
      out.push(diag("POL003", { message: `exception names rule ${entry.rule}, which policy ${load.policy} does not have`, location: locate(doc, at("rule")), hint: own ? `Its rules: ${own}.` : undefined }));
      return;
    }
    if (!isCalendarDate(entry.expires)) {
      out.push(diag("POL001", { message: `expires ${JSON.stringify(entry.expires)} is not a calendar date (YYYY-MM-DD)`, location: locate(doc, at("expires")) }));
      return;
    }
    const matcher = globList([entry.target]);
    result.push({
      target: entry.target,
      matches: (t) => matcher(t),
      code,
      reason: entry.reason,
      expires: entry.expires,
      expired: entry.expires < load.today,
      at: locate(doc, at("target")),
      expiresAt: locate(doc, at("expires")),
    });
  });
  return result;
}

/** The code of the policy's rule an exception names: a built-in code or name, a custom id, or `<policy>/<id>`. */
function ruleCode(name: string, rules: readonly PolicyRule[], policy: string): string | undefined {
  const builtin = builtinRule(name);
  const wanted = builtin ? builtin.code : name.startsWith(`${policy}/`) ? name : `${policy}/${name}`;
  return rules.some((r) => r.code === wanted) ? wanted : undefined;
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
