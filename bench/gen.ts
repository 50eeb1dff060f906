// Synthetic GitOps repository for benchmarks: `npm run bench:gen -- --envs 3
// --bus 8 --teams 10 --pipelines 25 --out bench/out/repo`. Realistic mix: Spark,
// container and script tasks; cron and triggered pipelines with cross-team
// triggers; inherited defaults at every level; plain manifests. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";

export interface GenOptions {
  readonly envs: number;
  readonly bus: number;
  readonly teams: number;
  readonly pipelines: number;
}

const ENV_NAMES = ["dev", "hml", "prd", "stg", "qa", "sbx"];
const API = "pipeforge.io/v1alpha1";

/** A small deterministic PRNG so every run writes the same tree. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRepository(o: GenOptions): Map<string, string> {
  const files = new Map<string, string>();
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  files.set("pipeforge.yaml", stringify({ apiVersion: API, kind: "Repository", spec: { repoURL: "https://git.example.com/data/pipelines.git", targetRevision: "main" } }));
  for (let e = 0; e < o.envs; e++) {
    const env = ENV_NAMES[e] ?? `env${e}`;
    const prod = env === "prd";
    files.set(
      `environments/${env}/environment.yaml`,
      stringify({
        apiVersion: API,
        kind: "Environment",
        spec: {
          cluster: "https://kubernetes.default.svc",
          defaults: {
            timezone: "America/Sao_Paulo",
            ttl: { afterSuccess: prod ? "1d" : "1h", afterFailure: prod ? "7d" : "1d" },
            podGC: { strategy: "OnPodCompletion" },
            timeout: "4h",
            retries: { limit: 2, backoff: "30s" },
            resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "1", memory: "1Gi" } },
            spark: { image: "spark:3.5.3", sparkVersion: "3.5.3", driver: { cores: 1, memory: "1g" }, executor: { instances: 2, cores: 1, memory: "2g" } },
          },
        },
      }),
    );
    for (let b = 0; b < o.bus; b++) {
      const bu = `bu${b}`;
      files.set(`environments/${env}/${bu}/businessunit.yaml`, stringify({ apiVersion: API, kind: "BusinessUnit", spec: { labels: { "cost-center": `cc-${1000 + b}` }, defaults: { scheduling: { nodeSelector: { pool: `pool-${b % 3}` } } } } }));
      for (let t = 0; t < o.teams; t++) {
        const team = `team${t}`;
        const dir = `environments/${env}/${bu}/${team}`;
        files.set(`${dir}/team.yaml`, stringify({ apiVersion: API, kind: "Team", spec: { owners: [`${team}.${bu}@example.com`], quota: { cpu: "200", memory: "800Gi" }, defaults: { history: { succeeded: 3, failed: 5 } } } }));
        files.set(`${dir}/extra/configmap.yaml`, stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `${team}-settings` }, data: { region: "sa-east-1", owner: team } }));
        for (let p = 0; p < o.pipelines; p++) {
          const name = pipelineName(p);
          const tasks: Record<string, unknown>[] = [];
          const n = 2 + Math.floor(rand() * 4);
          for (let k = 0; k < n; k++) {
            const kind = pick(["spark", "container", "container", "script"]);
            const task: Record<string, unknown> = { name: `t${k}`, ...(k > 0 ? { dependsOn: [`t${k - 1}`] } : {}) };
            if (kind === "spark") task.spark = { type: "Scala", mainClass: "org.example.Job", mainApplicationFile: "local:///opt/app/job.jar", arguments: [`--day`, `{{workflow.parameters.day}}`] };
            else if (kind === "container") task.container = { image: "alpine:3.20", command: ["sh", "-c"], args: [`echo step ${k}`], env: [{ name: "MODE", value: "batch" }, { name: "DB_PASSWORD", secret: { name: "db", key: "password" } }] };
            else task.script = { image: "python:3.12-alpine", command: ["python"], source: `print(${k})` };
            tasks.push(task);
          }
          const spec: Record<string, unknown> = { parameters: [{ name: "day", value: "2024-01-01" }], tasks };
          const roll = rand();
          if (p > 0 && roll < 0.3) {
            // Triggered: after an earlier pipeline of this team, or of the previous team in the business unit.
            const after = t > 0 && rand() < 0.5 ? `team${t - 1}/${pipelineName(0)}` : pipelineName(Math.floor(rand() * p));
            spec.triggers = [{ after, on: "Succeeded" }];
          } else {
            spec.schedule = `${Math.floor(rand() * 60)} ${Math.floor(rand() * 24)} * * *`;
            if (prod) spec.concurrency = "Forbid";
            spec.notify = ["Succeeded", "Failed"];
          }
          files.set(`${dir}/${name}.yaml`, stringify({ apiVersion: API, kind: "Pipeline", metadata: { name, description: `Synthetic pipeline ${p}` }, spec }));
        }
      }
    }
  }
  return files;
}

const WORDS = ["orders", "customers", "risk", "events", "billing"];

/** Pipeline names are a pure function of their index, so triggers can name them directly. */
function pipelineName(index: number): string {
  return `p${index}-${WORDS[index % WORDS.length]}`;
}

function main(): void {
  const { values } = parseArgs({
    options: { envs: { type: "string", default: "3" }, bus: { type: "string", default: "8" }, teams: { type: "string", default: "10" }, pipelines: { type: "string", default: "25" }, out: { type: "string", default: "bench/out/repo" } },
  });
  const opts = { envs: Number(values.envs), bus: Number(values.bus), teams: Number(values.teams), pipelines: Number(values.pipelines) };
  const out = path.resolve(values.out!);
  rmSync(out, { recursive: true, force: true });
  const files = generateRepository(opts);
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    writeFileSync(path.join(out, rel), text);
  }
  process.stdout.write(`wrote ${files.size} files (${opts.envs * opts.bus * opts.teams * opts.pipelines} pipelines) to ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
