// What a diff format receives. Each format is one pure function in the
// registry of formats.ts, like the finding formats of src/report.
import type { ManifestDiff } from "../manifest-diff.js";

export interface DiffReport {
  readonly diff: ManifestDiff;
  /** Labels of the two sides, e.g. `main (merge base 1a2b3c4d5e6f)` and `working tree`. */
  readonly base: string;
  readonly head: string;
}

export type DiffFormatter = (report: DiffReport) => string;

export function summaryText(diff: ManifestDiff): string {
  const { added, removed, changed } = diff.summary;
  return `${added} added, ${removed} removed, ${changed} changed`;
}
