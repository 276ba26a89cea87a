import type { ClauseBuilder } from "./source";
import { clause } from "./source";
import { smeSizeStandard } from "./sme-size-standard";

const SIZE_RULE = clause("工信部联企业〔2011〕300号", "第四条", "Article 4", "confirmed", "2011-06-18");

/**
 * The basic conditions every tier repeats (registered in mainland China with independent legal
 * personality, an SME under the 2011 size standard, good standing), cited to the tier's clause.
 */
export function commonParams(tierClause: ClauseBuilder) {
  return {
    "common.sme-size": { basis: tierClause.basis(), sizeRule: SIZE_RULE.basis(), standard: smeSizeStandard },
    "common.legal-person": { basis: tierClause.basis() },
    "common.good-standing": { basis: tierClause.basis() },
  };
}

export type CommonParams = ReturnType<typeof commonParams>;
