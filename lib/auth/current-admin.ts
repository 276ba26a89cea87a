import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { config } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { ADMIN_COOKIE } from "./cookie";
import { readCookie } from "@/lib/http/cookies";
import { resumeSession, type AdminSession } from "./sessions";

/** The signed-in admin of this request (pages, layouts, server actions), once per request. */
export const currentAdmin = cache(async (): Promise<AdminSession | null> => {
  const token = (await cookies()).get(ADMIN_COOKIE)?.value;
  return resumeSession(await getPrisma(), token, config().adminSession, new Date());
});

/** The same for a route handler, from the request's own Cookie header. */
export async function requestAdmin(request: Request): Promise<AdminSession | null> {
  return resumeSession(await getPrisma(), readCookie(request.headers, ADMIN_COOKIE), config().adminSession, new Date());
}
