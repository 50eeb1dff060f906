// Terminal output: one block per environment/team, `+` added, `-` removed,
// `~` changed followed by its unified diff.
import { groupTitle, resourceTitle } from "../manifest-diff.js";
import { summaryText, type DiffFormatter } from "./report.js";

const MARK = { added: "+", removed: "-", changed: "~" } as const;

export const formatDiffText: DiffFormatter = ({ diff, base, head }) => {
  const lines = [`pipeforge diff: ${base} → ${head}`, summaryText(diff)];
  if (diff.groups.length === 0) lines.push("", "No rendered manifest changes.");
  for (const g of diff.groups) {
    lines.push("", `${groupTitle(g)}:`);
    for (const c of g.changes) {
      lines.push(`  ${MARK[c.change]} ${resourceTitle(c)} (${c.path})`);
      if (c.patch) lines.push(...c.patch.replace(/\n$/, "").split("\n").map((l) => `    ${l}`));
    }
  }
  return lines.join("\n") + "\n";
};
