import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { auditFilters } from "@/lib/admin/list-audit";
import { listAudit } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { AuditActionName, AuditChange } from "@/lib/ui/admin/audit-change";
import { AuditTargetLink } from "@/lib/ui/admin/audit-target";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const session = await requireAdminPage("reviewer", "/admin/audit");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const { actor, target, before } = auditFilters(params);
  const filters = { actor, target, before };
  const page = await listAudit(session.role, filters);
  const keep = Object.fromEntries(
    Object.entries({ actor: filters.actor, target: filters.target }).filter(([, v]) => v),
  ) as Record<string, string>;
  const control = "block w-full rounded border-2 border-gray-700 px-2 py-1.5";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      {session.role !== "admin" ? <p className="text-sm text-muted">{t("audit.reviewerScope")}</p> : null}
      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label={t("audit.apply")}
        className="flex flex-wrap items-end gap-4"
      >
        <div>
          <label htmlFor="a-actor" className="mb-1 block font-semibold">
            {t("audit.filterActor")}
          </label>
          <input id="a-actor" name="actor" defaultValue={filters.actor ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="a-target" className="mb-1 block font-semibold">
            {t("audit.filterTarget")}
          </label>
          <input id="a-target" name="target" defaultValue={filters.target ?? ""} className={control} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("audit.apply")}
        </button>
      </form>
      {page.rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="audit-table">
            <caption className="sr-only">{t("audit.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {(["time", "actor", "action", "target", "details"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3">
                    {t(`audit.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.id.toString()} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {format.dateTime(r.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "medium",
                      timeZone: "Asia/Shanghai",
                    })}
                  </td>
                  <td className="py-2 pr-3">{r.actorEmail}</td>
                  <td className="py-2 pr-3">
                    <AuditActionName action={r.action} />
                  </td>
                  <td className="py-2 pr-3 break-words">
                    <AuditTargetLink target={r.target} targetType={r.targetType} />
                  </td>
                  <td className="py-2 pr-3">
                    <AuditChange action={r.action} before={r.before} after={r.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("list.pagination")} className="flex gap-6">
        {filters.before ? (
          <Link href={`/admin/audit?${new URLSearchParams(keep)}`} className="font-semibold text-brand-800 underline">
            {t("audit.newest")}
          </Link>
        ) : null}
        {page.next ? (
          <Link
            href={`/admin/audit?${new URLSearchParams({ ...keep, before: page.next })}`}
            className="font-semibold text-brand-800 underline"
          >
            {t("audit.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
