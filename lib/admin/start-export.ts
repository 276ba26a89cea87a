import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { filterParams, type AssessmentFilters } from "./assessment-filters";
import { openExport, type ExportFormat } from "./export-assessments";
import { recordAudit, type Actor } from "./record-audit";

type Db = Parameters<typeof openExport>[0] & Parameters<typeof recordAudit>[0];

/**
 * Records the export in the audit log (data leaving the system is an admin action), then streams it.
 * The caller has validated every filter; the first batch is read before the answer starts.
 */
export async function startExport(
  db: Db,
  actor: Actor,
  request: { filters: AssessmentFilters; format: ExportFormat; locale: Locale },
): Promise<ReadableStream<Uint8Array>> {
  await recordAudit(db, actor, {
    action: "assessments.export",
    targetType: "export",
    after: { format: request.format, filters: filterParams(request.filters).toString() },
  });
  return openExport(db, request.filters, request.format, request.locale);
}
