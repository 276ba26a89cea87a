import { commonParams } from "./common";
import { innovativeSmeSeries } from "./data/innovative-sme";
import { littleGiantSeries } from "./data/little-giant";
import { littleGiantInnovationSeries } from "./data/little-giant-innovation";
import { specializedSmeSeries } from "./data/specialized-sme";
import { resolveAt } from "./series";

// Each tier's parameters as in force on a date: what a rule set's builder reads.

const { basic: ismBasic, ...ism } = innovativeSmeSeries;
const { basic: ssmeBasic, ...ssme } = specializedSmeSeries;
const { basic: lgBasic, ...lg } = littleGiantSeries;
const lgAll = { ...lg, ...littleGiantInnovationSeries };

export const innovativeSmeAt = (date: string) => ({ common: commonParams(ismBasic, date), ...resolveAt(ism, date) });
export const specializedSmeAt = (date: string) => ({ common: commonParams(ssmeBasic, date), ...resolveAt(ssme, date) });
export const littleGiantAt = (date: string) => ({ common: commonParams(lgBasic, date), ...resolveAt(lgAll, date) });
