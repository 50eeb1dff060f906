import { CronExpressionParser } from "cron-parser";
import type { CronExpression } from "cron-parser";
import { CRON_MACROS, checkCron } from "./cron.js";
import { parseDuration } from "./duration.js";
import { checkTimeZone } from "./timezone.js";
import { offsetTransitions } from "./tz-offset.js";

// A fixed window keeps the answer independent of the clock. Eight years holds
// two leap days, so a Feb-29 schedule still shows a gap.
const WINDOW_START = Date.UTC(2025, 0, 1);
const WINDOW_END = Date.UTC(2033, 0, 2);
// Runs scanned from the window start. Dense schedules show their smallest
// regular gap within the first day; sparse ones reach far into the window.
const MAX_RUNS = 1000;
// Runs scanned around each daylight-saving change of the first year, where
// real gaps shrink (a 01:00 and 03:00 pair is one hour apart on spring-forward day).
const RUNS_AROUND_TRANSITION = 50;
const TRANSITION_SPAN = 26 * 3_600_000;
// Nothing in a 5-field schedule fires more often than once a minute.
const FLOOR_SECONDS = 60;

/**
 * The smallest gap, in seconds, between consecutive runs of a valid schedule in
 * `timezone` ("" means UTC), or undefined if the schedule or zone is invalid or
 * fires fewer than twice in the window. Gaps are real elapsed time, so DST
 * shows: `@daily` in Europe/Paris gives 82800 (the 23-hour spring-forward day).
 * Run times come from cron-parser, which approximates the controller's
 * robfig/cron around DST changes.
 */
export function minIntervalSeconds(expr: string, timezone: string): number | undefined {
  const check = checkCron(expr);
  if (!check.ok) return undefined;
  if (check.kind === "every") return everySeconds(expr);

  const tz = timezone === "" ? "UTC" : timezone;
  if (!checkTimeZone(tz).ok) return undefined;
  const fields = CRON_MACROS.get(expr) ?? expr;
  try {
    return scan(fields, tz);
  } catch {
    // checkCron already ran cron-parser on this schedule; a failure here is a
    // library edge case, reported as "unknown" rather than thrown at the caller.
    return undefined;
  }
}

function scan(fields: string, tz: string): number | undefined {
  let best = smallestGap(iterate(fields, tz, WINDOW_START), MAX_RUNS, WINDOW_END);
  for (const transition of offsetTransitions(tz, WINDOW_START, Date.UTC(2026, 0, 1))) {
    if (best !== undefined && best <= FLOOR_SECONDS) break;
    const before = iterate(fields, tz, transition).prev().getTime();
    const around = smallestGap(iterate(fields, tz, before - 1000), RUNS_AROUND_TRANSITION, transition + TRANSITION_SPAN);
    if (around !== undefined && (best === undefined || around < best)) best = around;
  }
  return best;
}

function iterate(fields: string, tz: string, fromMs: number): CronExpression {
  return CronExpressionParser.parse(fields, { currentDate: new Date(fromMs), tz });
}

function smallestGap(runs: CronExpression, maxRuns: number, untilMs: number): number | undefined {
  let best: number | undefined;
  let previous: number | undefined;
  for (let i = 0; i < maxRuns; i++) {
    const at = runs.next().getTime();
    if (previous !== undefined) {
      const gap = (at - previous) / 1000;
      if (best === undefined || gap < best) best = gap;
      if (best <= FLOOR_SECONDS) break;
    }
    if (at > untilMs) break;
    previous = at;
  }
  return best;
}

// robfig/cron's Every(): at least one second, rounded down to whole seconds.
function everySeconds(expr: string): number | undefined {
  const parsed = parseDuration(expr.replace(/^@every\s+/, ""));
  return parsed.ok ? Math.max(1, Math.floor(parsed.seconds)) : undefined;
}
