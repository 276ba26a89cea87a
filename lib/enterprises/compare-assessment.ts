import "server-only";
import type { Answers } from "@/lib/questionnaire/answers";
import { BATCH_NUMBERS } from "./batches";
import { companyFacts, type CompanyFacts } from "./company-metrics";
import type { EnterpriseDb } from "./db";
import { designatedAssessmentPeers, type AssessmentDb } from "./designated-assessments";
import { findPeerScope, peerWhere, type PeerScope } from "./peer-scope";
import { percentileOf } from "./percentile";
import { comparisonProduct, productSimilarity, type ProductSource } from "./similarity";
import { METRICS, type Metric } from "./types";

/** Below this many peers with a figure, no percentile is given for it. */
export const MIN_METRIC_PEERS = 5;
const SIMILAR_SHOWN = 5;
const SIMILAR_CANDIDATES = 5000;

export type SimilarFirm = {
  id: string;
  name: string;
  provinceCode: string;
  batch: number;
  mainProduct: string;
  isSample: boolean;
  score: number;
};
export type MetricStanding = { metric: Metric; value: number | null; peers: number; percentile: number | null };

export type Comparison =
  | { kind: "missing_facts"; company: CompanyFacts }
  | {
      kind: "compared";
      company: CompanyFacts;
      scope: PeerScope;
      nationalPeers: number;
      byBatch: { batch: number; count: number }[];
      product: string;
      productSource: ProductSource;
      similar: SimilarFirm[];
      standings: MetricStanding[];
      minMetricPeers: number;
      includesSample: boolean;
    };

export type CompareOptions = { product?: string; assessmentId?: string };

export async function compareAssessment(
  db: EnterpriseDb & AssessmentDb,
  answers: Answers,
  options: CompareOptions = {},
): Promise<Comparison> {
  const company = companyFacts(answers);
  if (company.provinceCode === null || company.industryCode === null) return { kind: "missing_facts", company };
  const scope = await findPeerScope(db, company.provinceCode, company.industryCode);
  const where = peerWhere(scope.provinceCode, scope.prefix);
  const { product, source: productSource } = comparisonProduct(options.product, company.mainProduct, company.name);
  const [nationalPeers, batches, metricRows, candidates, samples, assessments] = await Promise.all([
    db.designatedEnterprise.count({ where: peerWhere(undefined, scope.prefix) }),
    db.designatedEnterprise.groupBy({ by: ["batch"], where, _count: { _all: true } }),
    db.designatedEnterprise.findMany({
      where,
      select: { uscc: true, rdIntensity: true, revenueGrowth: true, mainBusinessShare: true, classOneIp: true },
    }),
    product === ""
      ? []
      : db.designatedEnterprise.findMany({
          where: { ...peerWhere(undefined, scope.prefix), mainProduct: { not: null } },
          select: { id: true, name: true, provinceCode: true, batch: true, mainProduct: true, isSample: true },
          take: SIMILAR_CANDIDATES,
        }),
    db.designatedEnterprise.count({ where: { ...where, isSample: true } }),
    designatedAssessmentPeers(db, {
      provinceCode: scope.provinceCode,
      prefix: scope.prefix,
      excludeId: options.assessmentId,
    }),
  ]);

  // A firm both imported and marked designated counts once, with the assessment's figures.
  const assessed = new Set(assessments.map((a) => a.uscc).filter((u) => u !== null));
  const pool = [
    ...metricRows.filter((r) => r.uscc === null || !assessed.has(r.uscc)),
    ...assessments.map((a) => a.metrics),
  ];
  const standings = METRICS.map((metric): MetricStanding => {
    const values = pool.map((p) => p[metric]).filter((v): v is number => v !== null);
    const value = company.metrics[metric];
    const percentile = value === null || values.length < MIN_METRIC_PEERS ? null : percentileOf(value, values);
    return { metric, value, peers: values.length, percentile };
  });

  const counts = new Map(batches.map((b) => [b.batch, b._count._all]));
  const similar = candidates
    .map((c) => ({ ...c, mainProduct: c.mainProduct ?? "", score: productSimilarity(product, c.mainProduct ?? "") }))
    .filter((c) => c.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.provinceCode === scope.provinceCode) - Number(a.provinceCode === scope.provinceCode) ||
        (a.name < b.name ? -1 : 1),
    )
    .slice(0, SIMILAR_SHOWN);
  return {
    kind: "compared",
    company,
    scope,
    nationalPeers,
    byBatch: BATCH_NUMBERS.map((batch) => ({ batch, count: counts.get(batch) ?? 0 })),
    product,
    productSource,
    similar,
    standings,
    minMetricPeers: MIN_METRIC_PEERS,
    includesSample: samples > 0 || similar.some((s) => s.isSample),
  };
}
