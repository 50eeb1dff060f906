// Where a run spends its time, for `PIPEFORGE_TIMINGS=1`: the orchestrators (compile.ts,
// scope/scoped-compile.ts, the CLI) mark the end of each phase, and the CLI prints the marks to
// stderr when the command ends, as milliseconds since the process started. Off unless the variable
// is set: a mark is then one comparison. `npm run bench` prints them for the short commands.
const enabled = process.env.PIPEFORGE_TIMINGS === "1";
const marks: [label: string, at: number][] = [];

/** Records that the phase `label` ended now. */
export function mark(label: string): void {
  if (enabled) marks.push([label, performance.now()]);
}

export function timingsEnabled(): boolean {
  return enabled;
}

/** The marks so far, one line each: `timings: <ms since start> <ms since previous mark> <label>`. */
export function formatTimings(): string {
  let previous = 0;
  return marks
    .map(([label, at]) => {
      const line = `timings: ${at.toFixed(1).padStart(8)} ms ${`+${(at - previous).toFixed(1)}`.padStart(8)} ms  ${label}\n`;
      previous = at;
      return line;
    })
    .join("");
}
