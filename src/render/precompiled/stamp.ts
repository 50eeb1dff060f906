// What a precompiled template depends on besides its own text: Handlebars' version, the compile
// options and the shape of the generated module. Code whose stamp differs is not used.
import Handlebars from "handlebars";
import { COMPILE_OPTIONS } from "../engine.js";

/** Bump when the shape of the generated module changes. */
export const TEMPLATES_FORMAT = 1;

export function templatesStamp(): string {
  return JSON.stringify([TEMPLATES_FORMAT, Handlebars.VERSION, COMPILE_OPTIONS]);
}
