// Offline schema validation of emitted and plain manifests.
import type { CodeInfo } from "../codes.js";

export const manifestCodes: readonly CodeInfo[] = [
  { code: "MAN001", name: "manifest-schema", severity: "error", summary: "Manifest does not match its Kubernetes or CRD schema", help: "The manifest fails offline validation against the bundled schemas." },
  { code: "MAN002", name: "missing-schema", severity: "error", summary: "No schema for kind", help: "Add the CRD through pipeforge.yaml spec.schemas or --schema-location, or pass --ignore-missing-schemas." },
  { code: "MAN003", name: "rejected-kind", severity: "error", summary: "Kind refused by --reject", help: "`pipeforge check-manifests --reject KIND,...` refuses these kinds (or apiVersion/Kind); remove the resource or the kind from the list." },
  { code: "MAN004", name: "cel-rule-failed", severity: "error", summary: "A CRD validation rule (CEL) is false", help: "The CRD's x-kubernetes-validations rule evaluated to false for this value; the API server would refuse the object with the rule's message." },
  { code: "MAN005", name: "cel-rule-not-evaluated", severity: "info", summary: "A CRD validation rule (CEL) could not be evaluated", help: "Transition rules (oldSelf), Kubernetes CEL functions cel-js lacks (quantity(), url(), ip(), sets.*…) and runtime errors leave a rule unchecked; the reason is given. The API server may still refuse the object." },
  { code: "MAN006", name: "not-a-manifest", severity: "error", summary: "Document is not a Kubernetes object", help: "Every document given to check-manifests must be a mapping with string apiVersion and kind." },
];
