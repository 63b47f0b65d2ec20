import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { searchDirectoryUncached } from "../src/server/modules/directory/directory-search.service.ts";
import { ZDirectorySearchQuery } from "../src/shared/contracts/directory.ts";
import { generateQueries, type QueryKind, searchPath } from "./query-generator.ts";

/**
 * `tsx bench/search-timing.ts <database url> [queries]`: runs the bench's query mix one at a time through
 * the search service against an already loaded database and prints per-kind latency, for tuning the
 * search without reloading data.
 */
const [url, countArg] = process.argv.slice(2);
if (!url) throw new Error("usage: tsx bench/search-timing.ts <database url> [queries]");
const pool = new pg.Pool({ connectionString: url, max: 4 });
const db = drizzle(pool, { casing: "snake_case" });
const byKind = new Map<QueryKind, { ms: number; path: string }[]>();
for (const query of generateQueries(20_261_125, Number(countArg ?? 200))) {
  const path = searchPath(query);
  const parsed = ZDirectorySearchQuery.parse(Object.fromEntries(new URL(path, "http://x").searchParams));
  const started = performance.now();
  await searchDirectoryUncached(db as never, parsed, "kk");
  const list = byKind.get(query.kind) ?? [];
  list.push({ ms: performance.now() - started, path });
  byKind.set(query.kind, list);
}
for (const [kind, runs] of byKind) {
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `${kind.padEnd(11)} n=${runs.length} p50 ${at(0.5)} p90 ${at(0.9)} max ${at(1)} ms  slowest ${decodeURIComponent(slowest.path)}`,
  );
}
await pool.end();
