// The fast path for a document the fast reader could read: when it is valid (or skipped) there
// is nothing to place, so no positions are needed. Anything with a finding returns undefined and
// is checked again with positions.
import { validateManifest } from "../validate/validate-manifest.js";
import type { CheckContext } from "./check-document.js";
import type { FastDocument } from "../parse/fast/reader.js";
import { isReported } from "./findings.js";
import { identityOf, isList } from "./identity.js";
import type { ResourceResult } from "./types.js";

export function quickCheck(file: string, doc: FastDocument, ctx: CheckContext): ResourceResult | undefined {
  const identity = identityOf(doc.value);
  if (!identity) return undefined;
  const { apiVersion, kind } = identity;
  if (isList(identity)) return undefined; // split into its items on the slow path (check-document.ts)
  const resource = { file, index: doc.index, line: doc.contentLine, ...identity };
  if (ctx.skip(apiVersion, kind)) return { ...resource, status: "skipped", findings: [] };
  if (ctx.reject(apiVersion, kind)) return undefined;
  const check = validateManifest(ctx.registry, doc.value);
  if (check.status === "missing-schema") return ctx.options.ignoreMissingSchemas ? { ...resource, status: "skipped", findings: [] } : undefined;
  const clean = check.errors.every((issue) => !isReported(issue, ctx.options.strict)) && (check.celNotEvaluated?.length ?? 0) === 0;
  return clean ? { ...resource, status: "valid", findings: [] } : undefined;
}
