// pipeforge new pipeline ENV/BU/TEAM/NAME: scaffold a pipeline spec into an
// existing team folder. The repository is compiled with the new file first;
// the file is written only when that adds no error in it. A missing team is
// a usage error with a hint: creating a team (owners, quota) is a decision
// for a human, not a default.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compile } from "../../compile.js";
import { hasErrors } from "../../diagnostics/index.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { overlayHost, parsePipelineRef, planPipeline, SCHEMA_DIR } from "../../scaffold/index.js";
import { checkCron } from "../../units/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";
import { findRepositoryRoot } from "../scope.js";

export interface NewPipelineOptions {
  readonly root?: string;
  readonly schedule?: string;
  readonly spark?: boolean;
}

function existingTeams(root: string): string[] {
  return fg
    .sync("environments/*/*/*/team.{yaml,yml}", { cwd: root })
    .map((f) => f.split("/").slice(1, 4).join("/"))
    .sort();
}

export async function runNewPipeline(io: Io, ref: string, options: NewPipelineOptions): Promise<number> {
  const parsed = parsePipelineRef(ref);
  if (!parsed.ok) throw new UsageError(`new pipeline ${ref}: ${parsed.reason}`);
  if (options.schedule !== undefined) {
    const cron = checkCron(options.schedule);
    if (!cron.ok) throw new UsageError(`--schedule ${JSON.stringify(options.schedule)}: ${cron.reason}`);
  }
  const root = findRepositoryRoot(path.resolve(io.cwd, options.root ?? "."));
  const { env, bu, team, name } = parsed;
  const plan = planPipeline({ env, bu, team, name, schedule: options.schedule, spark: options.spark === true });
  const teamDir = path.posix.dirname(plan.path);
  const taken = [`${teamDir}/${name}.yaml`, `${teamDir}/${name}.yml`].filter((f) => existsSync(path.join(root, f)));
  if (taken.length > 0) throw new UsageError(`new pipeline: ${taken.join(" and ")} already exists; nothing written`);
  if (!["team.yaml", "team.yml"].some((f) => existsSync(path.join(root, teamDir, f)))) {
    const teams = existingTeams(root);
    throw new UsageError(
      `new pipeline: ${teamDir} has no team.yaml, so ${env}/${bu}/${team} is not a team; nothing written.\n` +
        (teams.length > 0 ? `Existing teams: ${teams.join(", ")}.\n` : "") +
        `Create the team first (a team.yaml with its owners; copy one from another team), then run this again.`,
    );
  }
  const result = await compile(overlayHost(createNodeHost(root), new Map([[plan.path, plan.text]])), { argocd: false });
  const own = result.diagnostics.filter((d) => d.location?.file === plan.path);
  const report = () => io.stderr(formatReport("text", { diagnostics: own, sources: result.sources }));
  if (hasErrors(own)) {
    report();
    io.stderr(`new pipeline: the new spec would not validate in this repository; nothing written\n`);
    return EXIT.findings;
  }
  writeFileSync(path.join(root, ...plan.path.split("/")), plan.text, { flag: "wx" });
  io.stdout(`${plan.path}\n`);
  // Warnings (a policy's advice, say) do not stop the scaffold; they are shown.
  if (own.length > 0) report();
  if (!existsSync(path.join(root, SCHEMA_DIR, "pipeline.json"))) {
    io.stderr(`new pipeline: ${SCHEMA_DIR}/ has no schemas yet; run \`pipeforge schema --out ${SCHEMA_DIR}\` so editors can check the spec as you type\n`);
  }
  return EXIT.clean;
}
