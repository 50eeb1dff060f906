import { CronExpressionParser } from "cron-parser";
import { parseCronFields } from "./cron-fields.js";
import { parseDuration } from "./duration.js";
import { fail } from "./result.js";

export type CronKind = "fields" | "macro" | "every";
export type CronCheck = { ok: true; fields: 5; kind: CronKind } | { ok: false; reason: string };

// The pattern Argo Workflows v4 puts on CronWorkflow `spec.schedules[]` items.
// Anything it rejects never reaches the controller, so we check it first.
export const ARGO_SCHEDULE_PATTERN =
  /^(@(yearly|annually|monthly|weekly|daily|midnight|hourly)|@every\s+([0-9]+(ns|us|µs|ms|s|m|h))+|([A-Za-z0-9*,/?-]+\s+){4}[A-Za-z0-9*,/?-]+)$/;

// robfig/cron v3 descriptors (parser.go parseDescriptor) as 5-field equivalents.
export const CRON_MACROS: ReadonlyMap<string, string> = new Map([
  ["@yearly", "0 0 1 1 *"],
  ["@annually", "0 0 1 1 *"],
  ["@monthly", "0 0 1 * *"],
  ["@weekly", "0 0 * * 0"],
  ["@daily", "0 0 * * *"],
  ["@midnight", "0 0 * * *"],
  ["@hourly", "0 * * * *"],
]);

const EVERY = /^@every\s+(.*)$/s;

/**
 * Validates one Argo CronWorkflow schedule: exactly 5 fields, a descriptor or
 * `@every <go duration>`, with the value rules of robfig/cron, which the
 * controller uses (see cron-fields.ts); then cron-parser as a second opinion
 * that also catches dates that never occur, such as `0 0 31 2 *`.
 */
export function checkCron(expr: string): CronCheck {
  if (expr.trim() === "") return fail("empty schedule");
  if (expr.trim() !== expr) return fail("schedule must not have leading or trailing whitespace");
  if (/^(CRON_TZ|TZ)=/.test(expr)) {
    return fail("CRON_TZ=/TZ= prefixes are not allowed in Argo schedules; put the zone in `timezone`");
  }
  if (expr.startsWith("@")) return checkDescriptor(expr);

  const fields = expr.split(/\s+/);
  if (fields.length === 6 || fields.length === 7) {
    return fail(`${fields.length} fields given; Argo schedules take exactly 5 (no seconds or year field)`);
  }
  if (fields.length !== 5) return fail(`expected 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`);

  const parsed = parseCronFields(fields);
  if (!parsed.ok) return parsed;
  if (!ARGO_SCHEDULE_PATTERN.test(expr)) return fail("schedule does not match Argo's schedule pattern");
  const library = libraryAgrees(fields) ? undefined : libraryCheck(expr);
  return library ?? { ok: true, fields: 5, kind: "fields" };
}

/**
 * Whether cron-parser's verdict on an expression our rules accept is already known: it differs
 * only on lists (cron-parser refuses a value a list names twice, as in `*,8`; robfig does not)
 * and on days no chosen month has (`31 2`). So an expression without a list, whose day-of-month
 * or month field is `*` or `?`, passes it too (test/units/cron.test.ts checks this on random
 * expressions). Skipping the call matters: the library's first date loads ICU's locale data,
 * about 20 ms of a one-team generate.
 */
function libraryAgrees(fields: readonly string[]): boolean {
  if (fields.some((field) => field.includes(","))) return false;
  const [, , dayOfMonth, month] = fields;
  return dayOfMonth === "*" || dayOfMonth === "?" || month === "*" || month === "?";
}

function checkDescriptor(expr: string): CronCheck {
  if (CRON_MACROS.has(expr)) return { ok: true, fields: 5, kind: "macro" };
  const every = EVERY.exec(expr);
  if (every === null) {
    return fail(`unknown descriptor "${expr.split(/\s/)[0] ?? expr}"; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every`);
  }
  const duration = every[1] ?? "";
  if (/\d+d/.test(duration)) return fail("@every takes Go durations, which have no days; use hours (24h)");
  if (duration.includes(".")) return fail("@every durations must be whole numbers in Argo's pattern; use 1h30m rather than 1.5h");
  const parsed = parseDuration(duration);
  if (!parsed.ok) return fail(`@every: ${parsed.reason}`);
  if (!ARGO_SCHEDULE_PATTERN.test(expr)) return fail("@every duration does not match Argo's schedule pattern");
  return { ok: true, fields: 5, kind: "every" };
}

// The library builds dates in a time zone for every check; a repository repeats a few schedules
// thousands of times, so each expression is checked once per process.
const libraryChecked = new Map<string, CronCheck | undefined>();
const LIBRARY_CHECKED_LIMIT = 10_000;

function libraryCheck(expr: string): CronCheck | undefined {
  if (libraryChecked.has(expr)) return libraryChecked.get(expr);
  if (libraryChecked.size >= LIBRARY_CHECKED_LIMIT) libraryChecked.clear();
  const checked = checkWithLibrary(expr);
  libraryChecked.set(expr, checked);
  return checked;
}

function checkWithLibrary(expr: string): CronCheck | undefined {
  try {
    CronExpressionParser.parse(expr, { currentDate: new Date(Date.UTC(2025, 0, 1)), tz: "UTC" });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`cron-parser: ${message}`);
  }
}
