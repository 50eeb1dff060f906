// PFR003: every image comes from one of the allowed registries.
import { imagesOf, parseImage } from "../facets/images.js";
import { defineRule, type Violation } from "../types.js";

type Params = { readonly registries: readonly string[] };

export const PFR003 = defineRule<Params>({
  code: "PFR003",
  name: "image-registry",
  severity: "error",
  summary: "Image from a registry that is not allowed",
  help: "Pull images from the registries the policy lists (parameter registries); Docker Hub short names such as alpine:3.20 are docker.io/library/alpine.",
  why: "Images from arbitrary registries bypass the organisation's scanning, mirroring and licence checks, and a registry outage stops production.",
  examples: {
    pass: "# parameters: {registries: [registry.example.com/data]}\ncontainer:\n  image: registry.example.com/data/loader:1.4.2",
    fail: "# parameters: {registries: [registry.example.com/data]}\ncontainer:\n  image: ghcr.io/someone/loader:1.4.2",
  },
  parameters: {
    type: "object",
    additionalProperties: false,
    required: ["registries"],
    properties: {
      registries: {
        type: "array",
        minItems: 1,
        items: { type: "string", minLength: 1, pattern: "^[^/\\s]+(/[^/\\s]+)*/?$" },
        description: "Allowed registry hosts, optionally with a path prefix: docker.io, registry.example.com/data.",
      },
    },
  },
  defaults: {},
  check(subject, params) {
    const out: Violation[] = [];
    const allowed = params.registries.map((r) => r.replace(/\/+$/, ""));
    for (const use of imagesOf(subject)) {
      const ref = parseImage(use.image);
      if (!ref) continue; // PFR002 reports references that do not parse
      const full = `${ref.registry}/${ref.repository}`;
      if (allowed.some((a) => full === a || full.startsWith(`${a}/`))) continue;
      out.push({ message: `${use.label}: image ${JSON.stringify(use.image)} is from ${ref.registry}, not from ${allowed.join(", ")}`, location: use.at });
    }
    return out;
  },
});
