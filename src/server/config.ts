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
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(): AppConfig {
  const port = intFromEnv("PORT", 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  const dataDir = path.resolve(process.env.YNTYMAQ_DATA_DIR ?? "./data");
  return {
    port,
    host,
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    baseUrl: process.env.YNTYMAQ_BASE_URL ?? `http://localhost:${port}`,
    authSecret: process.env.YNTYMAQ_AUTH_SECRET ?? "",
    expiringWindowDays: intFromEnv("YNTYMAQ_EXPIRING_DAYS", 60),
    demoData: process.env.YNTYMAQ_DEMO_DATA !== "false",
    benchRoutes: process.env.YNTYMAQ_BENCH_ROUTES === "1",
  };
}
