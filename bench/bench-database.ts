import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "../src/server/db/client.ts";
import { databaseUrlFor, startEmbeddedPostgres } from "../src/server/db/embedded-server.ts";
import { runMigrations } from "../src/server/db/migrate.ts";

const BENCH_DATABASE = "yntymaq_bench";

export interface BenchDatabase {
  /** Where the bench database lives: "embedded (<dir>)" or the host of BENCH_DATABASE_URL. */
  label: string;
  url: string;
  /** The postmaster's pid when PostgreSQL runs on this machine under our control, for CPU accounting. */
  postgresPid: number | null;
  /** Another fresh, migrated database on the same server, and the function that drops it. */
  fresh(name: string): Promise<{ url: string; drop(): Promise<void> }>;
  close(): Promise<void>;
}

async function adminQuery(serverUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated `yntymaq_bench` database: on the server of BENCH_DATABASE_URL when set, else on an
 * embedded PostgreSQL in a temporary directory that is removed afterwards.
 */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let label = serverUrl ? new URL(serverUrl).host : "";
  let stopServer = async () => {};
  let postgresPid: number | null = null;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-bench-"));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the unprivileged postgres user
    // A server of its own on a 24 GiB machine: the read model (≈ 0.5 GiB at 1M) fits in shared buffers,
    // as on a tuned production server; the default 128 MB would measure the OS page cache instead.
    const server = await startEmbeddedPostgres(path.join(dir, "pg"), () => {}, {
      shared_buffers: "2GB",
      // Fewer checkpoints while a million rows go in.
      max_wal_size: "8GB",
    });
    serverUrl = server.url;
    label = `embedded PostgreSQL in ${dir}`;
    postgresPid = Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  log(`database: ${label}`);
  const server = serverUrl;
  const fresh = async (name: string) => {
    await adminQuery(server, [
      `drop database if exists ${name} with (force)`,
      `create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
    ]);
    const url = databaseUrlFor(server, name);
    const handle = connectDatabase(url, 2);
    try {
      await runMigrations(handle);
    } finally {
      await handle.close();
    }
    return { url, drop: () => adminQuery(server, [`drop database if exists ${name} with (force)`]) };
  };
  const { url } = await fresh(BENCH_DATABASE);
  return { label, url, postgresPid, fresh, close: stopServer };
}
