import { importUpload } from "@/lib/admin/actions/import-actions";
import { route } from "@/lib/http/route";

/**
 * POST: the imports page's upload (admins, same origin); see lib/admin/actions/import-actions.ts.
 * Under /api, which proxy.ts does not run for: Next buffers a proxied request's body only up to
 * 10 MB, and this one may be 20.
 */
export const POST = route("POST /api/v1/admin/imports", ({ request, locale }) => importUpload(request, locale));
