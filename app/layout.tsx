import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/lib/ui/language-switch";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  // Client components get only the messages they use, to keep the pages' JavaScript small.
  const { error } = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <header className="no-print bg-brand-800 text-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-white no-underline" aria-label={t("homeLink")}>
              {t("appName")}
            </Link>
            <div className="flex flex-wrap items-center gap-4">
              <nav aria-label={t("navLabel")}>
                <Link href="/enterprises" className="font-medium text-white underline">
                  {t("navEnterprises")}
                </Link>
              </nav>
              <LanguageSwitch />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <NextIntlClientProvider messages={{ error }}>{children}</NextIntlClientProvider>
        </main>
        {/* The site's chrome stays on screen: a printed report has no navigation, footer or admin link. */}
        <footer className="no-print border-t border-gray-200 bg-gray-50 text-sm text-muted">
          <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
            <p>{t("footerDisclaimer")}</p>
            <p>{t("footerOpenSource")}</p>
            <p>
              <Link href="/admin/login" className="underline">
                {t("adminLink")}
              </Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
