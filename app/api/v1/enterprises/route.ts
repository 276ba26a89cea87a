import { PROVINCES } from "@/lib/criteria/provinces";
import { parseEnterpriseQuery } from "@/lib/enterprises/query";
import { searchEnterprises } from "@/lib/enterprises/service";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";

/** GET /api/v1/enterprises?province=&batch=&industry=&q=&cursor=&limit= → {total, items, nextCursor}. */
export const GET = route("GET /api/v1/enterprises", async ({ request, locale }) => {
  const parsed = parseEnterpriseQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError("invalid_request", { issues: parsed.issues });
  const page = await searchEnterprises(parsed.query);
  const items = page.items.map((item) => ({ ...item, provinceName: PROVINCES[item.provinceCode]?.[locale] ?? null }));
  return Response.json({ ...page, items }, { headers: { "Cache-Control": "no-store" } });
});
