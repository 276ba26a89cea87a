import type { Locale } from "@/lib/i18n/locales";
import { getFormatter, getTranslations } from "next-intl/server";
import { BATCHES } from "@/lib/enterprises/batches";
import type { Count } from "@/lib/enterprises/count-enterprises";
import { BatchChart } from "./batch-chart";

/** The official figures of every batch with their sources, beside what this database holds. */
export async function BatchFacts({ held, locale }: { held: readonly Count[]; locale: Locale }) {
  const t = await getTranslations("enterprises");
  const format = await getFormatter();
  const heldBy = new Map(held.map((c) => [Number(c.key), c.count]));
  const n = (value: number | null) => (value === null ? t("batches.none") : format.number(value));
  const data = BATCHES.map((b) => ({
    label: t("batchLabel", { batch: b.batch }),
    held: heldBy.get(b.batch) ?? 0,
    announced: b.announced,
  }));
  return (
    <section aria-labelledby="batches-title" className="space-y-3">
      <h2 id="batches-title" className="text-xl font-bold">
        {t("batches.title")}
      </h2>
      <p>{t("batches.intro")}</p>
      <figure className="space-y-2">
        <figcaption className="font-semibold">{t("batches.chartLabel")}</figcaption>
        <BatchChart data={data} heldLabel={t("batches.held")} announcedLabel={t("batches.announced")} />
        <p className="sr-only">{t("batches.chartHidden")}</p>
      </figure>
      <div className="overflow-x-auto" role="region" aria-label={t("batches.tableLabel")} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm" data-testid="batch-facts">
          <thead>
            <tr className="border-b-2 border-gray-700">
              {(["batch", "year", "held", "announced", "final", "note", "source"] as const).map((k) => (
                <th key={k} scope="col" className="py-2 pr-3">
                  {t(`batches.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {BATCHES.map((b) => (
              <tr key={b.batch} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-3 font-semibold whitespace-nowrap">
                  {t("batchLabel", { batch: b.batch })}
                </th>
                <td className="py-2 pr-3">{b.year}</td>
                <td className="py-2 pr-3">{format.number(heldBy.get(b.batch) ?? 0)}</td>
                <td className="py-2 pr-3">{n(b.announced)}</td>
                <td className="py-2 pr-3">{n(b.final)}</td>
                <td className="py-2 pr-3">{b.note?.[locale] ?? ""}</td>
                <td className="py-2">{b.source[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
