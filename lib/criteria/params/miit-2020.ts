import { getRulesetInfo } from "../rulesets/catalog";
import { littleGiantAt } from "./at-date";

/** The parameters of miit-2020: every series as in force on the rule set's first day. */
const AT = getRulesetInfo("miit-2020").effectiveFrom;

export const miit2020Params = { id: "miit-2020" as const, littleGiant: littleGiantAt(AT) };

export type Miit2020Params = typeof miit2020Params;
