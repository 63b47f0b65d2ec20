import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { VersionedCache } from "../../db/versioned-cache.ts";
import { type CoverageFilter, type CoverageRows, readCoverage } from "./coverage.repository.ts";

/** Distinct filters kept per process; the rows of one are a few kilobytes. */
export const COVERAGE_CACHE_ENTRIES = 500;

/**
 * Valid while analytics_state's version is unchanged and it is the same day in the database (which
 * memoranda are in force depends on today).
 */
const VERSION_AND_DAY = sql`SELECT version::text || '@' || current_date::text AS version FROM analytics_state WHERE id = 1`;

const caches = new WeakMap<Queryable, VersionedCache<CoverageRows>>();

/**
 * readCoverage, answered from memory while nothing it reads has changed: the matrix is asked far more
 * often than services, memoranda or regions change. The key holds the whole filter, scope included.
 */
export function readCoverageCached(
  db: Queryable,
  filter: CoverageFilter,
  expiringWindowDays: number,
): Promise<CoverageRows> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new VersionedCache<CoverageRows>(VERSION_AND_DAY, COVERAGE_CACHE_ENTRIES);
    caches.set(db, cache);
  }
  const key = JSON.stringify([filter, expiringWindowDays]);
  return cache.get(db, key, () => readCoverage(db, filter, expiringWindowDays));
}
