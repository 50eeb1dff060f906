// `pipeforge check-manifests`: its options; what it does is in ../actions/check-manifests.ts,
// loaded when it runs (and it loads the checker, nothing of the compiler).
import { Option } from "commander";
// The action module is light by design (it imports the checker when it runs), so its list of
// output formats is read from it here.
import { CHECK_OUTPUT_FORMATS, type CheckManifestsFlags } from "../actions/check-manifests.js";
import type { RegisterCommand } from "../command.js";

export const registerCheckManifests: RegisterCommand = (program, ctx) => {
  program
    .command("check-manifests")
    .description("validate Kubernetes YAML files, folders or stdin (-) against the bundled schemas, kubeconform-style")
    .argument("[inputs...]", "YAML/JSON files, folders (searched for .yaml, .yml, .json) or - for stdin")
    .option("--strict", "unknown fields and duplicate keys are errors")
    .option("--summary", "print a summary (counts of valid, invalid, errors, skipped)")
    .addOption(new Option("-o, --output <format>", "output format").choices(CHECK_OUTPUT_FORMATS).default("text"))
    .option("--schema-location <path>", "a CRD file (.yaml) or a folder of JSON schemas; repeatable", collect, [])
    .option("--ignore-missing-schemas", "skip resources whose kind has no schema instead of failing")
    .option("--skip <kinds>", "comma-separated kinds (or apiVersion/Kind) not to validate; repeatable", collect, [])
    .option("--reject <kinds>", "comma-separated kinds (or apiVersion/Kind) to refuse; repeatable", collect, [])
    .option("-n, --workers <n>", "check files on up to N threads, one per MB of YAML at most (default: 1)")
    .addOption(new Option("--argo-workflows-version <version>", "Argo Workflows line the schemas follow").choices(["4", "3.7"]).default("4"))
    .action(async (inputs: string[], flags: CheckManifestsFlags) => {
      const { runCheckManifests } = await import("../actions/check-manifests.js");
      ctx.exit(await runCheckManifests(ctx.io, inputs, flags));
    });
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
