// A minimal valid repository (one environment, business unit, team and
// pipeline) as files, with the pipeline and team replaceable per test.
import { stringify } from "yaml";

export interface MinimalOptions {
  readonly pipeline?: Record<string, unknown>;
  readonly team?: Record<string, unknown>;
  readonly extra?: Record<string, string | Uint8Array>;
}

export const BASE_PIPELINE = {
  apiVersion: "pipeforge.io/v1alpha1",
  kind: "Pipeline",
  metadata: { name: "daily", description: "A daily job." },
  spec: {
    schedule: "0 3 * * *",
    tasks: [{ name: "hello", container: { image: "alpine:3.20", command: ["echo"], args: ["hello"] } }],
  },
};

export function minimalRepo(options: MinimalOptions): Record<string, string | Uint8Array> {
  const pipeline = { ...BASE_PIPELINE, ...options.pipeline, spec: { ...(options.pipeline?.spec as object | undefined ?? BASE_PIPELINE.spec) } };
  const name = (pipeline.metadata as { name?: string }).name ?? "daily";
  return {
    "pipeforge.yaml": stringify({ apiVersion: "pipeforge.io/v1alpha1", kind: "Repository", spec: { repoURL: "https://git.example.com/p.git" } }),
    "environments/dev/environment.yaml": stringify({
      apiVersion: "pipeforge.io/v1alpha1",
      kind: "Environment",
      spec: {
        cluster: "https://kubernetes.default.svc",
        defaults: {
          timezone: "UTC",
          spark: { image: "spark:3.5.3", sparkVersion: "3.5.3", driver: { cores: 1, memory: "512m" }, executor: { instances: 1, cores: 1, memory: "512m" } },
        },
      },
    }),
    "environments/dev/bu/businessunit.yaml": stringify({ apiVersion: "pipeforge.io/v1alpha1", kind: "BusinessUnit", spec: { labels: { "cost-center": "cc-1" } } }),
    "environments/dev/bu/team/team.yaml": stringify({ apiVersion: "pipeforge.io/v1alpha1", kind: "Team", spec: { owners: ["team@example.com"], ...options.team } }),
    [`environments/dev/bu/team/${name}.yaml`]: stringify(pipeline),
    ...options.extra,
  };
}
