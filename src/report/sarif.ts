// SARIF 2.1.0 for code-scanning uploads: one run, the registered codes it uses
// as rules, one result per finding. Valid with zero findings (an empty results
// list); checked against the official schema in test/report/sarif.test.ts.
import { allCodes, createSpanResolver, type Location, type Severity } from "../diagnostics/index.js";
import { VERSION } from "../version.js";
import type { Formatter } from "./report.js";

const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A repository-relative POSIX path as a relative URI reference (RFC 3986): each segment percent-encoded as UTF-8. */
export function relativeUri(file: string): string {
  // encodeURIComponent throws on a lone surrogate, which a memory host's path may hold.
  return file.split("/").map((segment) => encodeURIComponent(segment.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"))).join("/");
}

export const formatSarif: Formatter = (input) => {
  const span = createSpanResolver(input.sources);
  const physical = (l: Location) => {
    const s = span(l);
    return {
      artifactLocation: { uri: relativeUri(s.file), uriBaseId: "SRCROOT" },
      region: { startLine: s.start.line, startColumn: s.start.column, endLine: s.end.line, endColumn: s.end.column },
    };
  };
  // The registry's entries for the codes this log uses, in registry order: the whole catalogue
  // would make every log large and change it whenever a code is added anywhere.
  const used = new Set(input.diagnostics.map((d) => d.code));
  const rules = allCodes()
    .filter((c) => used.has(c.code))
    .map((c) => ({
      id: c.code,
      name: c.name,
      shortDescription: { text: c.summary },
      fullDescription: { text: c.help },
      help: { text: c.help },
      defaultConfiguration: { level: LEVEL[c.severity] },
    }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = input.diagnostics.map((d) => {
    const related = (d.related ?? []).map((r, i) => {
      const where = r.rendered ? ` (${r.rendered.file} ${r.rendered.path})` : "";
      return { id: i, message: { text: r.message + where }, ...(r.location ? { physicalLocation: physical(r.location) } : {}) };
    });
    return {
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.hint ? `${d.message}\nhint: ${d.hint}` : d.message },
      ...(d.location ? { locations: [{ physicalLocation: physical(d.location) }] } : {}),
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      // A policy exception: the finding stays in the log, marked as accepted.
      ...(d.suppressed
        ? {
            suppressions: [
              {
                kind: "external",
                status: "accepted",
                justification: d.suppressed.reason,
                ...(d.suppressed.location ? { location: { physicalLocation: physical(d.suppressed.location) } } : {}),
              },
            ],
          }
        : {}),
    };
  });
  const run = {
    tool: { driver: { name: "pipeforge", version: input.toolVersion ?? VERSION, rules } },
    ...(input.srcRoot ? { originalUriBaseIds: { SRCROOT: { uri: input.srcRoot } } } : {}),
    // Columns count UTF-16 code units (see diagnostics/position.ts).
    columnKind: "utf16CodeUnits",
    results,
  };
  return JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs: [run] }, null, 2) + "\n";
};
