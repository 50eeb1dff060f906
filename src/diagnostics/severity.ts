// Severities and their order: a leaf module, so exit-code logic needs no code registry.
export type Severity = "error" | "warning" | "info";

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
