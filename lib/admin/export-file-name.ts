import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { beijingMinute } from "./beijing-time";

/** The export's file name in the reader's language and Beijing time: "自评记录-2026-12-03-1530.xlsx". */
export function exportFileName(locale: Locale, format: "csv" | "xlsx", now = new Date()): string {
  const [day, time] = beijingMinute(now).split(" ");
  return `${messages[locale].admin.export.fileName}-${day}-${time!.replace(":", "")}.${format}`;
}

/**
 * Content-Disposition for it: the name as UTF-8 (RFC 6266 and 5987's filename*, which browsers
 * use), and an ASCII one for the few clients that read only `filename`.
 */
export function exportDisposition(locale: Locale, format: "csv" | "xlsx", now = new Date()): string {
  const name = exportFileName(locale, format, now);
  const ascii = exportFileName("en", format, now);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
