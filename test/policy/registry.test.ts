// The built-in rule registry: one file per rule named by its code, every rule
// registered as a diagnostic code, and no rule file loading the diagnostics
// registry at run time (the registry imports the rules to list them; a cycle
// would leave it half-initialised depending on which module loads first).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCodes, codeInfo } from "../../src/diagnostics/index.js";
import { builtinRules } from "../../src/policy/index.js";
import { REPO_ROOT } from "../support/repo.js";

const RULES = path.join(REPO_ROOT, "src", "policy", "rules");

/** Files reachable from `entry` through imports that are not `import type`. */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/^import\s+(?!type\s)[^;]*?from\s+"(\.[^"]+)";/gms)) {
      visit(path.resolve(path.dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts")));
    }
  };
  visit(entry);
  return seen;
}

describe("built-in rule registry", () => {
  const files = readdirSync(RULES).filter((f) => /^PFR\d{3}-/.test(f));

  it("has one file per rule, named <code>-<name>.ts", () => {
    expect(files.sort()).toEqual(builtinRules.map((r) => `${r.code}-${r.name}.ts`).sort());
  });

  it.each(builtinRules.map((r) => [r.code, r] as const))("%s is a registered code with its severity and help", (code, rule) => {
    expect(codeInfo(code)).toMatchObject({ name: rule.name, severity: rule.severity, summary: rule.summary, help: rule.help });
  });

  it("lists the engine codes POL001–POL008", () => {
    expect(allCodes().filter((c) => c.code.startsWith("POL")).map((c) => c.code)).toEqual(["POL001", "POL002", "POL003", "POL004", "POL005", "POL006", "POL007", "POL008"]);
  });

  it("keeps rule files free of run-time imports of the diagnostics registry", () => {
    const reached = [...runtimeImports(path.join(RULES, "index.ts"))].map((f) => path.relative(REPO_ROOT, f));
    expect(reached.filter((f) => !/^src\/(policy\/(rules|facets)\/|policy\/types\.ts|units\/)/.test(f))).toEqual([]);
    expect(reached.length).toBeGreaterThan(builtinRules.length);
  });
});
