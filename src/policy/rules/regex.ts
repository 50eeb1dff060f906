// Regular-expression parameters are compiled once when the policy is read, so
// a typo is a policy finding (POL005) rather than a crash in a rule.

import type { ParameterProblem } from "../types.js";

/** One problem per parameter value that is not a valid JavaScript regular expression. */
export function regexProblems(values: Readonly<Record<string, string | readonly string[]>>): ParameterProblem[] {
  const out: ParameterProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    for (const pattern of typeof value === "string" ? [value] : value) {
      try {
        new RegExp(pattern);
      } catch (error) {
        out.push({ parameter: name, problem: `${JSON.stringify(pattern)} is not a regular expression (${(error as Error).message})` });
      }
    }
  }
  return out;
}
