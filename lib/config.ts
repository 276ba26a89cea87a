// Every environment variable the app reads, parsed once, with one clear error naming each bad one.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "must be a postgresql:// connection URL (or unset to use the embedded PGlite)",
    }),
  PGLITE_DIR: z.string().trim().min(1).default("./data/pglite"),
  // Admin sessions end after this much inactivity, and in any case this long after sign-in.
  ADMIN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  ADMIN_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  // How many reverse proxies of our own stand in front of the app, each appending to
  // X-Forwarded-For. 0: X-Forwarded-For is ignored and the socket's peer is the client.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Optional mail server for telling a company that a reviewer asks for more information
  // (smtp://user:password@host:587 or smtps://…:465). Unset: nothing is sent; the company sees
  // the request on its result page all the same.
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), {
      message: "must be an smtp:// or smtps:// URL (or unset to send no e-mail)",
    }),
  // The sender of those e-mails; required with SMTP_URL.
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || z.email().safeParse(v.replace(/^.*<(.+)>\s*$/, "$1")).success, {
      message: 'must be an e-mail address, or "Name <address>"',
    }),
  // The address people reach this site at (https://zjtx.example.gov.cn), for links in e-mails.
  PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, "") : undefined))
    .refine((v) => v === undefined || /^https?:\/\/[^/\s]+$/.test(v), {
      message: "must be the site's origin, e.g. https://zjtx.example.gov.cn (or unset)",
    }),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };
  adminSession: { idleMs: number; maxMs: number };
  trustedProxyHops: number;
  /** Where e-mails go out, if anywhere. */
  mail: { url: string; from: string } | null;
  publicUrl: string | null;
};

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join(".")}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
      ),
    );
  }
  const v = parsed.data;
  if (v.SMTP_URL && !v.MAIL_FROM) {
    throw new ConfigError(["MAIL_FROM: required with SMTP_URL (the sender of the e-mails)"]);
  }
  return {
    nodeEnv: v.NODE_ENV,
    port: v.PORT,
    database: v.DATABASE_URL
      ? { kind: "postgres", url: v.DATABASE_URL }
      : { kind: "pglite", dir: path.resolve(v.PGLITE_DIR) },
    adminSession: { idleMs: v.ADMIN_SESSION_IDLE_MINUTES * 60_000, maxMs: v.ADMIN_SESSION_MAX_HOURS * 3_600_000 },
    trustedProxyHops: v.TRUSTED_PROXY_HOPS,
    mail: v.SMTP_URL && v.MAIL_FROM ? { url: v.SMTP_URL, from: v.MAIL_FROM } : null,
    publicUrl: v.PUBLIC_URL ?? null,
  };
}

let cached: Config | undefined;

/** The configuration of this process, read from process.env on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
