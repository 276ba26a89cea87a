import { SIZE_STANDARD_2011 } from "./instruments";
import { basis, clause, clausesOf, resolveAt, valueAt, type Series } from "./series";
import { smeSizeStandardAt } from "./sme-size-standard";
import type { Source } from "./types";

// The basic conditions every tier repeats (registered in mainland China with independent legal
// personality, an SME under the 2011 size standard, good standing), cited to the tier's clause.

const sizeRule = basis(clause(clausesOf(SIZE_STANDARD_2011, "", "")("第四条", "Article 4"), "confirmed", "2026-11-21"));

export function commonParams(tierBasic: Series<null>, date: string) {
  const at = (s: Series<null>): Source => {
    if (!valueAt(s, date)) throw new Error(`no basic conditions in force on ${date}`);
    return resolveAt({ basis: s }, date).basis;
  };
  return {
    "common.sme-size": { basis: at(tierBasic), sizeRule: at(sizeRule), standard: smeSizeStandardAt(date) },
    "common.legal-person": { basis: at(tierBasic) },
    "common.good-standing": { basis: at(tierBasic) },
  };
}

export type CommonParams = ReturnType<typeof commonParams>;
