import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CopyButton } from "./copy-button";

/** The way back: the public reference and the secret link, with a copy button. */
export async function ResumeBox({ reference, token }: { reference: string; token: string | undefined }) {
  const t = await getTranslations("resume");
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
  const link = token ? `${origin}/assess/resume/${token}` : null;
  return (
    <aside aria-labelledby="resume-title" className="no-print mt-10 rounded border border-gray-300 p-4">
      <h2 id="resume-title" className="font-bold">
        {t("title")}
      </h2>
      <p className="my-2 text-sm">{t("text")}</p>
      <p className="text-sm font-semibold" data-testid="reference">
        {t("reference", { reference })}
      </p>
      {link ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor="resume-link" className="sr-only">
            {t("linkLabel")}
          </label>
          <input
            id="resume-link"
            readOnly
            value={link}
            className="w-full max-w-xl rounded border border-gray-500 bg-gray-50 px-2 py-1 font-mono text-xs"
          />
          <CopyButton text={link} label={t("copy")} done={t("copied")} />
        </div>
      ) : null}
    </aside>
  );
}
