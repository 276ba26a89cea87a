import type { Band, Bands } from "./types";

/**
 * Ladder from [bound, points] pairs, tested in order with one operator. `ambiguous` lists the
 * bounds two plain ranges of the text share (see Bands).
 */
export function bands(
  op: Band["op"],
  pairs: ReadonlyArray<readonly [number, number]>,
  otherwise: number,
  ambiguous: readonly number[] = [],
): Bands {
  const out: Bands = { rungs: pairs.map(([bound, points]) => ({ op, bound, points })), otherwise };
  if (ambiguous.length > 0) out.ambiguous = ambiguous;
  return out;
}

/** A ladder written rung by rung, where the text's words put the bounds on different sides. */
export function rungs(
  list: ReadonlyArray<readonly [Band["op"], number, number]>,
  otherwise: number,
  ambiguous: readonly number[] = [],
): Bands {
  const out: Bands = { rungs: list.map(([op, bound, points]) => ({ op, bound, points })), otherwise };
  if (ambiguous.length > 0) out.ambiguous = ambiguous;
  return out;
}
