// Every command is a file under commands/ exporting one `register` function that
// defines its arguments and options; what the command does is in actions/, imported
// when it runs, so a process loads only the command it runs (and --help loads none).
// commands/index.ts lists them. main.ts only runs the program.
import { Option, type Command } from "commander";
import { findingFormatNames } from "../report/format-names.js";
import type { Io } from "./io.js";

export interface CommandContext {
  readonly io: Io;
  /** Record the command's exit code. */
  exit(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const formatOption = (formats = findingFormatNames.join(", ")) => new Option("--format <format>", `findings format: ${formats}`).default("text");
export const failOnOption = () => new Option("--fail-on <severity>", "exit 1 on findings at or above: error, warning or info").default("error");
export const rootOption = () => new Option("-C, --root <dir>", "repository root (default: the current directory)");
