// The built-in rules, one file each, named by code. Adding a rule is adding a
// file and one line here; the diagnostics registry lists them from this array.
import type { BuiltinRule } from "../types.js";
import { PFR001 } from "./PFR001-resources-set.js";
import { PFR002 } from "./PFR002-image-pinned.js";
import { PFR003 } from "./PFR003-image-registry.js";
import { PFR004 } from "./PFR004-ttl-set.js";
import { PFR005 } from "./PFR005-pod-gc-set.js";
import { PFR006 } from "./PFR006-deadline-set.js";
import { PFR007 } from "./PFR007-spark-caps.js";
import { PFR008 } from "./PFR008-team-quota.js";
import { PFR009 } from "./PFR009-spark-retries.js";
import { PFR010 } from "./PFR010-owners.js";
import { PFR011 } from "./PFR011-required-labels.js";
import { PFR012 } from "./PFR012-no-plaintext-secrets.js";
import { PFR013 } from "./PFR013-schedule-interval.js";
import { PFR014 } from "./PFR014-cron-concurrency.js";
import { PFR015 } from "./PFR015-service-accounts.js";

export const builtinRules: readonly BuiltinRule[] = [PFR001, PFR002, PFR003, PFR004, PFR005, PFR006, PFR007, PFR008, PFR009, PFR010, PFR011, PFR012, PFR013, PFR014, PFR015];

const byId = new Map<string, BuiltinRule>(builtinRules.flatMap((r) => [[r.code, r] as const, [r.name, r] as const]));

/** A built-in rule by code (PFR002, any case) or name (image-pinned). */
export function builtinRule(id: string): BuiltinRule | undefined {
  return byId.get(id) ?? byId.get(id.toUpperCase());
}
