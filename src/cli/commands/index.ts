// The commands, in the order `pipeforge --help` lists them. Add one line per command.
import type { RegisterCommand } from "../command.js";
import { registerApps } from "./apps.js";
import { registerBuild } from "./build.js";
import { registerCheckManifests } from "./check-manifests.js";
import { registerDiff } from "./diff.js";
import { registerExplain } from "./explain.js";
import { registerGenerate } from "./generate.js";
import { registerGraph } from "./graph.js";
import { registerHook } from "./hook.js";
import { registerInit } from "./init.js";
import { registerNew } from "./new.js";
import { registerSchema } from "./schema.js";
import { registerValidate } from "./validate.js";

export const commands: readonly RegisterCommand[] = [
  registerInit,
  registerNew,
  registerValidate,
  registerBuild,
  registerDiff,
  registerGenerate,
  registerCheckManifests,
  registerHook,
  registerApps,
  registerGraph,
  registerExplain,
  registerSchema,
];
