import type pg from "pg";
import type { BenchBatch } from "./bench-rows.ts";
import { insertBatch } from "./bulk-insert.ts";
import { prepareTriggers, type TriggerMode } from "./bulk-triggers.ts";

/** Connections that load in parallel: while PostgreSQL inserts one batch, Node generates the next. */
export interface BulkLoader {
  clients: pg.ClientBase[];
  /** How AFTER triggers (audit, read model) are kept from firing per row: see prepareTriggers. */
  triggerMode: TriggerMode;
  loadedServices: number;
  restoreTriggers: () => Promise<void>;
}

/**
 * Prepares the sessions for a bulk load: asynchronous commit, and no per-row audit or read model work
 * (the read model is rebuilt set-based afterwards). session_replication_role needs a superuser; without
 * one the AFTER triggers are disabled per table instead.
 */
export async function startBulkLoad(clients: pg.ClientBase[]): Promise<BulkLoader> {
  let triggerMode: TriggerMode = "replica";
  for (const client of clients) {
    await client.query("set synchronous_commit = off");
    await client.query("set maintenance_work_mem = '512MB'");
    try {
      await client.query("set session_replication_role = replica");
    } catch {
      triggerMode = "disabled";
    }
  }
  const [first] = clients;
  if (!first) throw new Error("bulk load needs at least one connection");
  const restoreTriggers = await prepareTriggers(first, triggerMode);
  return { clients, triggerMode, loadedServices: 0, restoreTriggers };
}

/** Inserts batches from `batches` until `upTo` services are loaded in total (or the batches run out). */
export async function loadServices(
  loader: BulkLoader,
  batches: Iterator<BenchBatch>,
  upTo: number,
): Promise<void> {
  const inFlight: Promise<void>[] = [];
  let turn = 0;
  while (loader.loadedServices < upTo) {
    const next = batches.next();
    if (next.done) break;
    if (inFlight.length >= loader.clients.length) await inFlight.shift();
    const client = loader.clients[turn++ % loader.clients.length] as pg.ClientBase;
    const insert = insertBatch(client, next.value);
    insert.catch(() => {}); // rejections surface when awaited below; this only keeps Node from crashing first
    inFlight.push(insert);
    loader.loadedServices += next.value.services.length;
  }
  await Promise.all(inFlight);
}

export async function hasRebuildFunction(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    "select to_regprocedure('yntymaq_rebuild_directory()') is not null as found",
  );
  return rows[0]?.found === true;
}

/** Rebuilds the search read model set-based, when the function exists; returns the time it took. */
export async function rebuildReadModel(client: pg.ClientBase): Promise<number | null> {
  if (!(await hasRebuildFunction(client))) return null;
  const started = performance.now();
  await client.query("select yntymaq_rebuild_directory()");
  return performance.now() - started;
}

/**
 * Rebuilds the coverage matrix's cells (analytics) set-based, when the function exists: the load runs
 * without the triggers that keep them. Returns the time it took.
 */
export async function rebuildCoverage(client: pg.ClientBase): Promise<number | null> {
  const { rows } = await client.query<{ found: boolean }>(
    "select to_regprocedure('yntymaq_rebuild_coverage()') is not null as found",
  );
  if (!rows[0]?.found) return null;
  const started = performance.now();
  await client.query("select yntymaq_rebuild_coverage()");
  return performance.now() - started;
}

/**
 * VACUUM ANALYZE after a bulk load: statistics for the planner, a visibility map for index-only scans,
 * and no autovacuum of the fresh rows in the middle of the measurements. Returns the time it took.
 */
export async function vacuumAnalyze(client: pg.ClientBase): Promise<number> {
  const started = performance.now();
  await client.query("vacuum analyze");
  return performance.now() - started;
}

/** Puts the sessions and the triggers back to normal. */
export async function endBulkLoad(loader: BulkLoader): Promise<void> {
  for (const client of loader.clients) await client.query("reset session_replication_role");
  await loader.restoreTriggers();
}
