import "server-only";
import { PassThrough, Readable } from "node:stream";
import { recordAudit, type Actor } from "@/lib/admin/record-audit";
import { isRulesetId, rulesetInForce, type Locale } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { getPrisma } from "@/lib/db/client";
import { screeningRows } from "./read-screenings";
import { resultWords } from "./result-columns";
import { resultsCsv, resultsXlsx } from "./write-results";

// A stored screening's results as a download, streamed from the database a batch at a time.
// Data leaving the system: recorded in the audit log first.

export type ScreeningFormat = "csv" | "xlsx";

export async function openScreeningExport(
  actor: Actor,
  id: string,
  format: ScreeningFormat,
  locale: Locale,
): Promise<{ stream: ReadableStream<Uint8Array>; fileName: string } | null> {
  const db = await getPrisma();
  const screening = await db.screening.findUnique({ where: { id } });
  if (!screening || screening.rowCount === 0) return null;
  await recordAudit(db, actor, {
    action: "screening.export",
    targetType: "screening",
    targetId: id,
    after: { format, fileName: screening.fileName },
  });
  const today = chinaToday();
  const ruleset = isRulesetId(screening.rulesetId) ? screening.rulesetId : rulesetInForce(today).id;
  const words = resultWords(locale, ruleset, screening.headers as string[], today);
  const rows = screeningRows(db, id);
  const base = screening.fileName.replace(/\.[^.]*$/, "") || "screening";
  const fileName = `${base}-results.${format}`;
  if (format === "csv") {
    const encoder = new TextEncoder();
    const chunks = resultsCsv(rows, words);
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return { stream, fileName };
  }
  const out = new PassThrough();
  resultsXlsx(rows, words, locale, out).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return { stream: Readable.toWeb(out) as ReadableStream<Uint8Array>, fileName };
}
