import "server-only";
// The imports page's upload (POST /api/v1/admin/imports, app/api/v1/admin/imports/route.ts):
// admins only, same origin only. A route handler rather than a server action, so that every server
// action keeps a small body limit (next.config.js) while this one reads up to 20 MB, counting the
// bytes as they arrive and answering a translated message as soon as there are too many.
// A script (the page's form with JavaScript) asks for JSON; a plain form post is sent back to the
// imports page, which shows the result from the import record or the refusal from the URL.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { loginPath, requireAdminApi } from "@/lib/auth/guards";
import { sameOrigin } from "@/lib/auth/request-info";
import { getPrisma } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES } from "@/lib/enterprises/import/limits";
import { refusalMessage, refusalQuery, uploadFields, type UploadRefusal } from "@/lib/enterprises/import/upload-fields";
import { importEnterprises } from "@/lib/enterprises/import-enterprises";
import type { ImportError } from "@/lib/enterprises/types";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { logError } from "@/lib/log";
import { recordAudit } from "../record-audit";

const IMPORTS_PATH = "/admin/imports";
export const UPLOAD_PATH = "/api/v1/admin/imports";

/** The multipart wrapping and the two small fields around the file. */
const BODY_SLACK = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + BODY_SLACK;

export type ImportFormState =
  | { status: "idle" }
  | { status: "error"; field: "file" | "batch" | "year"; message: string }
  | {
      status: "done";
      fileName: string;
      imported: number;
      updated: number;
      /** The first thousand problems; `errorCount` counts them all. */
      errors: ImportError[];
      errorCount: number;
      at: number;
    };

/** The body as a stream that fails as soon as it passes `limit` bytes (Content-Length may be absent or false). */
function counted(body: ReadableStream<Uint8Array>, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size <= limit) return controller.enqueue(chunk);
        onTooLarge();
        controller.error(new Error("too large"));
      },
    }),
  );
}

async function readForm(request: Request): Promise<FormData | UploadRefusal> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { code: "too_large" };
  const type = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data/i.test(type)) return { code: "file" };
  let tooLarge = false;
  const body = counted(request.body, MAX_BODY_BYTES, () => (tooLarge = true));
  try {
    return await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return { code: tooLarge ? "too_large" : "file" };
  }
}

/** What a plain form post and a script are answered. */
function reply(request: Request, outcome: { state: ImportFormState; status: number; query: string }): Response {
  const headers = { "Cache-Control": "no-store" };
  if ((request.headers.get("accept") ?? "").includes("application/json"))
    return Response.json(outcome.state, { status: outcome.status, headers });
  const to = new URL(`${IMPORTS_PATH}?${outcome.query}`, request.url);
  return new Response(null, { status: 303, headers: { ...headers, Location: `${to.pathname}${to.search}` } });
}

export async function importUpload(request: Request, locale: Locale): Promise<Response> {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  let session;
  try {
    session = await requireAdminApi(request, "admin");
  } catch (error) {
    // A form post whose session ran out goes to the sign-in page, as the page itself would.
    if (!json && error instanceof AppError && error.code === "unauthenticated")
      return new Response(null, { status: 303, headers: { Location: loginPath(IMPORTS_PATH, true) } });
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "admin.imports" });
  // A plain form post comes back to the page with the batch and year as typed, so that a refused
  // file can be sent again without typing them again (a script keeps its own form).
  const typed = new URLSearchParams();
  const withTyped = (query: string) => [query, typed.toString()].filter(Boolean).join("&");
  const refuse = (refusal: UploadRefusal) =>
    reply(request, {
      state: { status: "error", ...refusalMessage(refusal, t, locale) },
      status: refusal.code === "too_large" ? 413 : refusal.code === "generic" ? 500 : 400,
      query: refusal.code === "batch_year" ? refusalQuery(refusal) : withTyped(refusalQuery(refusal)),
    });

  const data = await readForm(request);
  if (!(data instanceof FormData)) return refuse(data);
  for (const name of ["batch", "year"]) {
    const value = data.get(name);
    if (typeof value === "string" && value.trim() !== "") typed.set(name, value.slice(0, 20));
  }
  const file = data.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse({ code: "file" });
  if (file.size > MAX_UPLOAD_BYTES) return refuse({ code: "too_large" });
  const fields = uploadFields(data);
  if (!fields.ok) return refuse(fields.refusal);
  const { batch, year } = fields;
  try {
    const db = await getPrisma();
    const { importId, ...summary } = await importEnterprises(db, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      batch,
      year,
      importedBy: session.email,
      locale,
    });
    await recordAudit(
      db,
      { userId: session.userId, email: session.email },
      {
        action: "enterprises.import",
        targetType: "import",
        targetId: importId ?? undefined,
        after: {
          fileName: file.name,
          batch: batch ?? null,
          year: year ?? null,
          imported: summary.imported,
          updated: summary.updated,
          refused: summary.errorCount,
        },
      },
    );
    revalidatePath(IMPORTS_PATH);
    const result = importId ? new URLSearchParams({ import: importId }).toString() : "";
    return reply(request, {
      state: { status: "done", fileName: file.name, ...summary, at: Date.now() },
      status: 200,
      // Refused rows leave the list unimported: the fields stay as typed for the corrected file.
      query: summary.errorCount > 0 ? withTyped(result) : result,
    });
  } catch (error) {
    return refuse({ code: "generic", id: logError(error, { action: "importEnterprises" }) });
  }
}
