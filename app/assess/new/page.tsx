import { getTranslations } from "next-intl/server";
import { startAssessmentAction } from "@/lib/assessments/actions";

const prepare = ["finance", "balance", "rd", "ip", "titles"] as const;

export default async function NewAssessmentPage() {
  const t = await getTranslations("start");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
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
        <button
          type="submit"
          className="rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white shadow hover:bg-brand-800"
        >
          {t("button")}
        </button>
      </form>
    </div>
  );
}
