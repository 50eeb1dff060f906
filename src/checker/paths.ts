// Instance paths as users read them: a JSON pointer in machine output (kubeconform's
// validationErrors[].path), dotted text in messages.
import type { JsonPath } from "../parse/index.js";

export function pointerOf(path: JsonPath): string {
  return path.map((seg) => `/${String(seg).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** `spec.templates[0].name` (kept here rather than imported, so the CLI does not load the spec schemas). */
export function pathText(path: JsonPath): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
