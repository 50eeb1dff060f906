import type { CronFields } from "./cron-fields.js";
import { dayMatches, parseCronFields } from "./cron-fields.js";
import { CRON_MACROS, checkCron } from "./cron.js";
import { parseDuration } from "./duration.js";
import { checkTimeZone } from "./timezone.js";
import { offsetMinutes, offsetTransitions } from "./tz-offset.js";

const MINUTE = 60_000;
const DAY = 86_400_000;
// A fixed window keeps the answer independent of the clock. Eight years hold
// two leap days, so a Feb-29 schedule still has a gap; DST rules are taken from
// the first year, which stands for every year.
const WINDOW_START = Date.UTC(2025, 0, 1);
const WINDOW_END = Date.UTC(2033, 0, 1);
const DST_YEAR_END = Date.UTC(2026, 0, 1);

/**
 * The smallest gap, in seconds, between consecutive runs of a valid schedule in
 * `timezone` ("" means UTC), or undefined if the schedule or zone is invalid or
 * the schedule fires fewer than twice in the window.
 *
 * Computed from the expanded fields rather than by iterating a cron library:
 * the smallest gap within a day, and across the closest pair of run days, in
 * wall-clock time; then the real elapsed gaps around each daylight-saving
 * change, where `@daily` in Europe/Paris has a 23-hour gap (82800) and
 * `0 1,3 * * *` in America/New_York a one-hour one. Around those changes it
 * follows robfig/cron's documented behaviour: runs in the skipped hour do not
 * happen; runs in the repeated hour are assumed to happen once.
 */
export function minIntervalSeconds(expr: string, timezone: string): number | undefined {
  const check = checkCron(expr);
  if (!check.ok) return undefined;
  if (check.kind === "every") return everySeconds(expr);
  const tz = timezone === "" ? "UTC" : timezone;
  if (!checkTimeZone(tz).ok) return undefined;
  const parsed = parseCronFields((CRON_MACROS.get(expr) ?? expr).split(/\s+/));
  if (!parsed.ok) return undefined;

  const { hours, minutes } = parsed.fields;
  // Minutes after local midnight, ascending because both lists are.
  const times = hours.flatMap((hour) => minutes.map((minute) => hour * 60 + minute));
  const days = runDays(parsed.fields);
  let best = wallClockGap(times, days);
  for (const transition of offsetTransitions(tz, WINDOW_START, DST_YEAR_END)) {
    const gap = gapAcross(transition, tz, times, days);
    if (gap !== undefined && (best === undefined || gap < best)) best = gap;
  }
  return best === undefined ? undefined : best / 1000;
}

// Local dates (days since the epoch) in the window on which the schedule runs.
function runDays(fields: CronFields): number[] {
  const days: number[] = [];
  for (let ms = WINDOW_START; ms < WINDOW_END; ms += DAY) {
    const date = new Date(ms);
    if (dayMatches(fields, date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCDay())) days.push(ms / DAY);
  }
  return days;
}

function smallestStep(values: readonly number[]): number | undefined {
  let best: number | undefined;
  for (let i = 1; i < values.length; i++) {
    const step = (values[i] ?? 0) - (values[i - 1] ?? 0);
    if (best === undefined || step < best) best = step;
  }
  return best;
}

// In ms, as if every day had 24 hours.
function wallClockGap(times: readonly number[], days: readonly number[]): number | undefined {
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined || days.length === 0) return undefined;
  const withinDay = smallestStep(times);
  const dayStep = smallestStep(days);
  const acrossDays = dayStep === undefined ? undefined : dayStep * DAY - (last - first) * MINUTE;
  const gaps = [withinDay === undefined ? undefined : withinDay * MINUTE, acrossDays].filter(
    (gap): gap is number => gap !== undefined,
  );
  return gaps.length === 0 ? undefined : Math.min(...gaps);
}

// Real elapsed gaps (ms) between the runs around one offset change: the last
// run before the day ahead of it, every run of the three days around it, and
// the first run after.
function gapAcross(transition: number, tz: string, times: readonly number[], days: readonly number[]): number | undefined {
  const before = offsetMinutes(tz, transition - MINUTE) * MINUTE;
  const after = offsetMinutes(tz, transition) * MINUTE;
  const localDay = Math.floor((transition + before) / DAY);
  // Wall-clock readings that are skipped (spring forward) or repeated (fall back).
  const oddFrom = transition + Math.min(before, after);
  const oddTo = transition + Math.max(before, after);

  const near = days.filter((day) => day >= localDay - 1 && day <= localDay + 1);
  const previous = days.filter((day) => day < localDay - 1).at(-1);
  const next = days.find((day) => day > localDay + 1);
  const lastTime = times[times.length - 1];
  const firstTime = times[0];
  if (lastTime === undefined || firstTime === undefined) return undefined;

  const instants: number[] = [];
  if (previous !== undefined) instants.push(farInstant(previous * DAY + lastTime * MINUTE, tz));
  for (const day of near) {
    for (const time of times) {
      const wall = day * DAY + time * MINUTE;
      if (wall < oddFrom) instants.push(wall - before);
      else if (wall >= oddTo) instants.push(wall - after);
      else if (after < before) instants.push(wall - before); // repeated hour: first occurrence
      // else: skipped hour, robfig/cron does not run it
    }
  }
  if (next !== undefined) instants.push(farInstant(next * DAY + firstTime * MINUTE, tz));
  return smallestStep(instants.sort((a, b) => a - b));
}

// Away from the transition being examined the offset is unambiguous; one
// correction step finds it even if another change happened in between.
function farInstant(wall: number, tz: string): number {
  const guess = wall - offsetMinutes(tz, wall) * MINUTE;
  return wall - offsetMinutes(tz, guess) * MINUTE;
}

// robfig/cron's Every(): at least one second, rounded down to whole seconds.
function everySeconds(expr: string): number | undefined {
  const parsed = parseDuration(expr.replace(/^@every\s+/, ""));
  return parsed.ok ? Math.max(1, Math.floor(parsed.seconds)) : undefined;
}
