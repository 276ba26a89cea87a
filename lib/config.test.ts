import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("configuration", () => {
  it("defaults to the embedded database in ./data/pglite on port 3000", () => {
    expect(parseConfig({})).toEqual({
      nodeEnv: "development",
      port: 3000,
      database: { kind: "pglite", dir: path.resolve("data/pglite") },
      adminSession: { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 },
      trustedProxyHops: 0,
      mail: null,
      publicUrl: null,
    });
  });

  it("sends e-mail only with SMTP_URL and MAIL_FROM both set, and refuses either malformed", () => {
    expect(
      parseConfig({ SMTP_URL: "smtps://u:p@mail.example.cn:465", MAIL_FROM: "审核 <zjtx@example.cn>" }).mail,
    ).toEqual({ url: "smtps://u:p@mail.example.cn:465", from: "审核 <zjtx@example.cn>" });
    expect(() => parseConfig({ SMTP_URL: "smtp://mail.example.cn" })).toThrow(/MAIL_FROM: required/);
    expect(() => parseConfig({ SMTP_URL: "http://mail.example.cn", MAIL_FROM: "a@b.cn" })).toThrow(/SMTP_URL/);
    expect(() => parseConfig({ SMTP_URL: "smtp://mail.example.cn", MAIL_FROM: "nobody" })).toThrow(/MAIL_FROM/);
    expect(parseConfig({ PUBLIC_URL: "https://zjtx.example.cn/" }).publicUrl).toBe("https://zjtx.example.cn");
    expect(() => parseConfig({ PUBLIC_URL: "zjtx.example.cn" })).toThrow(/PUBLIC_URL/);
  });

  it("trusts no proxy unless TRUSTED_PROXY_HOPS says how many, and refuses a negative or fractional count", () => {
    expect(parseConfig({ TRUSTED_PROXY_HOPS: "2" }).trustedProxyHops).toBe(2);
    expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "1.5" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("reads the admin session limits in minutes and hours, and refuses a zero", () => {
    expect(parseConfig({ ADMIN_SESSION_IDLE_MINUTES: "15", ADMIN_SESSION_MAX_HOURS: "8" }).adminSession).toEqual({
      idleMs: 15 * 60_000,
      maxMs: 8 * 3_600_000,
    });
    expect(() => parseConfig({ ADMIN_SESSION_IDLE_MINUTES: "0" })).toThrow(/ADMIN_SESSION_IDLE_MINUTES/);
  });

  it("uses PostgreSQL when DATABASE_URL is set, and PGLITE_DIR otherwise", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@db:5432/app", PORT: "8080" })).toMatchObject({
      port: 8080,
      database: { kind: "postgres", url: "postgresql://u@db:5432/app" },
    });
    expect(parseConfig({ DATABASE_URL: "  ", PGLITE_DIR: "/srv/zjtx" }).database).toEqual({
      kind: "pglite",
      dir: "/srv/zjtx",
    });
  });

  it("names every bad variable in one error", () => {
    const attempt = () => parseConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", NODE_ENV: "staging" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT.*"eighty"/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(attempt).toThrow(/NODE_ENV/);
  });
});
