import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { loadConfig } from "../src/server/config.ts";
import { connectDatabase } from "../src/server/db/client.ts";
import { findFreePort, startEmbeddedPostgres } from "../src/server/db/embedded-server.ts";
import { runMigrations } from "../src/server/db/migrate.ts";
import { seedDemoData } from "../src/server/demo/demo-seed.ts";
import { buildApp } from "../src/server/platform.ts";

export interface DemoSite {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The public site as a family meets it: a fresh embedded PostgreSQL in a temporary directory, migrated and
 * loaded with the demo data, and the app in this process on a free port of 127.0.0.1.
 */
export async function startDemoSite(log: (line: string) => void): Promise<DemoSite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-lighthouse-"));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as the unprivileged postgres user
  const cleanups: Array<() => Promise<unknown>> = [() => rm(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const server = await startEmbeddedPostgres(path.join(dir, "pg"));
    cleanups.push(() => server.stop());
    log(`database: embedded PostgreSQL in ${dir}`);
    const handle = connectDatabase(server.url, 4);
    cleanups.push(() => handle.close());
    await runMigrations(handle);
    await seedDemoData(handle.db);
    log("migrated and loaded the demo data");

    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const config = {
      ...loadConfig(),
      port,
      host: "127.0.0.1",
      dataDir: dir,
      databaseUrl: server.url,
      baseUrl,
      demoData: false,
      benchRoutes: false,
    };
    const { app } = await buildApp(handle.db, config);
    const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => resolve(listening));
    });
    cleanups.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
    log(`app on ${baseUrl}`);
    return { baseUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}
