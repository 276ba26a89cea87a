import { createHash, randomBytes, randomInt } from "node:crypto";

/** 256 random bits, URL-safe: the secret part of a resume link. Only its hash is stored. */
export function newResumeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

// Crockford's base32: no I, L, O or U, so a reference read over the phone is not misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The short public reference a company quotes, e.g. "ZJ-7K3M9Q" (30 bits). */
export function newReference(): string {
  let out = "ZJ-";
  for (let i = 0; i < 6; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
