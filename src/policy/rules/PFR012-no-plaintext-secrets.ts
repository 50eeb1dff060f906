// PFR012: no secret-looking literal values in container environments.
import { containersOf } from "../facets/containers.js";
import { defineRule, type Violation } from "../types.js";
import { regexProblems } from "./regex.js";

type Params = { readonly namePattern: string; readonly valuePatterns: readonly string[] };

export const PFR012 = defineRule<Params>({
  code: "PFR012",
  name: "no-plaintext-secrets",
  severity: "error",
  summary: "Secret-looking literal value in a container's environment",
  help: "Take secrets from a Secret: `env: [{name: DB_PASSWORD, secret: {name: db, key: password}}]` (plain manifests: valueFrom.secretKeyRef).",
  why: "A literal in a spec is a secret committed to Git: every clone, fork, CI log and rendered manifest holds it, and rotating it means rewriting history.",
  examples: {
    pass: "env:\n  - {name: DB_PASSWORD, secret: {name: db, key: password}}",
    fail: "env:\n  - {name: DB_PASSWORD, value: hunter2}",
  },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: {
      namePattern: { type: "string", minLength: 1, description: "Variable names (case-insensitive regular expression) whose literal values are secrets." },
      valuePatterns: { type: "array", items: { type: "string", minLength: 1 }, description: "Regular expressions for values that are secrets whatever the name (keys, tokens, URLs with passwords)." },
    },
  },
  defaults: {
    namePattern: "(^|_)(PASSWORD|PASSWD|PWD|SECRET|TOKEN|CREDENTIALS?|(API|ACCESS|PRIVATE|SECRET|CLIENT)_?KEY)(_|$)",
    valuePatterns: [
      "AKIA[0-9A-Z]{16}",
      "-----BEGIN [A-Z ]*PRIVATE KEY-----",
      "[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@",
      "gh[pousr]_[A-Za-z0-9]{36}",
      "xox[baprs]-[A-Za-z0-9-]{10,}",
      "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}",
    ],
  },
  checkParameters: (params) => regexProblems({ namePattern: params.namePattern, valuePatterns: params.valuePatterns }),
  check(subject, params) {
    const out: Violation[] = [];
    const byName = new RegExp(params.namePattern, "i");
    const byValue = params.valuePatterns.map((p) => new RegExp(p));
    for (const c of containersOf(subject)) {
      for (const e of c.env) {
        if (e.value === undefined || e.value === "") continue;
        // The message never repeats the value: it may be a live secret.
        const why = byName.test(e.name) ? "its name says it is a secret" : byValue.some((re) => re.test(e.value ?? "")) ? "its value looks like a key, token or password" : undefined;
        if (why) out.push({ message: `${c.label}: environment variable ${e.name} has a literal value, and ${why}`, location: e.valueAt, hint: "Reference a Secret instead (secret: {name, key})." });
      }
    }
    return out;
  },
});
