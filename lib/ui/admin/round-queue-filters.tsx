import { getTranslations } from "next-intl/server";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/admin/assessment-filters";

/** Whose applications the queue shows. */
export const QUEUE_SHOW = ["all", "mine", "unassigned"] as const;
export type QueueShow = (typeof QUEUE_SHOW)[number];

/** The queue's filter: whose applications, in which review status; a plain GET form, so it works before JavaScript. */
export async function RoundQueueFilters({
  roundId,
  show,
  status,
}: {
  roundId: string;
  show: QueueShow;
  status: ReviewStatus | undefined;
}) {
  const t = await getTranslations("rounds");
  const admin = await getTranslations("admin");
  return (
    <form method="get" action={`/admin/rounds/${roundId}`} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="queue-show" className="block font-semibold">
          {t("queue.show")}
        </label>
        <select id="queue-show" name="show" defaultValue={show} className="rounded border-2 border-gray-700 px-3 py-2">
          {QUEUE_SHOW.map((s) => (
            <option key={s} value={s}>
              {t(`queue.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-status" className="block font-semibold">
          {t("queue.status")}
        </label>
        <select
          id="queue-status"
          name="status"
          defaultValue={status ?? ""}
          className="rounded border-2 border-gray-700 px-3 py-2"
        >
          <option value="">{t("queue.anyStatus")}</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {admin(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border-2 border-gray-800 px-4 py-2 font-semibold">
        {t("queue.apply")}
      </button>
    </form>
  );
}
