import { getRulesetInfo } from "../rulesets/catalog";
import { littleGiantAt } from "./at-date";

/** The parameters of miit-2018: every series as in force on the rule set's first day. */
const AT = getRulesetInfo("miit-2018").effectiveFrom;

export const miit2018Params = { id: "miit-2018" as const, littleGiant: littleGiantAt(AT) };

export type Miit2018Params = typeof miit2018Params;
