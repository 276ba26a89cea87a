import { getTranslations } from "next-intl/server";
import type { ScoreOutput } from "@/lib/criteria";

const range = (min: number, max: number) => (min === max ? String(min) : `${min}–${max}`);
// An id from the tier's title, whatever its script: ids hold no spaces or quotation marks.
const idOf = (title: string) => `score-${Array.from(title, (c) => (c.codePointAt(0) ?? 0).toString(36)).join("")}`;
const SURE = "bg-gray-800";
const OPEN = "bg-[repeating-linear-gradient(45deg,#4b5563_0,#4b5563_2px,transparent_2px,transparent_6px)]";

/** A bar per score group: the sure points solid, the points still open hatched, the minimum marked. */
export async function ScoreBars({ score, tierTitle }: { score: ScoreOutput; tierTitle: string }) {
  const t = await getTranslations("report");
  const id = idOf(tierTitle);
  const total = Object.values(score.groups).reduce((n, g) => n + g.of, 0);
  const rows = [
    {
      key: "total",
      text: t("scoreTotal", { range: range(score.min, score.max), passMark: score.passMark }),
      min: score.min,
      max: score.max,
      of: total,
      mark: score.passMark as number | null,
    },
    ...Object.entries(score.groups).map(([key, g]) => ({
      key,
      text:
        t("scoreGroup", { label: g.label, range: range(g.min, g.max), of: g.of }) +
        (g.subMinimum !== null ? t("scoreSubMinimum", { min: g.subMinimum }) : ""),
      min: g.min,
      max: g.max,
      of: g.of,
      mark: g.subMinimum,
    })),
  ];
  return (
    <section aria-labelledby={id} className="mt-4 break-inside-avoid rounded border border-gray-300 p-4">
      <h3 id={id} className="font-semibold">
        {t("scoreTitle", { tier: tierTitle })}
      </h3>
      {score.min !== score.max ? <p className="text-sm text-muted">{t("scoreInterval")}</p> : null}
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        <li className="flex items-center gap-1">
          <span className={`inline-block h-3 w-5 border border-gray-700 ${SURE}`} />
          {t("scoreLegend.sure")}
        </li>
        {score.min !== score.max ? (
          <li className="flex items-center gap-1">
            <span className={`inline-block h-3 w-5 border border-gray-700 ${OPEN}`} />
            {t("scoreLegend.open")}
          </li>
        ) : null}
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-red-700" />
          {t("scoreLegend.mark")}
        </li>
      </ul>
      <ul className="mt-3 space-y-3">
        {rows.map((r) => (
          <li key={r.key}>
            <p className="text-sm">{r.text}</p>
            <div
              className="relative mt-1 h-4 w-full max-w-md rounded border border-gray-700 bg-white"
              aria-hidden="true"
            >
              <div className={`absolute inset-y-0 left-0 ${SURE}`} style={{ width: `${(r.min / r.of) * 100}%` }} />
              <div
                className={`absolute inset-y-0 ${OPEN}`}
                style={{ left: `${(r.min / r.of) * 100}%`, width: `${((r.max - r.min) / r.of) * 100}%` }}
              />
              {r.mark !== null ? (
                <div className="absolute -inset-y-1 w-0.5 bg-red-700" style={{ left: `${(r.mark / r.of) * 100}%` }} />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
