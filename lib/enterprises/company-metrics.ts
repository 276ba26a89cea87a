// The comparison's view of a company, from answers in the engine's facts shape (an assessment's, or
// one an admin marked designated). Percent numbers, as in lib/criteria's derived values.
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import type { Metric } from "./types";

export type CompanyFacts = {
  name: string | null;
  uscc: string | null;
  provinceCode: string | null;
  industryCode: string | null;
  metrics: Record<Metric, number | null>;
};

const num = (answers: Answers, path: string) => {
  const v = getAt(answers, path);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
const str = (answers: Answers, path: string) => {
  const v = getAt(answers, path);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
};
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : Math.round((a * 10000) / b) / 100;

export function companyFacts(answers: Answers): CompanyFacts {
  const revenue = num(answers, "finance.revenue.y1");
  const previous = num(answers, "finance.revenue.y2");
  return {
    name: str(answers, "company.name"),
    uscc: str(answers, "company.uscc"),
    provinceCode: str(answers, "company.province"),
    industryCode: str(answers, "company.industryCode"),
    metrics: {
      rdIntensity: ratio(num(answers, "finance.rdExpense.y1"), revenue),
      // Growth over the magnitude of the earlier year, as lib/criteria's `growth` does.
      revenueGrowth:
        revenue === null || previous === null || previous === 0
          ? null
          : Math.round(((revenue - previous) * 10000) / Math.abs(previous)) / 100,
      mainBusinessShare: ratio(num(answers, "finance.mainRevenue.y1"), revenue),
      classOneIp: num(answers, "ip.classOne"),
    },
  };
}
