// Entry points: git scopes (--staged, --base), hooks, the plugin, scaffolding.
import type { CodeInfo } from "../codes.js";

export const integrationCodes: readonly CodeInfo[] = [];
