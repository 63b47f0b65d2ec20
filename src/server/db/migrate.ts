import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { DatabaseHandle } from "./client.ts";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../drizzle");

const MIGRATION_LOCK_KEY = 7_316_001;

/**
 * Applies the committed SQL migrations. A session advisory lock, held on its own connection,
 * keeps several app processes starting at once from applying them twice.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const lockClient = await handle.pool.connect();
  try {
    await lockClient.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrate(handle.db, { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await lockClient.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lockClient.release();
  }
}
