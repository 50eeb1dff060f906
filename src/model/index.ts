export * from "./spec.js";
export type * from "./tree.js";
