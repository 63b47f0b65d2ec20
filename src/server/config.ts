import path from "node:path";

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string;
  expiringWindowDays: number;
  demoData: boolean;
  /** Mounts the naive baseline search used by `npm run bench` for comparison; never on in production. */
  benchRoutes: boolean;
  /** A published listing last verified longer ago than this (or never) is due for re-verification. */
  verificationMaxAgeDays: number;
  /** An open family report older than this is reminded about. */
  reportStaleDays: number;
  /** Background jobs (pg-boss) in this process; `false` leaves them to other processes. */
  jobsEnabled: boolean;
  /** When the daily reminders run: a cron expression in `remindersTimeZone`. */
  remindersCron: string;
  remindersTimeZone: string;
  /** Outgoing mail; null sends none (reminders are then in-app only). */
  smtp: SmtpConfig | null;
  mailFrom: string;
}

export type SmtpConfig =
  | { url: string }
  | { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined };

function smtpFromEnv(): SmtpConfig | null {
  const url = process.env.YNTYMAQ_SMTP_URL;
  if (url) return { url };
  const host = process.env.YNTYMAQ_SMTP_HOST;
  if (!host) return null;
  const secure = process.env.YNTYMAQ_SMTP_SECURE === "true";
  return {
    host,
    port: intFromEnv("YNTYMAQ_SMTP_PORT", secure ? 465 : 587),
    secure,
    user: process.env.YNTYMAQ_SMTP_USER || undefined,
    password: process.env.YNTYMAQ_SMTP_PASSWORD || undefined,
  };
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** The host of the public URL, so default mail comes from the platform's own domain. */
function mailDomainOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

export function loadConfig(): AppConfig {
  const port = intFromEnv("PORT", 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  const dataDir = path.resolve(process.env.YNTYMAQ_DATA_DIR ?? "./data");
  const baseUrl = process.env.YNTYMAQ_BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    host,
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    baseUrl,
    authSecret: process.env.YNTYMAQ_AUTH_SECRET ?? "",
    expiringWindowDays: intFromEnv("YNTYMAQ_EXPIRING_DAYS", 60),
    demoData: process.env.YNTYMAQ_DEMO_DATA !== "false",
    benchRoutes: process.env.YNTYMAQ_BENCH_ROUTES === "1",
    verificationMaxAgeDays: intFromEnv("YNTYMAQ_VERIFICATION_MAX_AGE_DAYS", 183),
    reportStaleDays: intFromEnv("YNTYMAQ_REPORT_STALE_DAYS", 7),
    jobsEnabled: process.env.YNTYMAQ_JOBS !== "false",
    remindersCron: process.env.YNTYMAQ_REMINDERS_CRON || "0 6 * * *",
    remindersTimeZone: process.env.YNTYMAQ_REMINDERS_TZ || "Asia/Almaty",
    smtp: smtpFromEnv(),
    mailFrom: process.env.YNTYMAQ_MAIL_FROM || `Yntymaq <no-reply@${mailDomainOf(baseUrl)}>`,
  };
}
