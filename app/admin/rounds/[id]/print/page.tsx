import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listHeading, signoffLines } from "@/lib/admin/round-export";
import { getRound } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import type { Locale } from "@/lib/criteria";
import { isUuid } from "@/lib/ids";
import { RoundList } from "@/lib/ui/admin/round-list";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const round = isUuid(id) ? await getRound(id) : null;
  const t = await getTranslations("rounds.export");
  return { title: round ? t("printTitle", { name: round.name }) : t("title") };
}

/**
 * A round's recommendation list as a document: what the PDF download prints (landscape A4, the
 * title, what the list is for, the ranked table, the sign-offs). Signed-in staff only.
 */
export default async function RoundPrintPage({ params }: Props) {
  const { id } = await params;
  await requireAdminPage("reviewer", `/admin/rounds/${id}/print`);
  const round = isUuid(id) ? await getRound(id) : null;
  if (!round) notFound();
  const locale = (await getLocale()) as Locale;
  const heading = listHeading(round, locale);
  const t = await getTranslations("rounds.signoff");
  const signoffs = signoffLines(round, locale);
  return (
    <div className="space-y-4">
      <style>{"@page { size: A4 landscape; margin: 12mm 10mm; }"}</style>
      <h1 className="text-xl font-bold">{heading.title}</h1>
      <p className="text-sm">{heading.subtitle}</p>
      <RoundList round={round} print />
      <section aria-labelledby="signoffs-title" className="space-y-1 text-sm">
        <h2 id="signoffs-title" className="font-bold">
          {t("history")}
        </h2>
        {signoffs.length === 0 ? (
          <p>{t("noHistory")}</p>
        ) : (
          <ul>
            {signoffs.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
