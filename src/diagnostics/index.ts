export { allCodes, codeInfo, registerCodes, type Code, type CodeInfo } from "./codes.js";
export {
  countBySeverity,
  dedupeDiagnostics,
  diag,
  hasErrors,
  severityRank,
  sortDiagnostics,
  type Diagnostic,
  type DiagnosticInit,
  type Location,
  type RelatedInformation,
  type Severity,
} from "./diagnostic.js";
export { createSpanResolver, LineIndex, spanOf, type Position, type SourceTexts, type Span } from "./position.js";
export { codeTableMarkdown } from "./code-table.js";
