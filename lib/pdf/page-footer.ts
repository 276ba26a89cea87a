// The downloaded PDF's running footer: "第 1 / 3 页" or "Page 1 of 3", in the language of the printed
// page. Chromium fills the `pageNumber` and `totalPages` spans; the template sees none of the page's
// styles, so it names its own size and fonts (CJK faces first, as in the site's stylesheet).
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

const FONTS =
  "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Chromium's header template when only a footer is wanted: without one it prints the date and title. */
export const EMPTY_HEADER = "<span></span>";

/** The footer template for a page whose `<html lang>` is `lang` (Chinese when it is not one of ours). */
export function pageFooter(lang: string | null): string {
  const locale = isLocale(lang) ? lang : defaultLocale;
  const label = escapeHtml(messages[locale].report.pdfPageNumber)
    .replace("{page}", '<span class="pageNumber"></span>')
    .replace("{total}", '<span class="totalPages"></span>');
  return (
    `<div lang="${locale}" style="width:100%;text-align:center;font-size:8pt;color:#4b5563;` +
    `font-family:${FONTS};">${label}</div>`
  );
}
