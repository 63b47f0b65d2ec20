import pg from "pg";
import type { BenchArgs } from "./bench-args.ts";
import {
  endBulkLoad,
  loadServices,
  rebuildCoverage,
  rebuildReadModel,
  startBulkLoad,
  vacuumAnalyze,
} from "./bulk-load.ts";
import { startCpuProbe } from "./cpu-sampler.ts";
import { generateDataset } from "./data-generator.ts";

export interface LoadPhaseResult {
  triggerMode: string;
  /** The first 100k (or all, when fewer), made searchable: inserted, then the read model rebuilt. */
  milestone: { services: number; insertMs: number; rebuildMs: number | null };
  total: { services: number; insertMs: number; rebuildMs: number | null; analyzeMs: number };
  rows: Record<string, number>;
  /** Cores other processes on the machine kept busy while loading (0 on a quiet machine). */
  otherCores: number | null;
  directory: { tableBytes: number; indexesBytes: number; indexes: { name: string; bytes: number }[] } | null;
}

const MILESTONE = 100_000;
const seconds = (value: number | null) =>
  value === null ? "no read model function" : `${(value / 1000).toFixed(1)} s`;
const COUNTED = ["organizations", "locations", "services", "service_locations", "directory_entries"];

async function sizes(client: pg.Client): Promise<LoadPhaseResult["directory"]> {
  const { rows: found } = await client.query("select to_regclass('directory_entries') is not null as found");
  if (!found[0]?.found) return null;
  const { rows } = await client.query<{ table_bytes: string; indexes_bytes: string }>(
    "select pg_relation_size('directory_entries') as table_bytes, pg_indexes_size('directory_entries') as indexes_bytes",
  );
  const { rows: indexes } = await client.query<{ name: string; bytes: string }>(
    `select indexname as name, pg_relation_size(format('%I', indexname)::regclass) as bytes
     from pg_indexes where tablename = 'directory_entries' order by indexname`,
  );
  return {
    tableBytes: Number(rows[0]?.table_bytes),
    indexesBytes: Number(rows[0]?.indexes_bytes),
    indexes: indexes.map((index) => ({ name: index.name, bytes: Number(index.bytes) })),
  };
}

async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const { rows } = await client.query(`select to_regclass($1) is not null as found`, [table]);
    if (!rows[0]?.found) continue;
    const { rows: counted } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
    counts[table] = Number(counted[0]?.n);
  }
  return counts;
}

/**
 * Loads `args.services` generated services: the first 100k timed on their own (inserted and made
 * searchable), then the rest, then the read model is rebuilt for everything and statistics refreshed.
 */
export async function runLoadPhase(
  databaseUrl: string,
  postgresPid: number | null,
  args: BenchArgs,
  log: (line: string) => void,
): Promise<LoadPhaseResult> {
  const clients: pg.Client[] = [];
  const probe = startCpuProbe(null, postgresPid);
  try {
    for (let i = 0; i < args.loadConnections; i++) {
      const client = new pg.Client({ connectionString: databaseUrl, application_name: "yntymaq-bench-load" });
      await client.connect();
      clients.push(client);
    }
    const [first] = clients;
    if (!first) throw new Error("no load connection");
    const loader = await startBulkLoad(clients);
    const batches = generateDataset({ seed: args.seed, services: args.services, batchSize: args.batchSize });
    const milestoneServices = Math.min(MILESTONE, args.services);

    let started = performance.now();
    await loadServices(loader, batches, milestoneServices);
    const milestoneInsertMs = performance.now() - started;
    log(`inserted ${loader.loadedServices.toLocaleString("en")} services in ${seconds(milestoneInsertMs)}`);
    const milestoneRebuildMs = await rebuildReadModel(first);
    log(`read model for ${milestoneServices.toLocaleString("en")} services: ${seconds(milestoneRebuildMs)}`);
    let restInsertMs = 0;
    let rebuildMs = milestoneRebuildMs;
    if (args.services > milestoneServices) {
      started = performance.now();
      await loadServices(loader, batches, args.services);
      restInsertMs = performance.now() - started;
      log(`inserted ${loader.loadedServices.toLocaleString("en")} services (+${seconds(restInsertMs)})`);
      rebuildMs = await rebuildReadModel(first);
      log(`read model for ${loader.loadedServices.toLocaleString("en")} services: ${seconds(rebuildMs)}`);
    }
    const coverageMs = await rebuildCoverage(first);
    if (coverageMs !== null) log(`coverage cells for all services: ${seconds(coverageMs)}`);
    const analyzeMs = await vacuumAnalyze(first);
    await endBulkLoad(loader);
    return {
      triggerMode: loader.triggerMode,
      milestone: { services: milestoneServices, insertMs: milestoneInsertMs, rebuildMs: milestoneRebuildMs },
      total: {
        services: loader.loadedServices,
        insertMs: milestoneInsertMs + restInsertMs,
        rebuildMs,
        analyzeMs,
      },
      otherCores: probe.stop().otherCores,
      rows: await rowCounts(first),
      directory: await sizes(first),
    };
  } finally {
    for (const client of clients) await client.end().catch(() => undefined);
  }
}
