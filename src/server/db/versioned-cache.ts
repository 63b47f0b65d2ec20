import type { SQL } from "drizzle-orm";
import type { Queryable } from "./client.ts";
import { CoalescedVersionRead } from "./coalesced-version-read.ts";

/**
 * Computed values by key, valid for one version of the data they come from (a one-row table bumped by
 * the commit of every transaction that changes that data, in any process). Each lookup reads the version
 * first, then computes only on a miss: a value stored under a version holds data at least that new,
 * never older, so a reader that sees the version gets a value as fresh as its own snapshot. Least
 * recently used entries go first.
 */
export class VersionedCache<T> {
  private version: string | null = null;
  private readonly entries = new Map<string, T>();
  private readonly versions: CoalescedVersionRead;

  /** `versionQuery` selects one row with a `version` column (see CoalescedVersionRead). */
  constructor(
    versionQuery: SQL,
    private readonly capacity: number,
  ) {
    this.versions = new CoalescedVersionRead(versionQuery);
  }

  async get(db: Queryable, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.versions.readAfterNow(db);
    if (version !== this.version) {
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
    // Not if another version was seen meanwhile: the value may be older than that one.
    if (this.version === version) {
      this.entries.set(key, value);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
