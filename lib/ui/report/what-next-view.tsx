import { getLocale, getTranslations } from "next-intl/server";
import type { Application } from "@/lib/criteria/params/data/application";
import type { MaterialNeed } from "@/lib/report/materials";

type Props = {
  application: Application;
  materials: MaterialNeed[];
  labelOf: (criterion: string) => string;
};

/** After submitting: the official channel and window, and the materials to prepare. */
export async function WhatNextView({ application, materials, labelOf }: Props) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const sep = t("listSeparator");
  return (
    <section aria-labelledby="what-next-title" data-testid="what-next" className="break-inside-avoid">
      <h2 id="what-next-title" className="mb-2 text-xl font-bold">
        {t("whatNextTitle")}
      </h2>
      <p>
        {t("whatNextChannel", { channel: application.channel[locale] })}{" "}
        <a href={application.channel.url} className="text-brand-800 underline" rel="noreferrer">
          {application.channel.url.replace(/^https:\/\//, "")}
        </a>
      </p>
      <p className="mt-1">{t("planWindow", { window: application.window[locale] })}</p>
      {materials.length === 0 ? (
        <p className="mt-2">{t("whatNextNoMaterials")}</p>
      ) : (
        <>
          <p className="mt-2">{t("whatNextMaterials")}</p>
          <ul className="list-disc pl-6" data-testid="materials">
            {materials.map((m) => (
              <li key={m.material}>
                {t(`material.${m.material}`)}
                <span className="block text-sm text-muted">
                  {t("whatNextFor", { list: [...new Set(m.criteria.map(labelOf))].join(sep) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
