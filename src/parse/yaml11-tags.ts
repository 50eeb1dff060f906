// YAML 1.1 as Kubernetes reads it: sigs.k8s.io/yaml on go-yaml v2. `0755` is
// 493 and `yes` is true, but, as go-yaml v2 does when decoding into an untyped
// value, an unquoted date stays a string, `1:30` is not a base-60 number and
// `!!binary` is left as text: those tags of the yaml package's 1.1 schema are removed.
import type { Tags } from "yaml";

export const goYamlV2Tags = (tags: Tags): Tags =>
  tags.filter((tag) => {
    if (typeof tag === "string") return true;
    const format = "format" in tag ? tag.format : undefined;
    return tag.tag !== "tag:yaml.org,2002:timestamp" && tag.tag !== "tag:yaml.org,2002:binary" && format !== "TIME";
  });
