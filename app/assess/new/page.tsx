import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { startAssessmentAction } from "@/lib/assessments/actions";
import { limitedMinutes } from "@/lib/assessments/limited-param";
import { newSecretToken } from "@/lib/secret-token";
import { SubmitButton } from "@/lib/ui/submit-button";

const prepare = ["finance", "balance", "rd", "ip", "titles"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAssessmentPage({ searchParams }: Props) {
  // Rendered per visit, never cached: the form carries the new draft's resume token, so that the
  // same start pressed twice (a double click, with or without JavaScript) opens one draft.
  await connection();
  const t = await getTranslations("start");
  const { token: key } = newSecretToken();
  // Set by the start action when this address started too many drafts lately (proxy.ts answers 429).
  const waitMinutes = limitedMinutes((await searchParams).limited);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {waitMinutes ? (
        <p role="alert" className="rounded border-2 border-red-700 p-3" data-testid="too-many-drafts">
          {t("tooMany", { minutes: waitMinutes })}
        </p>
      ) : null}
      <p className="text-lg">{t("intro")}</p>
      <section aria-labelledby="prepare">
        <h2 id="prepare" className="mb-2 text-xl font-bold">
          {t("prepareTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {prepare.map((p) => (
            <li key={p}>{t(`prepare.${p}`)}</li>
          ))}
        </ul>
      </section>
      <p>{t("time")}</p>
      <p className="text-muted">{t("privacy")}</p>
      <form action={startAssessmentAction}>
        <input type="hidden" name="key" value={key} />
        <SubmitButton
          label={t("button")}
          className="rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white shadow hover:bg-brand-800 disabled:opacity-60"
        />
      </form>
    </div>
  );
}
