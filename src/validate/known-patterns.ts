// Regular expressions that recur in the bundled schemas, with what they mean in words: a user
// told `must be a Kubernetes quantity such as "500m", "1.5" or "2Gi"` fixes the value faster
// than one shown the 120-character regex.

/** Kubernetes resource.Quantity, as written by controller-gen beside int-or-string quantities. */
export const QUANTITY_PATTERN =
  "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

const DESCRIPTIONS = new Map<string, string>([
  [QUANTITY_PATTERN, 'must be a Kubernetes quantity such as "500m", "1.5" or "2Gi"'],
  ["^[a-zA-Z0-9][-a-zA-Z0-9]*$", "must contain only letters, digits and '-', and start with a letter or digit"],
  ["^[-a-zA-Z0-9_]+$", "must contain only letters, digits, '-' and '_'"],
  ["^[-a-zA-Z0-9_{}.]+$", "must contain only letters, digits and the characters - _ { } ."],
  ["^[a-zA-Z_][a-zA-Z0-9_]*$", "must contain only letters, digits and '_', and not start with a digit"],
  [
    "^(@(yearly|annually|monthly|weekly|daily|midnight|hourly)|@every\\s+([0-9]+(ns|us|µs|ms|s|m|h))+|([A-Za-z0-9*,/?-]+\\s+){4}[A-Za-z0-9*,/?-]+)$",
    'must be a 5-field cron expression ("0 3 * * *"), a macro such as "@daily", or "@every <duration>"; put the time zone in spec.timezone',
  ],
]);

export function describePattern(pattern: string): string {
  return DESCRIPTIONS.get(pattern) ?? `must match the pattern ${pattern}`;
}
