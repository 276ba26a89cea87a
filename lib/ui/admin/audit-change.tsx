import { getTranslations } from "next-intl/server";

const text = (value: unknown) =>
  value === null || value === undefined
    ? "—"
    : Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${v === null ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v)}`)
        .join("; ");

/** The before and after of one audit entry, as key: value pairs. */
export async function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("admin.audit.columns");
  if (before == null && after == null) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      <dt className="font-semibold">{t("before")}</dt>
      <dd className="break-words">{text(before)}</dd>
      <dt className="font-semibold">{t("after")}</dt>
      <dd className="break-words">{text(after)}</dd>
    </dl>
  );
}
