import { requireAdminApi } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { templateWorkbook } from "@/lib/screening/template";

/** GET: the screening template (XLSX), its guide sheet in the reader's language. */
export const GET = route("GET /api/v1/admin/screening/template", async ({ request, locale }) => {
  await requireAdminApi(request, "reviewer");
  const name = encodeURIComponent(locale === "en" ? "screening-template.xlsx" : "批量筛查模板.xlsx");
  return new Response(await templateWorkbook(locale), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="screening-template.xlsx"; filename*=UTF-8''${name}`,
      "Cache-Control": "no-store",
    },
  });
});
