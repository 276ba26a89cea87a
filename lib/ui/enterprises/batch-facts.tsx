import type { Locale } from "@/lib/i18n/locales";
import { getFormatter, getTranslations } from "next-intl/server";
import { BATCHES } from "@/lib/enterprises/batches";
import type { Count } from "@/lib/enterprises/count-enterprises";
import { BatchChart } from "./batch-chart";

const FIGURES = ["year", "held", "announced", "final"] as const;
const COLUMNS = ["batch", ...FIGURES, "note", "source"] as const;
const CARD_ROWS = [...FIGURES, "note", "source"] as const;

/**
 * The official figures of every batch with their sources, beside what this database holds: a
 * table from `md` up, one card per batch below it (seven columns squeezed onto a phone broke
 * "本库企业数" into one character per line).
 */
export async function BatchFacts({ held, locale }: { held: readonly Count[]; locale: Locale }) {
  const t = await getTranslations("enterprises");
  const format = await getFormatter();
  const heldBy = new Map(held.map((c) => [Number(c.key), c.count]));
  const n = (value: number | null) => (value === null ? t("batches.none") : format.number(value));
  const rows = BATCHES.map((b) => ({
    batch: b.batch,
    label: t("batchLabel", { batch: b.batch }),
    year: String(b.year),
    held: format.number(heldBy.get(b.batch) ?? 0),
    announced: n(b.announced),
    final: n(b.final),
    note: b.note?.[locale] ?? "",
    source: b.source[locale],
  }));
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
        <BatchChart data={data} heldLabel={t("batches.held")} announcedLabel={t("batches.announced")} locale={locale} />
        <p className="sr-only">{t("batches.chartHidden")}</p>
      </figure>
      <table className="hidden w-full border-collapse text-left text-sm md:table" data-testid="batch-facts">
        <thead>
          <tr className="border-b-2 border-gray-700">
            {COLUMNS.map((k) => (
              <th key={k} scope="col" className="py-2 pr-3 align-bottom whitespace-nowrap">
                {t(`batches.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.batch} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold whitespace-nowrap">
                {r.label}
              </th>
              {FIGURES.map((k) => (
                <td key={k} className="py-2 pr-3 tabular-nums">
                  {r[k]}
                </td>
              ))}
              <td className="py-2 pr-3">{r.note}</td>
              <td className="py-2">{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-gray-300 border-y border-gray-300 md:hidden" data-testid="batch-cards">
        {rows.map((r) => (
          <li key={r.batch} className="space-y-1 py-3 text-sm">
            <p className="text-base font-semibold">{r.label}</p>
            <dl className="space-y-0.5">
              {CARD_ROWS.filter((k) => r[k] !== "").map((k) => (
                <div key={k} className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3">
                  <dt className="text-muted">{t(`batches.${k}`)}</dt>
                  <dd className="tabular-nums">{r[k]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
