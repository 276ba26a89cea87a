import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { KEY_FIGURES } from "@/lib/admin/key-figures";
import { listHasScore, listHeader, listLines, type ListLine } from "@/lib/admin/round-export";
import type { RoundDetail } from "@/lib/admin/rounds";
import { valueLabel, valueUnit, type Locale } from "@/lib/criteria";
import { formatValue } from "@/lib/criteria/working";

/**
 * A round's recommendation list in rank order, with the columns the provinces ask for. On paper
 * (`print`) always a table; on screen a table from lg up and one card per company below it, so
 * that a phone never scrolls sideways.
 */
export async function RoundList({ round, print = false }: { round: RoundDetail; print?: boolean }) {
  const t = await getTranslations("rounds.list");
  const locale = (await getLocale()) as Locale;
  const lines = listLines(round, locale);
  const withScore = listHasScore(round);
  const header = listHeader(locale, withScore);
  if (lines.length === 0) return <p>{t("none")}</p>;
  const figure = (l: ListLine, i: number) => formatValue(l.figures[i]!.value, valueUnit(KEY_FIGURES[i]!), locale, "—");
  const score = (l: ListLine) => (l.score === null ? "—" : t("scoreOf", { score: l.score }));
  const company = (l: ListLine) =>
    print ? (
      l.company
    ) : (
      <Link href={`/admin/assessments/${l.id}`} className="font-semibold text-brand-800 underline">
        {l.company}
      </Link>
    );
  const changed = (l: ListLine) =>
    l.corrected ? <span className="block text-xs font-semibold text-amber-800">{t("changed")}</span> : null;
  const cell = "border border-gray-400 px-1.5 py-1 align-top";
  return (
    <>
      <table
        className={`${print ? "table text-[8.5pt]" : "hidden text-xs lg:table"} w-full border-collapse text-left [overflow-wrap:anywhere]`}
        data-testid="recommendation-list"
      >
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="bg-gray-100">
            {header.map((h) => (
              <th key={h} scope="col" className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <td className={`${cell} tabular-nums`}>{l.rank}</td>
              <th scope="row" className={`${cell} min-w-[7em] font-normal`}>
                {company(l)}
                {changed(l)}
              </th>
              <td className={`${cell} tabular-nums`}>{l.uscc || "—"}</td>
              <td className={cell}>{l.city || "—"}</td>
              <td className={cell}>{l.industry || "—"}</td>
              <td className={cell}>{l.product || "—"}</td>
              {withScore ? <td className={`${cell} tabular-nums`}>{score(l)}</td> : null}
              {KEY_FIGURES.map((name, i) => (
                <td key={name} className={`${cell} tabular-nums`}>
                  {figure(l, i)}
                </td>
              ))}
              <td className={cell}>{l.opinion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {print ? null : (
        <ol className="space-y-3 lg:hidden" data-testid="recommendation-cards">
          {lines.map((l) => (
            <li key={l.id} className="space-y-1 border-l-4 border-brand-700 pl-3 text-sm break-words">
              <p>
                <span className="mr-2 font-bold tabular-nums">{l.rank}</span>
                {company(l)}
                {changed(l)}
              </p>
              {/* The label's column at most 40 %: a long English label wraps, the value keeps its words whole. */}
              <dl className="grid grid-cols-[minmax(0,40%)_minmax(0,1fr)] gap-x-3 gap-y-0.5">
                {(
                  [
                    [header[2], l.uscc || "—"],
                    [header[3], l.city || "—"],
                    [header[4], l.industry || "—"],
                    [header[5], l.product || "—"],
                    ...(withScore ? [[header[6], score(l)]] : []),
                    ...KEY_FIGURES.map((name, i) => [valueLabel(name, locale, null), figure(l, i)]),
                    [header.at(-1), l.opinion],
                  ] as [string, string][]
                ).map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-muted">{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
