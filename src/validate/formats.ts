import type { Format } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";

// The `format`s manifest schemas may use, as one table: ajv-instance.ts registers it with ajv,
// and precompiled validators (precompiled/) are handed it as is, so a run that only loads
// precompiled code never loads ajv. ajv in strict mode refuses unknown formats, so every format
// the bundle keeps is declared here. Generated code calls each entry according to its shape
// (RegExp `.test`, function, `{ validate }`): the precompiled stamp hashes this file.

/** Formats whose ajv-formats reading matches what the Kubernetes API server checks. */
const AJV_FORMATS = ["date", "date-time", "byte", "int32", "int64", "float", "double", "password", "binary", "uuid", "email", "hostname", "ipv4", "ipv6", "uri"] as const;

// Go's time.ParseDuration ("1h30m", "500ms"), which is what `format: duration` means in a CRD;
// ajv-formats' duration is ISO 8601 ("PT1H30M") and would reject every real value.
const GO_DURATION = /^[-+]?(0|(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$/u;

export const MANIFEST_FORMATS: Readonly<Record<string, Format>> = {
  ...Object.fromEntries(AJV_FORMATS.map((name) => [name, fullFormats[name]])),
  duration: GO_DURATION,
  uint64: { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 },
  // Markers from Go's OpenAPI generator beside `type: [integer, string]`; the type says it all.
  "int-or-string": true,
  "int64-or-string": true,
};
