// Offline schema validation of emitted and plain manifests.
import type { CodeInfo } from "../codes.js";

export const manifestCodes: readonly CodeInfo[] = [
  { code: "MAN001", name: "manifest-schema", severity: "error", summary: "Manifest does not match its Kubernetes or CRD schema", help: "The manifest fails offline validation against the bundled schemas." },
  { code: "MAN002", name: "missing-schema", severity: "error", summary: "No schema for kind", help: "Add the CRD through pipeforge.yaml spec.schemas or --schema-location, or pass --ignore-missing-schemas." },
];
