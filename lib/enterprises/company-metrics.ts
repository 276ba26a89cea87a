// The comparison's view of a company, from answers in the engine's facts shape (an assessment's, or
// one an admin marked designated). The ratios are the engine's own derived values.
import { derive, type DerivedId } from "@/lib/criteria/derived";
import { flattenAnswers } from "@/lib/criteria/facts/flatten";
import { round2 } from "@/lib/criteria/logic";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Metric } from "./types";

export type CompanyFacts = {
  name: string | null;
  uscc: string | null;
  provinceCode: string | null;
  industryCode: string | null;
  /** The main product as answered (market.mainProduct), for "similar firms". */
  mainProduct: string | null;
  metrics: Record<Metric, number | null>;
};

const text = (v: string | null) => (v !== null && v.trim() !== "" ? v.trim() : null);

export function companyFacts(answers: Answers): CompanyFacts {
  const f = flattenAnswers(answers);
  const ratio = (id: DerivedId) => {
    const v = derive(id, f).value;
    return v === null ? null : round2(v);
  };
  return {
    name: text(f["company.name"]),
    uscc: text(f["company.uscc"]),
    provinceCode: text(f["company.province"]),
    industryCode: text(f["company.industryCode"]),
    mainProduct: text(f["market.mainProduct"]),
    metrics: {
      rdIntensity: ratio("rdIntensityY1"),
      revenueGrowth: ratio("revenueGrowthY1"),
      mainBusinessShare: ratio("mainBusinessShare"),
      classOneIp: f["ip.classOne"],
    },
  };
}
