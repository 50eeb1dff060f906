// Resolved model: the tree after inheritance, what checks and rendering read.
import type { Location } from "../diagnostics/index.js";
import type { EnvironmentSpec, Labels, PipelineNode, PipelineSpec, RepositoryNode, TeamNode, TeamSpec } from "../model/index.js";
import type { JsonPath } from "../parse/index.js";

export interface ResolvedTeam {
  readonly env: string;
  readonly bu: string;
  readonly name: string;
  readonly id: string;
  readonly node: TeamNode;
  readonly spec: TeamSpec;
  readonly namespace: string;
  /** Where the namespace name came from (Team.spec.namespace or the environment's namespaceTemplate). */
  readonly namespaceOrigin: Location;
  /** Labels for the namespace and every object of the team. */
  readonly labels: Labels;
  readonly location: Location;
  /** The business unit's file, when it has one. */
  readonly buLocation?: Location;
  readonly pipelines: ResolvedPipeline[];
}

export interface ResolvedPipeline {
  readonly id: string;
  readonly env: string;
  readonly bu: string;
  readonly team: ResolvedTeam;
  readonly name: string;
  readonly node: PipelineNode;
  /** The pipeline spec with every inherited default filled in. */
  readonly spec: PipelineSpec;
  /** Location that set the value at `path` in `spec` (nearest ancestor when unset). */
  origin(path: JsonPath): Location;
  /** Location of the pipeline's name (metadata.name, or the document when the file name is used). */
  readonly location: Location;
}

export interface ResolvedEnvironment {
  readonly name: string;
  readonly spec: EnvironmentSpec;
  readonly location: Location;
  /** Where promotion.after is set, when it is. */
  readonly promotionLocation?: Location;
  readonly teams: ResolvedTeam[];
}

export interface ResolvedRepository {
  readonly repository: RepositoryNode;
  readonly environments: ResolvedEnvironment[];
  readonly pipelines: ResolvedPipeline[];
  readonly pipelinesById: ReadonlyMap<string, ResolvedPipeline>;
}
