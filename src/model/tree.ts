// The repository as the compiler sees it after discovery, parsing and spec
// validation: environments → business units → teams → pipelines and plain manifests.
import type { Location } from "../diagnostics/index.js";
import type { ParsedDocument } from "../parse/document.js";
import type {
  BusinessUnitSpec,
  EnvironmentSpec,
  PipelineSpec,
  RepositorySpec,
  SpecDocument,
  TeamSpec,
} from "./spec.js";

/** A spec document together with the parsed YAML it came from (for positions). */
export interface SpecNode<S> {
  readonly source: ParsedDocument;
  readonly value: SpecDocument<S>;
}

export interface RepositoryNode {
  readonly spec: Required<Pick<RepositorySpec, "mode" | "output" | "targetRevision">> & RepositorySpec;
  readonly node?: SpecNode<RepositorySpec>;
}

export interface PipelineNode {
  readonly env: string;
  readonly bu: string;
  readonly team: string;
  readonly name: string;
  /** `<env>/<bu>/<team>/<name>` */
  readonly id: string;
  readonly node: SpecNode<PipelineSpec>;
}

export interface PlainManifest {
  readonly source: ParsedDocument;
  readonly value: Record<string, unknown>;
}

export interface TeamNode {
  readonly env: string;
  readonly bu: string;
  readonly name: string;
  /** `<env>/<bu>/<team>` */
  readonly id: string;
  readonly dir: string;
  readonly node?: SpecNode<TeamSpec>;
  readonly pipelines: PipelineNode[];
  readonly manifests: PlainManifest[];
}

export interface BusinessUnitNode {
  readonly env: string;
  readonly name: string;
  readonly dir: string;
  readonly node?: SpecNode<BusinessUnitSpec>;
  readonly teams: TeamNode[];
}

export interface EnvironmentNode {
  readonly name: string;
  readonly dir: string;
  readonly node?: SpecNode<EnvironmentSpec>;
  readonly businessUnits: BusinessUnitNode[];
}

export interface RepositoryTree {
  readonly repository: RepositoryNode;
  readonly environments: EnvironmentNode[];
  readonly policies: ParsedDocument[];
  /** Repository template overrides: file name under templates/ → text and file. */
  readonly templates: ReadonlyMap<string, { readonly file: string; readonly text: string }>;
}

export type { Location };
