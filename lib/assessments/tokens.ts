import { randomInt } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a reference read over the phone is not misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The short public reference a company quotes, e.g. "ZJ-7K3M9Q" (30 bits). */
export function newReference(): string {
  let out = "ZJ-";
  for (let i = 0; i < 6; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
