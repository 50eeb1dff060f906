// Where `pipeforge init` puts the first team unless told otherwise (also shown in its help).
export interface Scope {
  readonly env: string;
  readonly bu: string;
  readonly team: string;
}

export const DEFAULT_SCOPE: Scope = { env: "dev", bu: "platform", team: "data" };
