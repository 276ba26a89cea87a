import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { companyFacts } from "@/lib/enterprises/company-metrics";
import { ComparisonPanel } from "@/lib/ui/enterprises/comparison-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enterprises.compare"))("pageTitle") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const held = await loadHeldAssessment(id);
  if (!held) notFound(); // 404 with ../not-found.tsx: the resume link is the way in
  if (held.status === "draft" || !held.evaluation) redirect(`/assess/${id}/check`);
  const raw = (await searchParams).product;
  const product = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  // The box shows what is searched for: the typed product, else the one the questionnaire asked.
  const shown = product || companyFacts(held.answers).mainProduct || "";
  const t = await getTranslations("enterprises.compare");
  return (
    <div className="max-w-4xl space-y-6">
      <p className="no-print">
        <Link href={`/assess/${id}/result`} className="text-brand-800 underline">
          {t("backToResult")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("pageTitle")}</h1>
        <p>{t("reference", { reference: held.reference })}</p>
      </header>
      <form method="get" className="no-print flex max-w-2xl flex-wrap items-end gap-3">
        <div className="min-w-0 flex-[1_1_16rem]">
          <label htmlFor="product" className="mb-1 block font-semibold">
            {t("productLabel")}
          </label>
          <p id="product-hint" className="mb-1 text-sm text-muted">
            {t("productHint")}
          </p>
          <input
            id="product"
            name="product"
            type="text"
            defaultValue={shown}
            maxLength={100}
            aria-describedby="product-hint"
            className="w-full rounded border-2 border-gray-700 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded border-2 border-gray-800 px-4 py-2 font-semibold">
          {t("productApply")}
        </button>
      </form>
      <ComparisonPanel
        answers={held.answers}
        assessmentId={id}
        product={product || undefined}
        linkToFullComparison={false}
      />
    </div>
  );
}
