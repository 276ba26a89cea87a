import fc from "fast-check";

/**
 * fast-check's parameters for `numRuns` random cases, with the whole check (runs and shrinking)
 * bounded in time. A property with a sync predicate runs and shrinks synchronously: a rare failure
 * among dozens of facts can take hours to shrink, blocking vitest's worker so that no test timeout
 * fires and the run never ends. Past the limit the check fails (with the smallest counterexample
 * found so far, when there is one) instead of hanging. Far above what the checks take (seconds).
 */
export function boundedRuns(numRuns: number): fc.Parameters<unknown> {
  return { numRuns, plugins: [fc.interruptAfterTimeLimit(60_000, { failOnInterrupt: true })] };
}
