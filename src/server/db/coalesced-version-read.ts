import type { SQL } from "drizzle-orm";
import type { Queryable } from "./client.ts";

/**
 * A version (of a one-row table bumped at the commit of every transaction that changes what a cache
 * holds, possibly with other parts such as the date) read as text so that concurrent callers share one query, yet none uses a read that began before
 * it arrived: at 32 connections one query instead of 32, and a change committed before a caller started
 * is always seen by it.
 */
export class CoalescedVersionRead {
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  /** `query` selects one row with a `version` column; equal versions mean equal data. */
  constructor(private readonly query: SQL) {}

  readAfterNow(db: Queryable): Promise<string> {
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

  private startRead(db: Queryable): Promise<string> {
    const read = db
      .execute<{ version: unknown }>(this.query)
      .then((result) => String(result.rows[0]?.version ?? ""))
      .finally(() => {
        if (this.inFlight === read) this.inFlight = null;
      });
    this.inFlight = read;
    return read;
  }
}
