// PFR013: schedules do not run more often than the environment allows.
import { minIntervalSeconds, parseDuration } from "../../units/index.js";
import { schedulesOf } from "../facets/workflows.js";
import { defineRule, type Violation } from "../types.js";

type Params = { readonly minInterval: string };

export const PFR013 = defineRule<Params>({
  code: "PFR013",
  name: "schedule-interval",
  severity: "error",
  summary: "Schedule runs more often than the minimum interval",
  help: "Space the schedule's runs at least minInterval apart (its closest two runs count, daylight-saving changes included), or trigger the pipeline from its upstream instead of polling.",
  why: "Very frequent cron runs pile up workflows, pods and Spark drivers; in production they are almost always polling that a trigger does better.",
  examples: { pass: "# parameters: {minInterval: 1h}\nspec:\n  schedule: \"0 * * * *\"", fail: "# parameters: {minInterval: 1h}\nspec:\n  schedule: \"*/5 * * * *\"" },
  parameters: { type: "object", additionalProperties: false, properties: { minInterval: { type: "string", minLength: 1, description: "Shortest allowed gap between two runs, a duration such as 15m or 1h." } } },
  defaults: { minInterval: "5m" },
  checkParameters(params) {
    const d = parseDuration(params.minInterval);
    return d.ok ? [] : [{ parameter: "minInterval", problem: d.reason }];
  },
  check(subject, params) {
    const d = parseDuration(params.minInterval);
    if (!d.ok) return [];
    const out: Violation[] = [];
    for (const s of schedulesOf(subject)) {
      for (const { expr, at } of s.schedules) {
        const gap = minIntervalSeconds(expr, s.timezone);
        if (gap === undefined || gap >= d.seconds) continue; // invalid schedules are SEM008's
        out.push({ message: `${s.label}: schedule ${JSON.stringify(expr)} runs ${formatSeconds(gap)} apart at its closest, under the minimum of ${params.minInterval}`, location: at });
      }
    }
    return out;
  },
});

export function formatSeconds(total: number): string {
  const units: [string, number][] = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
  let rest = Math.round(total);
  let out = "";
  for (const [u, n] of units) {
    if (rest >= n) {
      out += `${Math.floor(rest / n)}${u}`;
      rest %= n;
    }
  }
  return out || "0s";
}
