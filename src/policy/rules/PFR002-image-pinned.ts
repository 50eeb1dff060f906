// PFR002: every image is pinned to a tag other than latest, or to a digest.
import { imagesOf, parseImage } from "../facets/images.js";
import { defineRule, type Violation } from "../types.js";

export const PFR002 = defineRule({
  code: "PFR002",
  name: "image-pinned",
  severity: "error",
  summary: "Image not pinned to a tag or digest",
  help: "Write images as name:tag with a tag other than latest (alpine:3.20), or pin them by digest (alpine@sha256:…).",
  why: "An image without a tag, or tagged latest, changes under a running pipeline: two runs of one commit execute different code, and a rollback in Git does not roll the image back.",
  examples: {
    pass: "container:\n  image: alpine:3.20            # or alpine@sha256:<64 hex digits>",
    fail: "container:\n  image: alpine:latest          # or plain `alpine`",
  },
  parameters: { type: "object", additionalProperties: false, properties: {} },
  defaults: {},
  check(subject) {
    const out: Violation[] = [];
    for (const use of imagesOf(subject)) {
      const problem = pinProblem(use.image);
      if (problem) out.push({ message: `${use.label}: image ${JSON.stringify(use.image)} ${problem}`, location: use.at });
    }
    return out;
  },
});

function pinProblem(image: string): string | undefined {
  if (image.includes("{{")) return "is an expression resolved at run time; pin a literal image";
  const ref = parseImage(image);
  if (!ref) return "is not a valid image reference";
  if (ref.digest) return undefined;
  if (ref.tag === undefined) return "has no tag, so it pulls latest";
  if (ref.tag === "latest") return "uses the latest tag";
  return undefined;
}
