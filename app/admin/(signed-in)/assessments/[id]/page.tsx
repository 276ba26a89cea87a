import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAssessmentDetail } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { isRulesetId, rulesets } from "@/lib/criteria";
import { AnswersPanel } from "@/lib/ui/admin/answers-panel";
import { ArrangePanel } from "@/lib/ui/admin/arrange-panel";
import { ContactLine } from "@/lib/ui/admin/contact-line";
import { CorrectionPanel } from "@/lib/ui/admin/correction-panel";
import { InformationPanel } from "@/lib/ui/admin/information-panel";
import { ReviewPanel } from "@/lib/ui/admin/review-panel";
import { ReviewSummary } from "@/lib/ui/admin/review-summary";
import { TracePanel } from "@/lib/ui/admin/trace-panel";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.review"))("title") };
}

export default async function AssessmentReviewPage({ params }: Props) {
  const { id } = await params;
  await requireAdminPage("reviewer", `/admin/assessments/${id}`);
  const t = await getTranslations("admin");
  const locale = await getLocale();
  const detail = await getAssessmentDetail(id, locale);
  if (!detail) notFound();
  const format = await getFormatter();
  const rulesetId = isRulesetId(detail.rulesetId) ? detail.rulesetId : detail.evaluation.ruleset.id;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/assessments" className="text-brand-800 underline">
          {t("detail.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{detail.companyName || detail.reference}</h1>
        <p>{t("detail.reference", { reference: detail.reference })}</p>
        {detail.uscc ? <p>{t("detail.uscc", { uscc: detail.uscc })}</p> : null}
        <ContactLine contact={detail.contact} />
        {detail.submittedAt ? (
          <p>
            {t("detail.submittedAt", {
              date: format.dateTime(detail.submittedAt, {
                dateStyle: "long",
                timeStyle: "short",
                timeZone: "Asia/Shanghai",
              }),
            })}
          </p>
        ) : null}
        <p>{t("detail.ruleset", { title: rulesets.find((r) => r.id === rulesetId)?.title[locale] ?? rulesetId })}</p>
      </header>
      <ReviewSummary detail={detail} />
      <InformationPanel detail={detail} ruleset={rulesetId} />
      <ArrangePanel detail={detail} />
      <ReviewPanel detail={detail} ruleset={rulesetId} />
      <CorrectionPanel detail={detail} ruleset={rulesetId} />
      <div className="grid gap-8 lg:grid-cols-2">
        <TracePanel
          id={detail.id}
          tiers={detail.tiers}
          answers={detail.correctedAnswers ?? detail.answers}
          canOverride={detail.status === "in_review"}
        />
        <AnswersPanel answers={detail.answers} corrected={detail.correctedAnswers} />
      </div>
    </div>
  );
}
