import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditTarget } from "@/lib/admin/audit-targets";
import { AuditActionName, AuditChange } from "./audit-change";
import { AuditTargetLink } from "./audit-target";

type Row = {
  id: bigint;
  createdAt: Date;
  actorEmail: string;
  action: string;
  targetType: string;
  before: unknown;
  after: unknown;
  target: AuditTarget | null;
};

/**
 * A page of the audit log: a table from `md` up; below it one card per entry, so that a phone
 * never scrolls sideways.
 */
export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  // No e-mail: the company itself (its reply to a request for more information).
  const actor = (email: string) => email || t("company");
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm md:table" data-testid="audit-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {(["time", "actor", "action", "target", "details"] as const).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id.toString()} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="py-2 pr-3 break-all">{actor(r.actorEmail)}</td>
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
      <ul className="divide-y divide-gray-300 border-y border-gray-300 md:hidden" data-testid="audit-cards">
        {rows.map((r) => (
          <li key={r.id.toString()} className="space-y-1 py-3 text-sm break-words">
            <p className="font-semibold">
              <AuditActionName action={r.action} />
              {" · "}
              <AuditTargetLink target={r.target} targetType={r.targetType} />
            </p>
            <p className="text-muted">{`${when(r.createdAt)} · ${actor(r.actorEmail)}`}</p>
            <AuditChange action={r.action} before={r.before} after={r.after} />
          </li>
        ))}
      </ul>
    </>
  );
}
