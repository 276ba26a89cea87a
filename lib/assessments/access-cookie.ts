import "server-only";
// Which drafts this browser may open: a list of (assessment id, resume token) pairs in one
// HttpOnly cookie. The token is the only credential; the resume link carries it to another device.
import { cookies, headers } from "next/headers";
import { isUuid } from "@/lib/ids";
import { isWellFormedToken } from "@/lib/secret-token";

const COOKIE = "zjtx_assessments";
const MAX_ENTRIES = 12;
const MAX_AGE = 60 * 60 * 24 * 400; // browsers cap cookies at 400 days

type Entry = { id: string; token: string };

function parse(value: string | undefined): Entry[] {
  if (!value) return [];
  return value
    .split("|")
    .map((pair) => pair.split("."))
    .filter((p): p is [string, string] => p.length === 2 && isUuid(p[0]) && isWellFormedToken(p[1]!))
    .map(([id, token]) => ({ id, token }));
}

export async function heldToken(id: string): Promise<string | undefined> {
  return parse((await cookies()).get(COOKIE)?.value).find((e) => e.id === id)?.token;
}

/** The cookie that remembers a draft in this browser (newest first; the oldest fall off beyond twelve). */
export async function rememberingCookie(id: string, token: string) {
  const entries = [{ id, token }, ...parse((await cookies()).get(COOKIE)?.value).filter((e) => e.id !== id)].slice(
    0,
    MAX_ENTRIES,
  );
  const proto = (await headers()).get("x-forwarded-proto");
  return {
    name: COOKIE,
    value: entries.map((e) => `${e.id}.${e.token}`).join("|"),
    httpOnly: true,
    sameSite: "lax" as const,
    secure: proto === "https",
    path: "/",
    maxAge: MAX_AGE,
  };
}

/** For server actions, whose cookie changes Next adds to their response. */
export async function rememberAssessment(id: string, token: string): Promise<void> {
  (await cookies()).set(await rememberingCookie(id, token));
}
