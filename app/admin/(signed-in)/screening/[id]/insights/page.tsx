import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/guards";
import { isRulesetId, rulesetInForce } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { isUuid } from "@/lib/ids";
import { aggregateInsights } from "@/lib/insights/aggregate";
import { getScreening, screeningInsightRows } from "@/lib/screening/service";
import { InsightsView } from "@/lib/ui/insights/insights-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screening.insights"))("metaTitle") };
}

/** What a stored screening's firms say as a whole: the same figures /admin/insights shows for submissions. */
export default async function ScreeningInsightsPage({ params }: Props) {
  const { id } = await params;
  await requireAdminPage("reviewer", `/admin/screening/${id}/insights`);
  const screening = isUuid(id) ? await getScreening(id) : null;
  if (!screening) notFound();
  const t = await getTranslations("screening.insights");
  const locale = await getLocale();
  const chosen = isRulesetId(screening.rulesetId) ? screening.rulesetId : null;
  const ruleset = chosen ?? rulesetInForce(chinaToday()).id;
  const figures = aggregateInsights((await screeningInsightRows(id)) ?? [], ruleset);
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/screening/${id}`} className="font-semibold text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-all sm:text-3xl">{t("title", { file: screening.fileName })}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <InsightsView figures={figures} locale={locale} rulesetChosen={chosen !== null} subject="firms" />
    </div>
  );
}
