// The admin session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
// posts), Secure behind HTTPS, and gone when the session's absolute lifetime ends.
export const ADMIN_COOKIE = "zjtx_admin";

export function sessionCookie(token: string, options: { secure: boolean; maxMs: number }) {
  return {
    name: ADMIN_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: options.secure,
    path: "/",
    maxAge: Math.floor(options.maxMs / 1000),
  };
}

export function clearedCookie(secure: boolean) {
  return { name: ADMIN_COOKIE, value: "", httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: 0 };
}
