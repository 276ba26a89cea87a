import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { rulesetInForce } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { isLocale } from "@/lib/i18n/locales";

const tiers = ["innovative", "specialized", "littleGiant"] as const;
const steps = ["answer", "result", "gap"] as const;

export default async function HomePage() {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const locale = await getLocale();
  const ruleset = rulesetInForce(chinaToday());
  return (
    <div className="space-y-10">
      <section aria-labelledby="title" className="space-y-4">
        <h1 id="title" className="text-2xl font-bold leading-tight sm:text-3xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/assess/new"
            className="inline-block rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white no-underline shadow hover:bg-brand-800"
          >
            {t("start")}
          </Link>
          <span className="text-muted">{t("startHint")}</span>
        </div>
      </section>

      <section aria-labelledby="resume" className="space-y-2">
        <h2 id="resume" className="text-xl font-bold">
          {t("resumeTitle")}
        </h2>
        <p>{t("resumeText")}</p>
        <form action="/assess/resume" method="get" className="flex max-w-2xl flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="resume-link" className="mb-1 block font-semibold">
              {t("resumeLabel")}
            </label>
            <input
              id="resume-link"
              name="link"
              type="text"
              autoComplete="off"
              spellCheck={false}
              className="w-full rounded border-2 border-gray-700 px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded border-2 border-gray-800 px-4 py-2 font-semibold">
            {t("resumeButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="official" className="rounded border-l-8 border-brand-700 bg-red-50 p-4">
        <h2 id="official" className="text-xl font-bold">
          {t("officialTitle")}
        </h2>
        <p className="mt-2">{t("officialText")}</p>
        <p className="mt-2">
          <a href="https://zjtx.miit.gov.cn" className="font-medium text-brand-800 underline" rel="noopener noreferrer">
            {t("officialLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="ladder" className="space-y-3">
        <h2 id="ladder" className="text-xl font-bold">
          {t("ladderTitle")}
        </h2>
        <p>{t("ladderIntro")}</p>
        <ol className="grid gap-4 sm:grid-cols-3">
          {tiers.map((tier, index) => (
            <li key={tier} className="rounded border border-gray-300 p-4">
              <p className="text-sm font-semibold text-muted">{index + 1}</p>
              <h3 className="font-bold">{t(`tiers.${tier}.name`)}</h3>
              <p className="mt-1 text-sm">{t(`tiers.${tier}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="steps" className="space-y-3">
        <h2 id="steps" className="text-xl font-bold">
          {t("stepsTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((step) => (
            <li key={step}>{t(`steps.${step}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rules" className="space-y-2">
        <h2 id="rules" className="text-xl font-bold">
          {t("rulesTitle")}
        </h2>
        <p>
          {t("rulesInForce", {
            title: ruleset.title[isLocale(locale) ? locale : "zh-CN"],
            from: format.dateTime(new Date(`${ruleset.effectiveFrom}T00:00:00+08:00`), { dateStyle: "long" }),
          })}
        </p>
        <p>{t("rulesOther")}</p>
      </section>
    </div>
  );
}
