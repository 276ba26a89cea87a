import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "@/lib/config";

// E-mail out, when the configuration names a mail server (SMTP_URL, MAIL_FROM); otherwise nothing
// is sent and the caller records that (the company sees what matters on its result page anyway).
// nodemailer: SMTP with STARTTLS or TLS, authentication and a pool is more than a few lines to get
// right, and it is the library the Node ecosystem uses for it.

export type Mail = { to: string; subject: string; text: string };
export type MailSettings = { url: string; from: string } | null;
export type Sent = { kind: "sent" } | { kind: "not_configured" } | { kind: "failed"; error: unknown };

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // A slow or unreachable server must not hold a reviewer's page for long (nodemailer reads
    // options from the URL's query; the configuration's own win).
    const withTimeouts = new URL(url);
    for (const [name, ms] of [
      ["connectionTimeout", 10_000],
      ["greetingTimeout", 10_000],
      ["socketTimeout", 20_000],
    ] as const)
      if (!withTimeouts.searchParams.has(name)) withTimeouts.searchParams.set(name, String(ms));
    transport = nodemailer.createTransport(withTimeouts.toString());
    transports.set(url, transport);
  }
  return transport;
}

export async function sendMail(mail: Mail, settings: MailSettings = config().mail): Promise<Sent> {
  if (!settings) return { kind: "not_configured" };
  try {
    await transportFor(settings.url).sendMail({
      from: settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return { kind: "sent" };
  } catch (error) {
    return { kind: "failed", error };
  }
}
