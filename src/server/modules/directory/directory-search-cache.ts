import { sql } from "drizzle-orm";
import { VersionedCache } from "../../db/versioned-cache.ts";

/** Distinct searches kept per process (a page of results is ≈ 10–20 KB): at most ≈ 80 MB per cache. */
export const SEARCH_CACHE_ENTRIES = 4000;

/**
 * Search results by query, valid for one version of the directory (directory_state, bumped by the
 * commit of every transaction that changes the read model, in any process).
 */
export class DirectorySearchCache<T> extends VersionedCache<T> {
  constructor(capacity = SEARCH_CACHE_ENTRIES) {
    super(sql`SELECT version FROM directory_state WHERE id = 1`, capacity);
  }
}
