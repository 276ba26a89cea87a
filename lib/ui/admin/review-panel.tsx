import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { designateAction, reviewAction } from "@/lib/admin/actions/assessment-actions";
import type { AssessmentDetail } from "@/lib/admin/get-assessment";
import { requestItems } from "@/lib/admin/information-request";
import { TRANSITIONS } from "@/lib/admin/review-assessment";
import type { RulesetId } from "@/lib/criteria";
import { BATCHES } from "@/lib/enterprises/batches";
import { ActionForm } from "./action-form";
import { AuditActionName, AuditChange } from "./audit-change";
import { RequestItems } from "./information-panel";

/** The review form, the designation, the history and the duplicates of one assessment. */
export async function ReviewPanel({ detail, ruleset }: { detail: AssessmentDetail; ruleset: RulesetId }) {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const next = TRANSITIONS[detail.status];
  return (
    <div className="space-y-8">
      <section aria-labelledby="review-title" className="space-y-3 rounded border-2 border-gray-700 p-4">
        <h2 id="review-title" className="text-xl font-bold">
          {t("review.title")}
        </h2>
        <p data-testid="current-status">{t("detail.status", { status: t(`status.${detail.status}`) })}</p>
        {next.length === 0 ? (
          <p>{t("review.none")}</p>
        ) : (
          <ActionForm
            id="review"
            action={reviewAction}
            hidden={{ id: detail.id, version: detail.version }}
            fields={[
              {
                name: "to",
                label: t("review.to"),
                kind: "select",
                options: [
                  { value: "", label: t("review.choose") },
                  ...next.map((s) => ({ value: s, label: t(`status.${s}`) })),
                ],
              },
              { name: "note", label: t("review.note"), hint: t("review.noteHint"), kind: "textarea", required: true },
            ]}
            submitLabel={t("review.submit")}
            summaryTitle={t("errors.summaryTitle")}
          />
        )}
        {next.includes("needs_information") ? <RequestPreview detail={detail} ruleset={ruleset} /> : null}
      </section>

      <section aria-labelledby="designate-title" className="space-y-3">
        <h2 id="designate-title" className="text-xl font-bold">
          {t("designate.title")}
        </h2>
        <p>
          {detail.designatedBatch
            ? t("designate.current", { batch: detail.designatedBatch, year: detail.designatedYear ?? "—" })
            : t("designate.none")}
        </p>
        <p className="text-sm text-muted">{t("designate.text")}</p>
        {detail.status !== "recommended" && !detail.designatedBatch ? (
          <p data-testid="designate-closed">{t("designate.onlyRecommended")}</p>
        ) : (
          <ActionForm
            id="designate"
            action={designateAction}
            hidden={{ id: detail.id }}
            fields={[
              {
                name: "batch",
                label: t("designate.batch"),
                kind: "select",
                options: [
                  { value: "", label: t("designate.noBatch") },
                  ...[...BATCHES].reverse().map((b) => ({
                    value: String(b.batch),
                    label: t("designate.option", { batch: b.batch, year: b.year }),
                  })),
                ],
                defaultValue: detail.designatedBatch?.toString() ?? "",
              },
            ]}
            submitLabel={t("designate.submit")}
            summaryTitle={t("errors.summaryTitle")}
          />
        )}
      </section>

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-xl font-bold">
          {t("detail.history")}
        </h2>
        <ol className="space-y-2 text-sm" data-testid="history">
          {detail.submittedAt ? <li>{`${when(detail.submittedAt)} · ${t("detail.historySubmitted")}`}</li> : null}
          {detail.history.map((h) => (
            <li key={h.id.toString()} className="border-l-4 border-gray-300 pl-2">
              <p>
                {`${when(h.createdAt)} · ${h.actorEmail || t("audit.company")} · `}
                <AuditActionName action={h.action} />
              </p>
              <AuditChange action={h.action} before={h.before} after={h.after} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="duplicates-title" className="space-y-2">
        <h2 id="duplicates-title" className="text-xl font-bold">
          {t("detail.duplicates")}
        </h2>
        {!detail.uscc ? (
          <p>{t("detail.noUscc")}</p>
        ) : detail.duplicates.length === 0 ? (
          <p>{t("detail.noDuplicates")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="duplicates">
            {detail.duplicates.map((d) => (
              <li key={d.id}>
                <Link
                  href={`/admin/assessments/${d.id}`}
                  className="text-brand-800 underline"
                >{`${d.reference} · ${d.companyName ?? ""}`}</Link>
                {` · ${t(`status.${d.status}`)}${d.submittedAt ? ` · ${when(d.submittedAt)}` : ""}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** What asking for more information would list for the company, before the reviewer asks. */
async function RequestPreview({ detail, ruleset }: { detail: AssessmentDetail; ruleset: RulesetId }) {
  const t = await getTranslations("admin");
  const items = requestItems(detail.tiers);
  return (
    <div className="text-sm" data-testid="request-preview">
      <p>{t(items.length > 0 ? "information.preview" : "information.previewNone")}</p>
      {items.length > 0 ? <RequestItems items={items} ruleset={ruleset} /> : null}
    </div>
  );
}
