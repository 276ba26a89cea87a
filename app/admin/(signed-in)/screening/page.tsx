import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/auth/guards";
import { rulesets } from "@/lib/criteria";
import { MAX_SCREENING_ROWS, MAX_SCREENING_UPLOAD_BYTES } from "@/lib/screening/limits";
import { listScreenings } from "@/lib/screening/service";
import { refusalFromQuery, refusalText, SCREENING_UPLOAD_PATH } from "@/lib/screening/upload";
import { ScreeningsTable } from "@/lib/ui/screening/screenings-table";
import { UploadForm } from "@/lib/ui/screening/upload-form";

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screening.meta"))("title") };
}

/** Reviewers and admins screen a list of firms at once, from the template, and reopen past screenings. */
export default async function ScreeningPage({ searchParams }: { searchParams: Promise<Query> }) {
  const session = await requireAdminPage("reviewer", "/admin/screening");
  const t = await getTranslations("screening.page");
  const format = await getFormatter();
  const locale = await getLocale();
  const query = await searchParams;
  const recent = await listScreenings();
  const labels = Object.fromEntries(
    ["file", "fileHint", "ruleset", "rulesetDefault", "submit", "pending", "summaryTitle", "errorPrefix", "failed"].map(
      (k) => [k, t(k)],
    ),
  ) as Omit<Parameters<typeof UploadForm>[0]["labels"], "tooLarge" | "choose" | "noFile">;
  const picker = await getTranslations("filePicker");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-3xl">
        {t("intro", { rows: format.number(MAX_SCREENING_ROWS), mb: MAX_SCREENING_UPLOAD_BYTES / 1024 / 1024 })}
      </p>
      {query.deleted === "1" ? (
        <p role="status" className="border-l-8 border-green-700 bg-green-50 p-3">
          {t("deleted")}
        </p>
      ) : null}
      <section aria-labelledby="template-title" className="max-w-3xl space-y-2">
        <h2 id="template-title" className="text-xl font-bold">
          {t("templateTitle")}
        </h2>
        <p>{t("templateText")}</p>
        <a href="/api/v1/admin/screening/template" className="font-semibold text-brand-800 underline" download>
          {t("templateLink")}
        </a>
      </section>
      <section aria-labelledby="upload-title" className="max-w-2xl space-y-3">
        <h2 id="upload-title" className="text-xl font-bold">
          {t("uploadTitle")}
        </h2>
        <UploadForm
          labels={{
            ...labels,
            tooLarge: refusalText("too_large", locale),
            choose: picker("choose"),
            noFile: picker("none"),
          }}
          action={SCREENING_UPLOAD_PATH}
          rulesets={rulesets.map((r) => ({ id: r.id, title: r.title[locale] }))}
          error={refusalFromQuery(query, locale)}
          maxBytes={MAX_SCREENING_UPLOAD_BYTES}
        />
      </section>
      <section aria-labelledby="recent-title" className="space-y-2">
        <h2 id="recent-title" className="text-xl font-bold">
          {t("recentTitle")}
        </h2>
        {recent.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ScreeningsTable rows={recent} canDelete={session.role === "admin"} />
        )}
      </section>
    </div>
  );
}
