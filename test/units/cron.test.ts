import { CronExpressionParser } from "cron-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCron, minIntervalSeconds } from "../../src/units/index.js";
import { configureProperties, seeded } from "../property/seed.js";

configureProperties(3000);

describe("checkCron", () => {
  it.each([
    { name: "every minute", expr: "* * * * *", kind: "fields" },
    { name: "daily at 02:30", expr: "30 2 * * *", kind: "fields" },
    { name: "step", expr: "*/15 * * * *", kind: "fields" },
    { name: "start/step", expr: "5/15 * * * *", kind: "fields" },
    { name: "range with step", expr: "0 9-17/2 * * *", kind: "fields" },
    { name: "list", expr: "0 0,12 * * *", kind: "fields" },
    { name: "weekday names", expr: "0 9 * * MON-FRI", kind: "fields" },
    { name: "lower-case names", expr: "0 9 * jan,jul sun", kind: "fields" },
    { name: "question mark", expr: "0 0 ? * 1", kind: "fields" },
    { name: "Sunday as 0", expr: "0 0 * * 0", kind: "fields" },
    { name: "tabs and double spaces", expr: "0\t0  * * *", kind: "fields" },
    { name: "leap day", expr: "0 0 29 2 *", kind: "fields" },
    { name: "@daily", expr: "@daily", kind: "macro" },
    { name: "@midnight", expr: "@midnight", kind: "macro" },
    { name: "@annually", expr: "@annually", kind: "macro" },
    { name: "@hourly", expr: "@hourly", kind: "macro" },
    { name: "@every minutes", expr: "@every 5m", kind: "every" },
    { name: "@every compound", expr: "@every 1h30m", kind: "every" },
    { name: "@every milliseconds", expr: "@every 500ms", kind: "every" },
  ])("accepts $name: $expr", ({ expr, kind }) => {
    expect(checkCron(expr)).toEqual({ ok: true, fields: 5, kind });
  });

  it.each([
    { name: "empty", expr: "" },
    { name: "blank", expr: "   " },
    { name: "leading space", expr: " 0 0 * * *" },
    { name: "trailing space", expr: "0 0 * * * " },
    { name: "hour 25", expr: "0 25 * * *" },
    { name: "minute 60", expr: "60 * * * *" },
    { name: "day-of-month 0", expr: "0 0 0 * *" },
    { name: "month 13", expr: "0 0 1 13 *" },
    { name: "day-of-week 7 (robfig stops at 6)", expr: "0 0 * * 7" },
    { name: "day-of-week range to 7", expr: "0 0 * * 1-7" },
    { name: "backwards range", expr: "0 5-1 * * *" },
    { name: "zero step", expr: "*/0 * * * *" },
    { name: "non-numeric step", expr: "*/x * * * *" },
    { name: "too many slashes", expr: "1/2/3 * * * *" },
    { name: "too many hyphens", expr: "1-2-3 * * * *" },
    { name: "empty list item", expr: "1,,2 * * * *" },
    { name: "name in a numeric field", expr: "mon * * * *" },
    { name: "unknown day name", expr: "0 0 * * monday" },
    { name: "L is unsupported", expr: "0 0 L * *" },
    { name: "W is unsupported", expr: "0 0 15W * *" },
    { name: "# is unsupported", expr: "0 0 * * 1#1" },
    { name: "H is unsupported", expr: "H * * * *" },
    { name: "never fires (Feb 31)", expr: "0 0 31 2 *" },
    { name: "four fields", expr: "0 0 * *" },
    { name: "six fields (seconds)", expr: "0 0 0 * * *" },
    { name: "seven fields (year)", expr: "0 0 0 * * * 2025" },
    { name: "CRON_TZ prefix", expr: "CRON_TZ=Europe/Paris 0 0 * * *" },
    { name: "TZ prefix", expr: "TZ=UTC 0 0 * * *" },
    { name: "unknown macro", expr: "@reboot" },
    { name: "cron-parser only macro", expr: "@weekdays" },
    { name: "capitalised macro", expr: "@Daily" },
    { name: "@every days", expr: "@every 1d" },
    { name: "@every fraction", expr: "@every 1.5h" },
    { name: "@every without unit", expr: "@every 5" },
    { name: "@every nothing", expr: "@every" },
    { name: "plus sign in a field", expr: "+5 * * * *" },
  ])("rejects $name: '$expr'", ({ expr }) => {
    const result = checkCron(expr);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe("");
  });

  it.each([
    { name: "6 fields", expr: "0 0 0 * * *", mentions: "5" },
    { name: "CRON_TZ", expr: "CRON_TZ=UTC 0 0 * * *", mentions: "timezone" },
  ])("explains $name", ({ expr, mentions }) => {
    const result = checkCron(expr);
    expect(result.ok ? "" : result.reason).toContain(mentions);
  });
});

describe("minIntervalSeconds", () => {
  it.each([
    { name: "every minute", expr: "* * * * *", tz: "UTC", seconds: 60 },
    { name: "every 15 minutes", expr: "*/15 * * * *", tz: "UTC", seconds: 900 },
    { name: "uneven list", expr: "0,50 * * * *", tz: "UTC", seconds: 600 },
    { name: "start/step wraps at the hour", expr: "5/20 * * * *", tz: "UTC", seconds: 1200 },
    { name: "hourly", expr: "@hourly", tz: "UTC", seconds: 3600 },
    { name: "daily in UTC", expr: "@daily", tz: "UTC", seconds: 86400 },
    { name: "daily in a DST zone (23-hour day)", expr: "@daily", tz: "Europe/Paris", seconds: 82800 },
    { name: "empty zone means UTC", expr: "@daily", tz: "", seconds: 86400 },
    { name: "DST shrinks a two-hour pair", expr: "0 1,3 * * *", tz: "America/New_York", seconds: 3600 },
    { name: "same pair in UTC", expr: "0 1,3 * * *", tz: "UTC", seconds: 7200 },
    { name: "weekly", expr: "@weekly", tz: "UTC", seconds: 7 * 86400 },
    { name: "weekdays at nine: one day apart", expr: "0 9 * * 1-5", tz: "UTC", seconds: 86400 },
    { name: "monthly: February is shortest", expr: "@monthly", tz: "UTC", seconds: 28 * 86400 },
    { name: "yearly", expr: "@yearly", tz: "UTC", seconds: 365 * 86400 },
    { name: "leap day only", expr: "0 0 29 2 *", tz: "UTC", seconds: (4 * 365 + 1) * 86400 },
    { name: "DST shortens a weekly gap", expr: "@weekly", tz: "America/New_York", seconds: 7 * 86400 - 3600 },
    { name: "skipped 02:30 run leaves 24h as the smallest gap", expr: "30 2 * * *", tz: "America/New_York", seconds: 86400 },
    { name: "southern hemisphere DST", expr: "@daily", tz: "Australia/Sydney", seconds: 82800 },
    { name: "zone without DST", expr: "@daily", tz: "Asia/Tokyo", seconds: 86400 },
    { name: "dense schedule in a DST zone", expr: "*/2 * * * *", tz: "America/New_York", seconds: 120 },
    { name: "last minute of one day to first of the next", expr: "0,59 0,23 * * *", tz: "UTC", seconds: 60 },
    { name: "day-of-month OR day-of-week (robfig)", expr: "0 0 1 * 1", tz: "UTC", seconds: 86400 },
    { name: "@every minutes", expr: "@every 5m", tz: "UTC", seconds: 300 },
    { name: "@every compound", expr: "@every 1h30m", tz: "Europe/Paris", seconds: 5400 },
    { name: "@every below a second rounds up to 1", expr: "@every 500ms", tz: "UTC", seconds: 1 },
  ])("$name: $expr in '$tz' → $seconds", ({ expr, tz, seconds }) => {
    expect(minIntervalSeconds(expr, tz)).toBe(seconds);
  });

  it.each([
    { name: "invalid schedule", expr: "0 25 * * *", tz: "UTC" },
    { name: "invalid zone", expr: "@daily", tz: "Mars/Olympus" },
    { name: "lower-case zone Go would not load", expr: "@daily", tz: "europe/paris" },
  ])("is undefined for $name", ({ expr, tz }) => {
    expect(minIntervalSeconds(expr, tz)).toBeUndefined();
  });

  it("does not depend on the current time", () => {
    const first = minIntervalSeconds("0 1,3 * * *", "America/New_York");
    expect(minIntervalSeconds("0 1,3 * * *", "America/New_York")).toBe(first);
  });

  it("stays fast for dense schedules in DST zones", () => {
    const started = performance.now();
    minIntervalSeconds("*/2 * * * *", "America/New_York");
    minIntervalSeconds("7 */3 * * *", "Australia/Sydney");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

// checkCron asks cron-parser only where its verdict can differ from robfig's rules (cron.ts
// libraryAgrees): lists, and a day-of-month with named months. Elsewhere it must agree.
describe(seeded("cron-parser beside robfig's rules"), () => {
  const item = (max: number, names: readonly string[]) => {
    const value = fc.oneof(fc.integer({ min: 0, max: max + 3 }).map(String), ...(names.length ? [fc.constantFrom(...names)] : []));
    const step = fc.integer({ min: 0, max: max + 3 });
    return fc.oneof(
      fc.constantFrom("*", "?"),
      value,
      step.map((s) => `*/${s}`),
      fc.tuple(value, value).map(([a, b]) => `${a}-${b}`),
      fc.tuple(value, value, step).map(([a, b, s]) => `${a}-${b}/${s}`),
      fc.tuple(value, step).map(([a, s]) => `${a}/${s}`),
    );
  };
  const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "jan", "Feb"];
  const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "sun", "Sat"];
  const unrestricted = fc.constantFrom("*", "?");
  const expression = fc.tuple(item(59, []), item(23, []), fc.oneof(item(31, []), unrestricted), fc.oneof(item(12, MONTHS), unrestricted), item(6, DAYS), fc.boolean());
  const library = (expr: string) => {
    try {
      CronExpressionParser.parse(expr, { currentDate: new Date(Date.UTC(2025, 0, 1)), tz: "UTC" });
      return true;
    } catch {
      return false;
    }
  };

  it("accepts every list-free expression robfig accepts whose day-of-month or month is * or ?", () => {
    fc.assert(
      fc.property(expression, ([minute, hour, dom, month, dow, domFree]) => {
        const fields = [minute, hour, domFree ? "*" : dom, domFree ? month : "*", dow];
        const expr = fields.join(" ");
        if (checkCron(expr).ok) expect(library(expr), expr).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["*,8 * * * *", "a value a list names twice"],
    ["0 9,9 * * *", "a value a list names twice"],
    ["0 0 31 2 *", "a day no chosen month has"],
    ["0 0 31 APR,JUN *", "a day no chosen month has"],
  ])("still asks it where it differs: %s (%s)", (expr) => {
    expect(library(expr)).toBe(false);
    expect(checkCron(expr)).toMatchObject({ ok: false, reason: expect.stringMatching(/^cron-parser: /) });
  });
});
