import { loadConfig } from "../server/config.ts";
import { type OpenedDatabase, openDatabase } from "../server/db/open-database.ts";

/** Opens the configured database for one command and always releases it, even on failure. */
export async function withDatabase<T>(work: (db: OpenedDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.shutdown();
  }
}

/** Prints a clear one-line error and exits with 2 (bad input) instead of a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`yntymaq: ${message}\n`);
  process.exit(2);
}
