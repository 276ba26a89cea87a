import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { AuditTarget } from "@/lib/admin/audit-targets";

const link = "text-brand-800 underline";

/** An audit entry's target as a reader knows it, linked to its page where it still has one. */
export async function AuditTargetLink({ target, targetType }: { target: AuditTarget | null; targetType: string }) {
  const t = await getTranslations("admin.audit.targets");
  if (!target) return targetType === "export" ? <>{t("export")}</> : <>—</>;
  switch (target.kind) {
    case "assessment":
      return (
        <Link href={`/admin/assessments/${target.id}`} className={link}>
          {target.companyName ? `${target.reference} · ${target.companyName}` : target.reference}
        </Link>
      );
    case "user":
      return (
        <Link href={`/admin/users/${target.id}`} className={link}>
          {target.email}
        </Link>
      );
    case "import":
      return target.id ? (
        <Link href={`/admin/imports?import=${target.id}`} className={link}>
          {t("import", { fileName: target.fileName })}
        </Link>
      ) : (
        <>{t("import", { fileName: target.fileName })}</>
      );
    case "screening":
      return target.exists ? (
        <Link href={`/admin/screening/${target.id}`} className={link}>
          {t("screening", { fileName: target.fileName })}
        </Link>
      ) : (
        <>{t("deletedScreening", { fileName: target.fileName })}</>
      );
    case "round":
      return (
        <Link href={`/admin/rounds/${target.id}`} className={link}>
          {t("round", { name: target.name })}
        </Link>
      );
  }
}
