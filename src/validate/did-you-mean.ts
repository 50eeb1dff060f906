// "unknown field "lables" (did you mean "labels"?)": the suggestion is the allowed name closest
// to the typo, by Damerau–Levenshtein distance (a transposition counts as one edit), ignoring
// case, or one that the typo is a prefix of ("schedule" → "schedules") or that prefixes it.

export function suggestName(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    if (name === word) continue;
    const candidate = name.toLowerCase();
    const distance = editDistance(lower, candidate);
    const prefix = Math.min(lower.length, candidate.length) >= 3 && (candidate.startsWith(lower) || lower.startsWith(candidate));
    // Short words are one edit away from many unrelated ones: allow fewer edits there.
    const allowed = lower.length >= 5 ? 2 : lower.length >= 3 ? 1 : 0;
    if (distance > allowed && !prefix) continue;
    const score = distance <= allowed ? distance : allowed + 1;
    if (!best || score < best.score || (score === best.score && name < best.name)) best = { name, score };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
