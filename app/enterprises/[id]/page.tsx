import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { chinaToday } from "@/lib/criteria/today";
import { getEnterprise } from "@/lib/enterprises/service";
import { titleValidity } from "@/lib/enterprises/title-validity";
import { filtersToSearch } from "@/lib/enterprises/query";
import { metricValue } from "@/lib/ui/enterprises/metric-value";
import { industryPathLabel, provinceName } from "@/lib/ui/enterprises/names";
import { SampleNotice } from "@/lib/ui/enterprises/sample-notice";

type Props = { params: Promise<{ id: string }> };

const METRIC_FIELDS = ["revenue", "revenueGrowth", "rdIntensity", "mainBusinessShare", "classOneIp"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const firm = await getEnterprise((await params).id);
  return { title: firm?.name ?? (await getTranslations("enterprises.firm"))("notFoundTitle") };
}

export default async function EnterprisePage({ params }: Props) {
  const { id } = await params;
  const t = await getTranslations("enterprises");
  const format = await getFormatter();
  const locale = await getLocale();
  const firm = await getEnterprise(id);
  if (!firm) notFound(); // 404 with ./not-found.tsx: no such firm (or no UUID at all)

  const say = (unit: Parameters<typeof t>[0], value: string) => t(unit, { value });
  const metrics = METRIC_FIELDS.filter((m) => firm[m] !== null);
  const title = titleValidity(firm, chinaToday());
  const rows: [string, string][] = [
    [t("firm.province"), provinceName(firm.provinceCode, locale)],
    ...(firm.city ? [[t("firm.city"), firm.city] as [string, string]] : []),
    [t("firm.uscc"), firm.uscc ?? t("unknown")],
    [
      t("firm.batch"),
      firm.year ? t("batchYear", { batch: firm.batch, year: firm.year }) : t("batchLabel", { batch: firm.batch }),
    ],
    ...(title.validUntil !== null && title.state !== "revoked"
      ? [[t("firm.validUntil"), t(`firm.validity.${title.state}`, { year: title.validUntil })] as [string, string]]
      : []),
    [t("firm.industry"), firm.industryCode ? industryPathLabel(firm.industryCode, locale) : t("unknown")],
    [t("firm.mainProduct"), firm.mainProduct ?? t("unknown")],
    [t("firm.status"), t(`status.${title.state}`)],
  ];
  const source = firm.isSample
    ? t("firm.sourceSample")
    : firm.sourceImport
      ? t("firm.sourceFile", {
          file: firm.sourceImport.fileName,
          date: format.dateTime(firm.sourceImport.createdAt, { dateStyle: "long" }),
        })
      : t("unknown");
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/enterprises" className="text-brand-800 underline">
          {t("firm.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">{firm.name}</h1>
      {firm.isSample ? <SampleNotice /> : null}
      <section aria-labelledby="details" className="space-y-2">
        <h2 id="details" className="text-xl font-bold">
          {t("firm.details")}
        </h2>
        <dl className="divide-y divide-gray-300 border-y border-gray-300" data-testid="firm-details">
          {[...rows, [t("firm.source"), source] as [string, string]].map(([term, value]) => (
            <div key={term} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{term}</dt>
              <dd className="wrap-anywhere">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="metrics" className="space-y-2">
        <h2 id="metrics" className="text-xl font-bold">
          {t("firm.metrics")}
        </h2>
        {metrics.length === 0 ? (
          <p>{t("firm.noMetrics")}</p>
        ) : (
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {metrics.map((m) => (
              <div key={m} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t(`metrics.${m}`)}</dt>
                <dd>{metricValue(m, firm[m]!, say, locale)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {firm.industryCode ? (
        <p>
          <Link
            href={`/enterprises${filtersToSearch({ province: firm.provinceCode, industry: firm.industryCode.slice(0, 3) })}`}
            className="text-brand-800 underline"
          >
            {t("firm.peers")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
