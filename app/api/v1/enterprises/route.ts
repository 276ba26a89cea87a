import { PROVINCES } from "@/lib/criteria/provinces";
import { getPrisma } from "@/lib/db/client";
import { parseEnterpriseQuery } from "@/lib/enterprises/query";
import { searchEnterprises } from "@/lib/enterprises/search-enterprises";
import { requestLocale } from "@/lib/http/request-locale";
import { logError } from "@/lib/log";

/** GET /api/v1/enterprises?province=&batch=&industry=&q=&cursor=&limit= → {total, items, nextCursor}. */
export async function GET(request: Request) {
  const parsed = parseEnterpriseQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: "invalid_request", issues: parsed.issues }, { status: 400 });
  const locale = requestLocale(request);
  try {
    const page = await searchEnterprises(await getPrisma(), parsed.query);
    const items = page.items.map((item) => ({ ...item, provinceName: PROVINCES[item.provinceCode]?.[locale] ?? null }));
    return Response.json({ ...page, items }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return Response.json(
      { error: "internal_error", id: logError(error, { route: "GET /api/v1/enterprises" }) },
      { status: 500 },
    );
  }
}
