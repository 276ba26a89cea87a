import { flattenFacts, type Facts, type TierId, type Verdict } from "@/lib/criteria";

// The copies of a submitted assessment's answers and verdicts that the admin list filters, sorts
// and indexes on (prisma/schema.prisma), written by submission and kept by reviewers' overrides.

export function verdictColumns(tiers: readonly { id: TierId; verdict: Verdict }[]) {
  const of = (id: TierId) => tiers.find((t) => t.id === id)?.verdict ?? null;
  return {
    verdictInnovativeSme: of("innovative-sme"),
    verdictSpecializedSme: of("specialized-sme"),
    verdictLittleGiant: of("little-giant"),
  };
}

export function listColumns(facts: Facts, tiers: readonly { id: TierId; verdict: Verdict }[]) {
  const f = flattenFacts(facts);
  return {
    companyName: f["company.name"] ?? "",
    uscc: f["company.uscc"],
    province: f["company.province"],
    industryCode: f["company.industryCode"],
    ...verdictColumns(tiers),
  };
}
