import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Comparison } from "@/lib/enterprises/compare-assessment";
import { MIN_PEERS } from "@/lib/enterprises/peer-scope";
import { industryName, provinceName } from "./names";
import { PeerLinks } from "./peer-links";
import { Standings } from "./standings";

type Props = {
  comparison: Comparison;
  headingLevel?: 2 | 3;
  /** The full comparison page, linked from a report's panel (absent on that page itself). */
  fullComparisonHref?: string;
};

/** Renders a computed comparison; ComparisonPanel computes one and renders it. */
export async function ComparisonView({ comparison, headingLevel = 2, fullComparisonHref }: Props) {
  const t = await getTranslations("enterprises");
  const locale = await getLocale();
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const fullLink = fullComparisonHref ? (
    <p className="no-print">
      <Link
        href={fullComparisonHref}
        className="inline-block rounded border-2 border-brand-800 px-4 py-2 font-semibold text-brand-800 underline"
        data-testid="full-comparison-link"
      >
        {t("compare.fullLink")}
      </Link>
    </p>
  ) : null;
  if (comparison.kind === "missing_facts") {
    return (
      <section aria-labelledby="compare-title" className="space-y-2" data-testid="comparison">
        <H id="compare-title" className="text-xl font-bold">
          {t("compare.panelTitle")}
        </H>
        <p>{t("compare.missingFacts")}</p>
      </section>
    );
  }
  const { scope, company } = comparison;
  const guessed = comparison.productSource === "name" || comparison.productSource === "none";
  return (
    <section aria-labelledby="compare-title" className="space-y-4" data-testid="comparison">
      <H id="compare-title" className="text-xl font-bold">
        {t("compare.panelTitle")}
      </H>
      {fullLink}
      {comparison.includesSample ? (
        <p className="rounded border-l-8 border-amber-600 bg-amber-50 p-3">{t("compare.sample")}</p>
      ) : null}
      <p data-testid="comparison-scope">
        {t("compare.scope", {
          province: provinceName(scope.provinceCode, locale),
          industry: industryName(scope.prefix, locale),
          code: scope.prefix,
          peers: scope.peers,
          national: comparison.nationalPeers,
        })}
      </p>
      {company.industryCode && scope.prefix !== company.industryCode && scope.enough ? (
        <p>{t("compare.widened", { code: company.industryCode, prefix: scope.prefix, min: MIN_PEERS })}</p>
      ) : null}
      {scope.enough ? null : (
        <p
          role="note"
          className="border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold"
          data-testid="too-few-peers"
        >
          {t("compare.tooFew", { peers: scope.peers, min: MIN_PEERS })}
        </p>
      )}
      <Sub className="text-lg font-bold">{t("compare.standingsTitle")}</Sub>
      <p className="text-sm text-muted">{t("compare.standingsIntro")}</p>
      <Standings standings={comparison.standings} minMetricPeers={comparison.minMetricPeers} locale={locale} />
      <Sub className="text-lg font-bold">{t("compare.byBatchTitle")}</Sub>
      <table className="border-collapse text-left text-sm" data-testid="peers-by-batch">
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="py-1 pr-6">
              {t("batches.batch")}
            </th>
            <th scope="col" className="py-1">
              {t("counts.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.byBatch.map((b) => (
            <tr key={b.batch} className="border-b border-gray-300">
              <th scope="row" className="py-1 pr-6 font-normal">
                {t("batchLabel", { batch: b.batch })}
              </th>
              <td className="py-1 tabular-nums">{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sub className="text-lg font-bold">{t("compare.similarTitle")}</Sub>
      {comparison.similar.length === 0 ? (
        <p data-testid="similar-none">{t("compare.similarNone")}</p>
      ) : (
        <>
          <p data-testid="similar-for">
            {t("compare.similarFor", { product: comparison.product })}{" "}
            <span className="text-sm text-muted">{t(`compare.productFrom.${comparison.productSource}`)}</span>
          </p>
          <ul className="list-disc space-y-1 pl-6" data-testid="similar-firms">
            {comparison.similar.map((s) => (
              <li key={s.id}>
                <Link href={`/enterprises/${s.id}`} className="text-brand-800 underline">
                  {s.name}
                </Link>
                {` · ${provinceName(s.provinceCode, locale)} · ${t("batchLabel", { batch: s.batch })} · ${s.mainProduct}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {guessed ? <p className="text-sm">{t("compare.giveProduct")}</p> : null}
      <PeerLinks scope={scope} locale={locale} headingLevel={headingLevel === 2 ? 3 : 4} />
    </section>
  );
}
