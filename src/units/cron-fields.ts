import { fail } from "./result.js";

// The 5-field grammar of robfig/cron v3 (parser.go getField/getRange), which
// the Argo controller uses: each field is a comma list of `*` | `?` | n | n-m,
// each optionally /step, where `n/step` means n-max/step. Month and weekday
// names are case-insensitive. Expanded to value sets so callers can reason
// about run times without iterating a cron library.

export interface CronFields {
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>;
  // robfig marks a field as "star" when an item is `*` or `?` without a step
  // above 1; the day rule depends on it (see dayMatches).
  domStar: boolean;
  dowStar: boolean;
}

export type CronFieldsResult = { ok: true; fields: CronFields } | { ok: false; reason: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

// Day-of-week stops at 6: unlike Vixie cron (and cron-parser) there is no 7 for Sunday.
const SPECS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "day-of-week", min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
];

const FIELD_CHARS = /^[A-Za-z0-9*,/?-]+$/;

// Extensions cron-parser understands but robfig/cron does not.
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/L/i, "L (last day) is not supported by Argo's cron parser"],
  [/W/i, "W (nearest weekday) is not supported by Argo's cron parser"],
  [/#/, "# (nth weekday) is not supported by Argo's cron parser"],
  [/^H|[,-]H|H\(/i, "H (hashed value) is not supported by Argo's cron parser"],
];

interface ParsedField {
  values: Set<number>;
  star: boolean;
}

/** Expands five whitespace-separated fields; the caller has checked the field count. */
export function parseCronFields(fields: readonly string[]): CronFieldsResult {
  const parsed: ParsedField[] = [];
  for (const [index, spec] of SPECS.entries()) {
    const field = fields[index] ?? "";
    const result = parseField(field, spec);
    if (typeof result === "string") return fail(`${spec.name} "${field}": ${result}`);
    parsed.push(result);
  }
  const [minutes, hours, dom, months, dow] = parsed;
  if (minutes === undefined || hours === undefined || dom === undefined || months === undefined || dow === undefined) {
    return fail("expected 5 fields");
  }
  const sorted = (values: Set<number>): number[] => [...values].sort((a, b) => a - b);
  return {
    ok: true,
    fields: {
      minutes: sorted(minutes.values),
      hours: sorted(hours.values),
      daysOfMonth: dom.values,
      months: months.values,
      daysOfWeek: dow.values,
      domStar: dom.star,
      dowStar: dow.star,
    },
  };
}

/** robfig/cron dayMatches: if either day field is a star both must match, else either may. */
export function dayMatches(fields: CronFields, dayOfMonth: number, month: number, dayOfWeek: number): boolean {
  if (!fields.months.has(month)) return false;
  const dom = fields.daysOfMonth.has(dayOfMonth);
  const dow = fields.daysOfWeek.has(dayOfWeek);
  return fields.domStar || fields.dowStar ? dom && dow : dom || dow;
}

function parseField(field: string, spec: FieldSpec): ParsedField | string {
  for (const [pattern, reason] of UNSUPPORTED) {
    if (pattern.test(field) && !isNames(field, spec)) return reason;
  }
  if (!FIELD_CHARS.test(field)) return "has characters outside A-Z a-z 0-9 * , / ? -";
  const values = new Set<number>();
  let star = false;
  // robfig skips empty list items silently; we call them out.
  for (const item of field.split(",")) {
    if (item === "") return "has an empty list item";
    const range = parseRange(item, spec);
    if (typeof range === "string") return range;
    for (let value = range.start; value <= range.end; value += range.step) values.add(value);
    star ||= range.star;
  }
  return { values, star };
}

// Whether the field is built from names, where letters like L (jul) or W (wed) are fine.
function isNames(field: string, spec: FieldSpec): boolean {
  const names = spec.names;
  if (names === undefined) return false;
  return field
    .split(/[,/-]/)
    .every((part) => part === "*" || part === "?" || /^\d+$/.test(part) || names.includes(part.toLowerCase()));
}

function parseRange(item: string, spec: FieldSpec): { start: number; end: number; step: number; star: boolean } | string {
  const rangeAndStep = item.split("/");
  if (rangeAndStep.length > 2) return "too many slashes";
  const range = rangeAndStep[0] ?? "";
  const bounds = range.split("-");
  if (bounds.length > 2) return "too many hyphens";
  const isStar = range === "*" || range === "?";
  let start = spec.min;
  let end = spec.max;
  if (!isStar) {
    const low = valueOf(bounds[0] ?? "", spec);
    if (typeof low === "string") return low;
    const high = bounds.length === 2 ? valueOf(bounds[1] ?? "", spec) : low;
    if (typeof high === "string") return high;
    start = low;
    end = rangeAndStep.length === 2 && bounds.length === 1 ? spec.max : high;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const text = rangeAndStep[1] ?? "";
    if (!/^\d+$/.test(text)) return `step "${text}" is not a number`;
    step = Number(text);
    if (step === 0) return "step must be positive";
  }
  if (start < spec.min || end > spec.max) {
    const hint = spec.name === "day-of-week" && end === 7 ? " (use 0 for Sunday)" : "";
    return `value out of range ${spec.min}-${spec.max}${hint}`;
  }
  if (start > end) return `range ${start}-${end} runs backwards`;
  return { start, end, step, star: isStar && step === 1 };
}

function valueOf(text: string, spec: FieldSpec): number | string {
  const named = text === "" ? -1 : (spec.names?.indexOf(text.toLowerCase()) ?? -1);
  if (named >= 0) return named;
  if (!/^\d+$/.test(text)) return `"${text}" is not a number${spec.names === undefined ? "" : " or a name"}`;
  return Number(text);
}
