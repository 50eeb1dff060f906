export { findingFormatNames, isFindingFormat, type FindingFormat } from "./format-names.js";
export { formatReport, formats } from "./formats.js";
export { place, summaryLine, type Formatter, type PlacedDiagnostic, type ReportInput } from "./report.js";
