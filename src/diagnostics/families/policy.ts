// Policies: policy files, built-in rules, exceptions.
import type { CodeInfo } from "../codes.js";

export const policyCodes: readonly CodeInfo[] = [];
