import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";

/** Distinct searches kept per process (a page of results is ≈ 10–20 KB): at most ≈ 80 MB per cache. */
export const SEARCH_CACHE_ENTRIES = 4000;

/**
 * Search results by query, valid for one version of the directory (directory_state, bumped by the
 * commit of every transaction that changes the read model, in any process). Each lookup reads the
 * version first, then searches only on a miss: a result stored under a version can hold data at least
 * that new, never older, so a reader that sees the version sees results as fresh as its own snapshot.
 * Least recently used entries go first.
 */
export class DirectorySearchCache<T> {
  private version = -1;
  private readonly entries = new Map<string, T>();
  private inFlight: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(private readonly capacity = SEARCH_CACHE_ENTRIES) {}

  async get(db: Queryable, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.versionReadAfterNow(db);
    if (version !== this.version) {
      if (version < this.version) return compute(); // an older snapshot than one already seen: don't mix
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = await compute();
    if (this.version === version) {
      this.entries.set(key, value);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The version as read by a query that started after this call: concurrent searches share one read
   * (at 32 connections, one query instead of 32), yet none uses a read that began before it arrived, so
   * a change committed before a search started is always seen by it.
   */
  private versionReadAfterNow(db: Queryable): Promise<number> {
    if (!this.inFlight) return this.startRead(db);
    if (!this.queued) {
      this.queued = this.inFlight
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.startRead(db);
        });
    }
    return this.queued;
  }

  private startRead(db: Queryable): Promise<number> {
    const read = currentVersion(db).finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    this.inFlight = read;
    return read;
  }
}

async function currentVersion(db: Queryable): Promise<number> {
  const result = await db.execute<{ version: string }>(sql`SELECT version FROM directory_state WHERE id = 1`);
  return Number(result.rows[0]?.version ?? 0);
}
