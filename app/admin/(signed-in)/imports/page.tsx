import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/auth/guards";
import { listImports } from "@/lib/admin/service";
import { ImportForm } from "@/lib/ui/admin/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.imports"))("title") };
}

/** Admins upload the designated-enterprise lists MIIT and the provinces publish, as they come. */
export default async function ImportsPage() {
  await requireAdminPage("admin", "/admin/imports");
  const t = await getTranslations("admin.imports");
  const format = await getFormatter();
  const recent = await listImports();
  const labels = Object.fromEntries(
    [
      "file",
      "fileHint",
      "batch",
      "batchHint",
      "year",
      "submit",
      "summaryTitle",
      "done",
      "refused",
      "line",
      "fileLevel",
      "errorPrefix",
    ].map((k) => [k, t.raw(`form.${k}`) as string]),
  ) as Parameters<typeof ImportForm>[0]["labels"];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <section aria-labelledby="upload-title" className="max-w-2xl space-y-3">
        <h2 id="upload-title" className="text-xl font-bold">
          {t("upload")}
        </h2>
        <ImportForm labels={labels} />
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-2 text-xl font-bold">
          {t("recent")}
        </h2>
        {recent.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                {(["when", "file", "by", "rows", "imported", "updated", "refused"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => (
                <tr key={r.id} className="border-b border-gray-300">
                  <td className="py-2 pr-3">
                    {format.dateTime(r.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "Asia/Shanghai",
                    })}
                  </td>
                  <td className="py-2 pr-3 break-all">{r.fileName}</td>
                  <td className="py-2 pr-3">{r.importedBy ?? ""}</td>
                  <td className="py-2 pr-3 tabular-nums">{r.rowCount}</td>
                  <td className="py-2 pr-3 tabular-nums">{r.imported}</td>
                  <td className="py-2 pr-3 tabular-nums">{r.updated}</td>
                  <td className="py-2 pr-3 tabular-nums">{Array.isArray(r.errors) ? r.errors.length : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
