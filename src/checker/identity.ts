// What names a Kubernetes object in a report: apiVersion and kind, and metadata.name (or the
// generateName prefix of objects the server names, as most Workflows are).

export interface Identity {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name?: string;
  readonly namespace?: string;
}

/** undefined when `value` is not a mapping with non-empty string apiVersion and kind. */
export function identityOf(value: unknown): Identity | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { apiVersion, kind, metadata } = value as Record<string, unknown>;
  if (typeof apiVersion !== "string" || apiVersion === "" || typeof kind !== "string" || kind === "") return undefined;
  const meta = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>) : {};
  const name = typeof meta.name === "string" ? meta.name : typeof meta.generateName === "string" ? meta.generateName : undefined;
  const namespace = typeof meta.namespace === "string" ? meta.namespace : undefined;
  return { apiVersion, kind, ...(name !== undefined ? { name } : {}), ...(namespace !== undefined ? { namespace } : {}) };
}

/** A `kind: List` document, split into its items (check-document.ts): kubeconform's test, the kind List in any case, whatever the apiVersion. */
export function isList(identity: Identity): boolean {
  return identity.kind.toLowerCase() === "list";
}
