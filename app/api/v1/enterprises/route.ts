import { PROVINCES } from "@/lib/criteria/provinces";
import { parseEnterpriseQuery } from "@/lib/enterprises/query";
import { searchEnterprises } from "@/lib/enterprises/service";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";

/** GET /api/v1/enterprises?province=&batch=&industry=&q=&cursor=&limit= → {total, items, nextCursor}. */
export const GET = route("GET /api/v1/enterprises", async ({ request, locale }) => {
  const parsed = parseEnterpriseQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    // A forged or edited page cursor has a code of its own: the client should start again.
    const code = parsed.issues.some((i) => i.param === "cursor") ? "invalid_cursor" : "invalid_request";
    throw new AppError(code, { issues: parsed.issues });
  }
  const page = await searchEnterprises(parsed.query);
  const items = page.items.map((item) => ({ ...item, provinceName: PROVINCES[item.provinceCode]?.[locale] ?? null }));
  return Response.json({ ...page, items }, { headers: { "Cache-Control": "no-store" } });
});
