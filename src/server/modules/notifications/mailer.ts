import nodemailer from "nodemailer";
import type { AppConfig } from "../../config.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail; a rejected or failed send throws. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Seconds to wait on an SMTP server before a send counts as failed (and is retried later). */
const SMTP_TIMEOUT_MS = 30_000;

/** An SMTP mailer from the configuration, or null when no SMTP server is configured. */
export function createMailer(config: Pick<AppConfig, "smtp" | "mailFrom">): Mailer | null {
  const { smtp } = config;
  if (!smtp) return null;
  const timeouts = {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  };
  const transport =
    "url" in smtp
      ? nodemailer.createTransport({ url: smtp.url, ...timeouts })
      : nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {}),
          ...timeouts,
        });
  return {
    async send(message) {
      await transport.sendMail({ from: config.mailFrom, ...message });
    },
    close() {
      transport.close();
    },
  };
}
