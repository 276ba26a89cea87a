import type { Band, Bands } from "./types";

/** Ladder from [bound, points] pairs, tested in order with one operator. */
export function bands(op: Band["op"], pairs: ReadonlyArray<readonly [number, number]>, otherwise: number): Bands {
  return { rungs: pairs.map(([bound, points]) => ({ op, bound, points })), otherwise };
}
