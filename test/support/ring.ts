// A trigger cycle through six teams of one environment (minimal.ts's repository plus
// dev/bu/a … f): a/p after b/q after c/r after d/s after e/t after f/u after a/p. Focused on
// any one team, or on the teams a change to one of them affects, some are not loaded directly.
import { stringify } from "yaml";
import { minimalRepo } from "./minimal.js";

export const RING: readonly (readonly [team: string, pipeline: string, after: string])[] = [
  ["a", "p", "b/q"],
  ["b", "q", "c/r"],
  ["c", "r", "d/s"],
  ["d", "s", "e/t"],
  ["e", "t", "f/u"],
  ["f", "u", "a/p"],
];

export const ringFile = (team: string, pipeline: string) => `environments/dev/bu/${team}/${pipeline}.yaml`;

/** Where a ring pipeline's `after:` value is (line:column), as ringPipeline writes it. */
export const RING_AFTER_AT = "7:14";

export function ringPipeline(name: string, after?: string): string {
  const spec = { ...(after ? { triggers: [{ after }] } : { schedule: "0 3 * * *" }), tasks: [{ name: "t", container: { image: "alpine:3.20" } }] };
  return stringify({ apiVersion: "pipeforge.io/v1alpha1", kind: "Pipeline", metadata: { name }, spec });
}

export function ringRepo(): Record<string, string | Uint8Array> {
  const team = stringify({ apiVersion: "pipeforge.io/v1alpha1", kind: "Team", spec: { owners: ["t@example.com"] } });
  return minimalRepo({ extra: Object.fromEntries(RING.flatMap(([t, name, after]) => [[`environments/dev/bu/${t}/team.yaml`, team], [ringFile(t, name), ringPipeline(name, after)]])) });
}
