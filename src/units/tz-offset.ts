// UTC offsets and their changes for an IANA zone, computed with Intl so the
// cron interval scan can look at daylight-saving transitions specifically.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let existing = formatters.get(timeZone);
  if (existing === undefined) {
    existing = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, existing);
  }
  return existing;
}

/** Minutes east of UTC in `timeZone` at instant `ms` (whole minutes: zones have no second offsets since 1972). */
export function offsetMinutes(timeZone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  const instant = Math.floor(ms / 60_000) * 60_000;
  return Math.round((wall - instant) / 60_000);
}

const WEEK = 7 * 24 * 3_600_000;
const MINUTE = 60_000;

/**
 * Instants (ms, to the minute) in [from, to) where the zone's offset changes.
 * Samples weekly, then bisects each changed week; assumes at most one change a
 * week, which holds for every zone in tzdata.
 */
export function offsetTransitions(timeZone: string, from: number, to: number): number[] {
  const transitions: number[] = [];
  let previous = offsetMinutes(timeZone, from);
  for (let start = from; start < to; start += WEEK) {
    const end = Math.min(start + WEEK, to);
    const next = offsetMinutes(timeZone, end);
    if (next !== previous) {
      let low = start;
      let high = end;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(timeZone, middle) === previous) low = middle;
        else high = middle;
      }
      transitions.push(high);
    }
    previous = next;
  }
  return transitions;
}
