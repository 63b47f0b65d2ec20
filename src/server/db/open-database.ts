import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { AppConfig } from "../config.ts";
import { connectDatabase, type DatabaseHandle } from "./client.ts";
import { databaseUrlFor, startEmbeddedPostgres } from "./embedded-server.ts";
import { runMigrations } from "./migrate.ts";

export const APP_DATABASE = "yntymaq";
const EMBEDDED_USER = "yntymaq:yntymaq-local";

export interface OpenedDatabase extends DatabaseHandle {
  url: string;
  /** Closes the pool and, when this process started PostgreSQL, stops it cleanly. */
  shutdown(): Promise<void>;
}

/** A PostgreSQL already running on this data directory (another `yntymaq` process), if any. */
function runningEmbeddedUrl(databaseDir: string): string | null {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return `postgres://${EMBEDDED_USER}@127.0.0.1:${Number(portLine)}/postgres`;
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      await client.query(
        `create database "${name}" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * Connects to `DATABASE_URL`, or else to an embedded PostgreSQL in `<dataDir>/pg`: reused when another
 * process already runs it, started otherwise. Migrations are applied before returning.
 */
export async function openDatabase(
  config: Pick<AppConfig, "databaseUrl" | "dataDir">,
  log: (line: string) => void = () => {},
): Promise<OpenedDatabase> {
  let url: string;
  let stopServer: () => Promise<void> = async () => {};
  if (config.databaseUrl) {
    url = config.databaseUrl;
  } else {
    const databaseDir = path.join(config.dataDir, "pg");
    const running = runningEmbeddedUrl(databaseDir);
    let serverUrl: string;
    if (running) {
      serverUrl = running;
      log(`using the PostgreSQL already running in ${databaseDir}`);
    } else {
      const server = await startEmbeddedPostgres(databaseDir);
      serverUrl = server.url;
      stopServer = server.stop;
      log(`started embedded PostgreSQL in ${databaseDir}`);
    }
    try {
      await ensureDatabase(serverUrl, APP_DATABASE);
    } catch (error) {
      await stopServer();
      throw error;
    }
    url = databaseUrlFor(serverUrl, APP_DATABASE);
  }
  const handle = connectDatabase(url);
  try {
    await runMigrations(handle);
  } catch (error) {
    await handle.close();
    await stopServer();
    throw error;
  }
  return {
    ...handle,
    url,
    shutdown: async () => {
      await handle.close();
      await stopServer();
    },
  };
}
