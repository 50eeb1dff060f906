// Lint runs as part of `npm test`. typescript-eslint's recommended type-aware-free set keeps it fast.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["scratch/", "dist/", "node_modules/", "rendered/", "coverage/", "schemas/", "test/fixtures/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "Named exports only." }],
    },
  },
  {
    files: ["bin/**/*.js", "bench/**/*.mjs", "bench/**/*.cjs", "eslint.config.js", "vitest.config.ts"],
    rules: { "no-restricted-syntax": "off" },
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // The launcher is CommonJS (bin/package.json): see bin/pipeforge.js; so is the bench's memory probe.
    files: ["bin/**/*.js", "bench/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
