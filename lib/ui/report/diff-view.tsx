import { getTranslations } from "next-intl/server";
import type { RulesetDiff } from "@/lib/report/diff";
import { OutcomeBadge, VerdictBadge } from "./outcome-badge";

type Props = {
  diff: RulesetDiff;
  tierTitle: (tier: string) => string;
  /** The heading, and the two columns' names. */
  title: string;
  left: string;
  right: string;
  testId: string;
};

/**
 * What changes from one evaluation to the other (two rule sets, or a frozen evaluation and the
 * corrected one): verdicts, each marked when it changed, then every criterion that differs.
 */
export async function DiffView({ diff, tierTitle, title, left, right, testId }: Props) {
  const t = await getTranslations("report");
  const side = (s: { outcome: Parameters<typeof OutcomeBadge>[0]["outcome"]; gap: string | null } | null) =>
    s ? (
      <>
        <OutcomeBadge outcome={s.outcome} text={t(`outcome.${s.outcome}`)} />
        {s.gap ? <span className="block text-sm">{s.gap}</span> : null}
      </>
    ) : (
      <span className="text-sm text-muted">{t("diffAbsent")}</span>
    );
  // On a phone each row stacks: the criterion on its own line, the two sides under it, each
  // named (the column headings show from the sm breakpoint up).
  const row = "grid grid-cols-2 gap-x-3 border-b border-gray-300 py-1 sm:table-row";
  const head = "col-span-2 py-1 sm:table-cell sm:pr-3";
  const cell = "min-w-0 py-1 [overflow-wrap:anywhere] sm:table-cell";
  const named = (name: string) => <span className="block text-xs text-muted sm:hidden">{name}</span>;
  return (
    <section aria-labelledby={`${testId}-title`} className="break-inside-avoid" data-testid={testId}>
      <h2 id={`${testId}-title`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <table className="block w-full border-collapse text-left text-sm sm:table">
        <thead className="hidden sm:table-header-group">
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="py-1 pr-3">
              {t("diffCriterion")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {left}
            </th>
            <th scope="col" className="py-1">
              {right}
            </th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {diff.verdicts.map((v) => (
            <tr key={`v-${v.tier}`} className={`${row} bg-gray-50`}>
              <th scope="row" className={head}>
                {`${tierTitle(v.tier)} · ${t("diffVerdicts")}`}
                {v.left !== v.right ? (
                  <strong className="ml-2 text-amber-900" data-testid="verdict-changed">
                    {t("diffChanged")}
                  </strong>
                ) : null}
              </th>
              <td className={`${cell} sm:pr-3`}>
                {named(left)}
                {v.left ? <VerdictBadge verdict={v.left} text={t(`verdict.${v.left}`)} /> : t("diffAbsent")}
              </td>
              <td className={cell}>
                {named(right)}
                {v.right ? <VerdictBadge verdict={v.right} text={t(`verdict.${v.right}`)} /> : t("diffAbsent")}
              </td>
            </tr>
          ))}
          {diff.rows.map((r) => (
            <tr key={`${r.tier}-${r.criterion}`} className={`${row} align-top`}>
              <th scope="row" className={`${head} font-normal`}>{`${tierTitle(r.tier)} · ${r.label}`}</th>
              <td className={`${cell} sm:pr-3`}>
                {named(left)}
                {side(r.left)}
              </td>
              <td className={cell}>
                {named(right)}
                {side(r.right)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.rows.length === 0 ? <p className="mt-2">{t("diffNone")}</p> : null}
    </section>
  );
}
