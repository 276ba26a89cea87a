import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { auditFilters } from "@/lib/admin/list-audit";
import { listAudit } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { AuditTable } from "@/lib/ui/admin/audit-table";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const session = await requireAdminPage("reviewer", "/admin/audit");
  const t = await getTranslations("admin");
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
      {page.rows.length === 0 ? <p>{t("audit.none")}</p> : <AuditTable rows={page.rows} />}
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
