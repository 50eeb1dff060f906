// The commands, in the order `pipeforge --help` lists them. Add one line per command.
import type { RegisterCommand } from "../command.js";
import { registerBuild } from "./build.js";
import { registerExplain } from "./explain.js";
import { registerGenerate } from "./generate.js";
import { registerValidate } from "./validate.js";

export const commands: readonly RegisterCommand[] = [
  registerValidate,
  registerBuild,
  registerGenerate,
  registerExplain,
];
