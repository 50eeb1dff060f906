// Reading, parsing and placing files; spec schemas.
import type { CodeInfo } from "../codes.js";

export const inputCodes: readonly CodeInfo[] = [
  { code: "YAML001", name: "yaml-syntax", severity: "error", summary: "YAML syntax error", help: "The file is not valid YAML. Fix the syntax at the position shown." },
  { code: "YAML002", name: "duplicate-key", severity: "error", summary: "Duplicate mapping key", help: "A key appears twice in the same mapping; YAML tools disagree on which value wins, so pipeforge refuses both." },
  { code: "YAML003", name: "yaml-alias-limit", severity: "error", summary: "Too many or too deep YAML aliases", help: "Alias expansion is bounded to keep the compiler safe from alias bombs. Write the values out." },
  { code: "YAML004", name: "file-too-large", severity: "error", summary: "File over the size limit", help: "Spec files larger than the limit are refused; split the file." },
  { code: "YAML005", name: "invalid-encoding", severity: "error", summary: "File is not valid UTF-8", help: "Save the file as UTF-8." },
  { code: "YAML006", name: "not-a-mapping", severity: "error", summary: "Document is not a mapping", help: "Every document must be a mapping with apiVersion and kind." },
  { code: "YAML007", name: "non-string-key", severity: "error", summary: "Mapping key is not a string", help: "Kubernetes objects only have string keys; quote the key." },
  { code: "LAYOUT001", name: "misplaced-file", severity: "error", summary: "File in the wrong place", help: "Specs live at environments/<env>/environment.yaml, environments/<env>/<bu>/businessunit.yaml, environments/<env>/<bu>/<team>/team.yaml and environments/<env>/<bu>/<team>/**/*.yaml; policies in policies/*.yaml." },
  { code: "LAYOUT002", name: "unknown-kind", severity: "error", summary: "Unknown pipeforge kind", help: "pipeforge.io/v1alpha1 kinds are Repository, Environment, BusinessUnit, Team, Pipeline and Policy." },
  { code: "LAYOUT003", name: "missing-apiversion-kind", severity: "error", summary: "Document without apiVersion or kind", help: "Every document needs apiVersion and kind so pipeforge knows what it is." },
  { code: "LAYOUT004", name: "kind-in-wrong-file", severity: "error", summary: "Kind not allowed in this file", help: "Environment goes in environment.yaml, BusinessUnit in businessunit.yaml, Team in team.yaml, Repository in pipeforge.yaml, Policy under policies/." },
  { code: "LAYOUT005", name: "missing-team-file", severity: "error", summary: "Team folder without team.yaml", help: "Every team folder needs a team.yaml (kind: Team) declaring at least its owners." },
  { code: "LAYOUT006", name: "missing-environment-file", severity: "error", summary: "Environment folder without environment.yaml", help: "Every environment needs environment.yaml (kind: Environment) with its cluster." },
  { code: "LAYOUT007", name: "symlink-outside", severity: "error", summary: "Symlink points outside the repository", help: "pipeforge does not follow links out of the repository." },
  { code: "LAYOUT008", name: "duplicate-kind-document", severity: "error", summary: "Kind declared twice for one scope", help: "A scope (repository, environment, business unit, team) is declared by exactly one document." },
  { code: "LAYOUT009", name: "name-mismatch", severity: "warning", summary: "metadata.name differs from the folder name", help: "The folder name is the identity; metadata.name, when set, must agree with it." },
  { code: "SPEC001", name: "schema-violation", severity: "error", summary: "Spec does not match its schema", help: "The value does not match the JSON Schema of its kind; run `pipeforge schema` to see the reference." },
  { code: "SPEC002", name: "unknown-field", severity: "error", summary: "Unknown field", help: "The field is not part of the kind; check the spelling (a suggestion is shown when one is close)." },
  { code: "SPEC003", name: "missing-field", severity: "error", summary: "Required field missing", help: "Add the required field." },
  { code: "SPEC004", name: "unsupported-apiversion", severity: "error", summary: "Unsupported pipeforge apiVersion", help: "This version of pipeforge reads pipeforge.io/v1alpha1." },
];
