import { route } from "@/lib/http/route";
import { screeningUpload } from "@/lib/screening/upload";

/**
 * POST: the screening page's upload (reviewers and admins, same origin); see lib/screening/upload.ts.
 * Under /api, which proxy.ts does not run for: Next buffers a proxied request's body only up to 10 MB.
 */
export const POST = route("POST /api/v1/admin/screening", ({ request, locale }) => screeningUpload(request, locale));
