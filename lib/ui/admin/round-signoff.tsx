import { getFormatter, getTranslations } from "next-intl/server";
import { returnAction, signOffAction } from "@/lib/admin/actions/round-actions";
import { NEXT_STAGE } from "@/lib/admin/round-rules";
import type { RoundDetail } from "@/lib/admin/rounds";
import { ActionForm } from "@/lib/ui/admin/action-form";

/**
 * A round's sign-off: who signed each step and when, the form for the next step, and (once the list
 * is frozen but not yet approved) the form that returns it to the reviewers.
 */
export async function RoundSignoff({ round }: { round: RoundDetail }) {
  const t = await getTranslations("rounds");
  const admin = await getTranslations("admin");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const next = NEXT_STAGE[round.stage];
  const frozen = round.stage !== "open";
  const hidden = { id: round.id, version: round.version };
  return (
    <section aria-labelledby="signoff-title" className="space-y-3 rounded border-2 border-gray-700 p-4">
      <h2 id="signoff-title" className="text-xl font-bold">
        {t("signoff.title")}
      </h2>
      <h3 className="font-semibold">{t("signoff.history")}</h3>
      {round.signoffs.length === 0 ? (
        <p>{t("signoff.noHistory")}</p>
      ) : (
        <ol className="space-y-1 text-sm" data-testid="signoffs">
          {round.signoffs.map((s, i) => (
            <li key={i} className="border-l-4 border-gray-300 pl-2 [overflow-wrap:anywhere]">
              {s.stage === "open"
                ? t("signoff.returned", { email: s.actorEmail, date: when(s.createdAt) })
                : t("signoff.entry", { step: t(`step.${s.stage}`), email: s.actorEmail, date: when(s.createdAt) })}
              <span className="block text-muted">{s.note}</span>
            </li>
          ))}
        </ol>
      )}
      {next ? (
        <>
          <p>
            {t("signoff.next", { step: t(`step.${next}`) })} {t("signoff.rules")}
          </p>
          <ActionForm
            id="signoff"
            action={signOffAction}
            hidden={hidden}
            fields={[
              { name: "note", label: t("signoff.note"), hint: t("signoff.noteHint"), kind: "textarea", required: true },
            ]}
            submitLabel={t("signoff.submit", { step: t(`step.${next}`) })}
            summaryTitle={admin("errors.summaryTitle")}
          />
        </>
      ) : null}
      {frozen && next ? (
        <details className="space-y-2">
          <summary className="cursor-pointer font-semibold text-brand-800 underline">
            {t("signoff.return.title")}
          </summary>
          <p className="text-sm">{t("signoff.return.hint")}</p>
          <ActionForm
            id="return"
            action={returnAction}
            hidden={hidden}
            fields={[{ name: "note", label: t("signoff.return.note"), kind: "textarea", required: true }]}
            submitLabel={t("signoff.return.submit")}
            summaryTitle={admin("errors.summaryTitle")}
          />
        </details>
      ) : null}
    </section>
  );
}
