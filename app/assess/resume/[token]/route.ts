import { NextResponse } from "next/server";
import { rememberingCookie } from "@/lib/assessments/access-cookie";
import { findByToken } from "@/lib/assessments/service";
import { isWellFormedToken } from "@/lib/secret-token";
import { route } from "@/lib/http/route";
import { firstIncomplete } from "@/lib/questionnaire/journey";

// A relative Location keeps the browser on the host it asked for, so the cookie set here is sent
// with the next request (an absolute URL built from request.url may name another host).
const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location } });

/** The secret resume link: remember the assessment in this browser, then go where it left off. */
export const GET = route<{ token: string }>("GET /assess/resume/:token", async ({ params: { token } }) => {
  const found = isWellFormedToken(token) ? await findByToken(token) : null;
  if (!found) return seeOther("/assess/resume?invalid=1");
  const response = seeOther(
    `/assess/${found.id}/${found.status === "draft" ? firstIncomplete(found.answers) : "result"}`,
  );
  response.cookies.set(await rememberingCookie(found.id, token));
  return response;
});
