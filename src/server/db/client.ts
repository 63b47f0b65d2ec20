import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";

export type Database = NodePgDatabase<Record<string, never>>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a repository can run queries on: the pool or an open transaction. */
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

// Dates (no time) stay strings such as "2026-11-25" instead of becoming midnight in the server's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint counts fit in a JS number for every table this app has.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export function connectDatabase(url: string, max = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "yntymaq" });
  pool.on("error", () => {
    // An idle client lost its connection (e.g. the server restarted); the pool replaces it.
  });
  const db = drizzle(pool, { casing: "snake_case" });
  return { db, pool, close: () => pool.end() };
}

/**
 * Runs `work` in one transaction with the acting user recorded for the audit trigger,
 * so every row it changes is attributed and nothing is half-written on error.
 */
export async function withActor<T>(
  db: Database,
  actorId: string | null,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('yntymaq.actor_id', ${actorId ?? ""}, true)`);
    return work(tx);
  });
}
