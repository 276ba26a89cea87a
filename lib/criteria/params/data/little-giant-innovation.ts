import type { IndustryTrack, MakerChina, RdInstitution, ScienceAward } from "../../facts/enums";
import { basis, series, v } from "../series";
import { c22, CHECKED, end22, end26, lg18, lg20, lg22, lg26, r18, RECHECKED, s20, s26 } from "./little-giant-clauses";
import { rdClassesSeries } from "./rd-classes";

// The Little Giant's innovation, industrial-chain and field conditions (see little-giant.ts).


export const littleGiantInnovationSeries = {
  "lg.rd-total": { basis: basis(s26(lg26.rdTotal)), minTotal: series("万元", v(1200, lg26.rdTotal, "secondary", CHECKED)) },
  "lg.rd-intensity": {
    basis: basis(s26(lg26.rdIntensity)),
    minIntensity: series("%", v(3, lg26.rdIntensity, "secondary", CHECKED)),
  },
  "lg.ip": {
    basis: basis(r18(lg18.innov), s20(lg20.innov), end22, s26(lg26.ip)),
    minInventionPatents: series(
      "项",
      v(2, lg18.innov, "recall", CHECKED),
      v(2, lg20.innov, "secondary", RECHECKED),
      end22,
    ),
    minClassTwo: series("项", v(5, lg18.innov, "recall", CHECKED), v(5, lg20.innov, "secondary", RECHECKED), end22),
    minClassOne: series("项", v(4, lg26.ip, "secondary", CHECKED)),
    awards: series<readonly ScienceAward[]>("set", v(["national-top3"], lg26.ip, "secondary", CHECKED)),
  },
  "lg.rd-institution": {
    basis: basis(r18(lg18.innov), s20(lg20.innov), end22),
    institutions: series<readonly RdInstitution[]>(
      "set",
      v(["below-municipal", "municipal", "provincial", "national"], lg18.innov, "recall", CHECKED),
      v(["below-municipal", "municipal", "provincial", "national"], lg20.innov, "secondary", RECHECKED),
    ),
  },
  // The revenue-class branches came with batch 2 (2020); batch 1 had a revenue window instead.
  "lg.classified": { basis: basis(s20(lg20.classified), end22), ...rdClassesSeries },
  "lg.innovation": {
    basis: basis(c22(lg22.innov), end26),
    ...rdClassesSeries,
    minClassOne: series("项", v(2, lg22.innov, "confirmed", CHECKED)),
    directAwards: series<readonly ScienceAward[]>("set", v(["national-top3"], lg22.innov, "confirmed", CHECKED)),
    directMakerChina: series<readonly MakerChina[]>("set", v(["top50"], lg22.innov, "confirmed", CHECKED)),
  },
  "lg.chain": { basis: basis(c22(lg22.chain, "recall"), end26) },
  "lg.field": {
    basis: basis(r18(lg18.basic), s20(lg20.basic), c22(lg22.field), s26(lg26.field)),
    tracks: series<readonly IndustryTrack[]>("set", v(["traditional", "emerging", "future"], lg26.field, "secondary", CHECKED)),
  },
};
