// Templates and rendering.
import type { CodeInfo } from "../codes.js";

export const renderCodes: readonly CodeInfo[] = [
  { code: "TPL001", name: "template-error", severity: "error", summary: "Template failed to compile or render", help: "A template in templates/ has an error; bundled templates are tested, so check your overrides." },
  { code: "TPL002", name: "unsafe-interpolation", severity: "error", summary: "Template interpolates a value without the json helper", help: "Write every value as {{json value}} so spec values can never change the YAML structure; emit Argo expressions as \\{{...}}." },
  { code: "TPL003", name: "rendered-not-yaml", severity: "error", summary: "Template produced invalid YAML", help: "The rendered text did not parse as YAML; check the template around the reported value." },
];
