// One fixed seed for every property test, so a run is reproducible and CI is
// stable; PIPEFORGE_FC_SEED picks another. fast-check prints the seed and the
// shrunk counterexample's path on failure; the describe titles carry it too.
import fc from "fast-check";

export const SEED = Number(process.env.PIPEFORGE_FC_SEED ?? 20_260_601);

export function configureProperties(numRuns: number): void {
  fc.configureGlobal({ seed: SEED, numRuns, endOnFailure: false, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true });
}

/** A describe title that says how to replay the run. */
export const seeded = (title: string): string => `${title} (fast-check seed ${SEED}; replay with PIPEFORGE_FC_SEED=${SEED})`;
