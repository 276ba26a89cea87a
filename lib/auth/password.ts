// argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). Shared with the command-line scripts,
// so it carries no "server-only" marker; it touches no database.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2's Algorithm is a const enum, which isolatedModules cannot inline: 2 = Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification against a hash nobody knows the password of, so that an
 * unknown email answers as slowly as a wrong password and timing tells nothing.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(32).toString("base64"));
  await verifyPassword(await dummy, password);
  return false;
}
