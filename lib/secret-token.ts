import { createHash, randomBytes } from "node:crypto";

// The app's bearer secrets (resume links, admin sessions): 256 random bits, URL-safe; only their
// SHA-256 is stored, so a copy of the database opens nothing.

export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSecretToken(token) };
}

export const hashSecretToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
