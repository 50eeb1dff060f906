// The registry of diagnostic codes. Codes are stable and never reused: once
// published, a code keeps its meaning forever (retired codes stay listed).
import type { Severity } from "./diagnostic.js";
import { inputCodes } from "./families/input.js";
import { integrationCodes } from "./families/integration.js";
import { manifestCodes } from "./families/manifest.js";
import { outputCodes } from "./families/output.js";
import { policyCodes } from "./families/policy.js";
import { renderCodes } from "./families/render.js";
import { semanticCodes } from "./families/semantic.js";

export interface CodeInfo {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly help: string;
}

// One file per family under families/: add a code to its family's list.
const entries: CodeInfo[] = [...inputCodes, ...semanticCodes, ...renderCodes, ...manifestCodes, ...policyCodes, ...outputCodes, ...integrationCodes];

const byCode = new Map(entries.map((e) => [e.code, e]));

export type Code = string;

export function codeInfo(code: Code): CodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`unregistered diagnostic code ${code}`);
  return info;
}

export function allCodes(): readonly CodeInfo[] {
  return entries;
}

export function registerCodes(more: readonly CodeInfo[]): void {
  for (const e of more) {
    if (byCode.has(e.code)) throw new Error(`diagnostic code ${e.code} registered twice`);
    entries.push(e);
    byCode.set(e.code, e);
  }
}
