// Machine output: the labels, the counts and every group with its changes.
import type { DiffFormatter } from "./report.js";

export const formatDiffJson: DiffFormatter = ({ diff, base, head }) => JSON.stringify({ base, head, summary: diff.summary, groups: diff.groups }, null, 2) + "\n";
