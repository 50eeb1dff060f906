import type { ArgoWorkflowsTarget } from "../bundle-format.js";

// What the bundle is made of: folders of shared/upstream (see its SOURCES.md for commits and
// licences, and NOTES.md for why each file was chosen).

export interface CrdSet {
  /** Folder of CRD YAML files, relative to the upstream directory. */
  dir: string;
  /** Folder under schemas/kinds/. */
  folder: string;
  source: string;
  argoWorkflows?: ArgoWorkflowsTarget;
}

export const KUBERNETES_DIR = "k8s-json-schema/v1.32.2-standalone-strict";
export const KUBERNETES_SOURCE = "kubernetes v1.32.2 (kubeconform standalone-strict)";
export const ARGO_EVENTS_SCHEMA = "jsonschema/argo-events-schema.json";
export const ARGO_EVENTS_SOURCE = "argo-events master@6478ece (api/jsonschema, patched)";

export const CRD_SETS: CrdSet[] = [
  { dir: "crds/argo-workflows", folder: "argo-workflows-4", source: "argo-workflows v4.1.2 (main@f016ad8)", argoWorkflows: "4" },
  { dir: "crds/argo-workflows-v3.7", folder: "argo-workflows-3.7", source: "argo-workflows v3.7.18", argoWorkflows: "3.7" },
  { dir: "crds/argo-cd", folder: "argo-cd", source: "argo-cd 3.6.0 (master@37ee009)" },
  { dir: "crds/spark-operator", folder: "spark-operator", source: "spark-operator master@38082f3 (after v2.5.2)" },
];

export const NOTICE = `pipeforge bundled schemas (schemas/)

The JSON schemas in this folder are derived from the following works: converted from
OpenAPI v3 / JSON Schema, descriptions and defaults removed, objects closed (kubeconform
-strict), shared sub-schemas hoisted into defs.json. Regenerate with
\`npm run schemas:import -- <upstream dir>\`.

Kubernetes v1.32.2 API schemas
  from redacid/k8s-json-scheme @ 200801bf30a49e61e08d34dfaab274f4922741af, folder
  v1.32.2-standalone-strict/: a copy of the kubeconform-style schemas published by
  yannh/kubernetes-json-schema, generated with openapi2jsonschema from the Kubernetes
  OpenAPI specification. Kubernetes: Apache License 2.0. Neither schema repository carries a
  LICENSE file.

Argo Workflows CRDs (manifests/base/crds/full/)
  argoproj/argo-workflows @ f016ad89eb269d282aec06dc491c29f396a38df4 (main, v4.1.2 line)
  argoproj/argo-workflows @ 66e32e5cc367f223e2ecf4fbe852b95eaed83034 (tag v3.7.18)
  Apache License 2.0

Argo Events JSON schema (api/jsonschema/schema.json)
  argoproj/argo-events @ 6478ece495f951dde9f183ae58fde134c52f41a5 (master, after v1.9.11)
  Apache License 2.0. Patched: required lists relaxed to those the controller enforces,
  Quantity accepts numbers, objects closed.

Argo CD CRDs (manifests/crds/)
  argoproj/argo-cd @ 37ee0097cf851bc2dd7665fc081bbce61a7e836e (master, VERSION 3.6.0)
  Apache License 2.0

Spark Operator CRDs (charts/spark-operator-chart/crds/)
  kubeflow/spark-operator @ 38082f3318e9d33f3e4a940c7cf165df6e40b422 (master, after v2.5.2)
  Apache License 2.0
`;
