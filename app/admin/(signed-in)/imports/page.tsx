import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UPLOAD_PATH, type ImportFormState } from "@/lib/admin/actions/import-actions";
import { importResult } from "@/lib/admin/list-imports";
import { listImports } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "@/lib/enterprises/import/limits";
import { refusalFromQuery, refusalMessage } from "@/lib/enterprises/import/upload-fields";
import { isUuid } from "@/lib/ids";
import { ImportForm } from "@/lib/ui/admin/import-form";

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.imports"))("title") };
}

/** What a plain form post was sent back with: the import it made, or why it was refused. */
async function initialState(query: Query, t: Awaited<ReturnType<typeof getTranslations<"admin.imports">>>) {
  const id = query.import;
  if (isUuid(id)) {
    const done = await importResult(id);
    if (done) {
      const { createdAt, ...result } = done;
      return { status: "done" as const, ...result, at: createdAt.getTime() };
    }
  }
  const refusal = refusalFromQuery(query);
  if (refusal) return { status: "error" as const, ...refusalMessage(refusal, t, await getLocale()) };
  return { status: "idle" as const };
}

/** Admins upload the designated-enterprise lists MIIT and the provinces publish, as they come. */
export default async function ImportsPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireAdminPage("admin", "/admin/imports");
  const t = await getTranslations("admin.imports");
  const format = await getFormatter();
  const query = await searchParams;
  const [recent, initial] = await Promise.all([listImports(), initialState(query, t)]);
  const typed = (key: string) => (typeof query[key] === "string" ? (query[key] as string).slice(0, 20) : "");
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
      "moreErrors",
      "failed",
    ].map((k) => [k, t.raw(`form.${k}`) as string]),
  ) as Omit<Parameters<typeof ImportForm>[0]["labels"], "tooLarge" | "choose" | "noFile">;
  const picker = await getTranslations("filePicker");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro", { rows: format.number(MAX_ROWS) })}</p>
      <section aria-labelledby="upload-title" className="max-w-2xl space-y-3">
        <h2 id="upload-title" className="text-xl font-bold">
          {t("upload")}
        </h2>
        <ImportForm
          key={initial.status === "idle" ? "idle" : JSON.stringify(query)}
          labels={{ ...labels, tooLarge: t("errors.tooLarge"), choose: picker("choose"), noFile: picker("none") }}
          action={UPLOAD_PATH}
          initial={initial satisfies ImportFormState}
          defaults={{ batch: typed("batch"), year: typed("year") }}
          maxBytes={MAX_UPLOAD_BYTES}
        />
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-2 text-xl font-bold">
          {t("recent")}
        </h2>
        {recent.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <>
            <table className="hidden w-full border-collapse text-left text-sm md:table">
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
                    <td className="py-2 pr-3 tabular-nums">{r.errorCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {/* Below md, one card per import: a phone never scrolls sideways. */}
            <ul className="divide-y divide-gray-300 border-y border-gray-300 md:hidden" data-testid="import-cards">
              {recent.map((r) => (
                <li key={r.id} className="space-y-1 py-3 text-sm">
                  <p className="font-semibold break-all">{r.fileName}</p>
                  <p className="text-muted">
                    {[
                      format.dateTime(r.createdAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: "Asia/Shanghai",
                      }),
                      r.importedBy ?? "",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <p className="tabular-nums">
                    {(["rows", "imported", "updated", "refused"] as const)
                      .map(
                        (c) =>
                          `${t(`columns.${c}`)} ${format.number(c === "rows" ? r.rowCount : c === "refused" ? r.errorCount : r[c])}`,
                      )
                      .join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
