import { sql } from "drizzle-orm";
import type { Transaction } from "../../../db/client.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { REGION_SEEDS } from "../../regions/regions.data.ts";
import { locations, services } from "../../services/services.schema.ts";
import { jsonUpsert, unnestOf } from "./hsds-bulk-sql.ts";
import type { ImportPlan } from "./hsds-import-plan.ts";

const CHUNK = 1000;
const REGION_CODES = new Set(REGION_SEEDS.map((region) => region.code));

export type Progress = (done: number, total: number) => void;

/** Writes a checked plan in the caller's transaction, a thousand rows per statement. */
export async function writePlan(
  tx: Transaction,
  plan: ImportPlan,
  progress: Progress = () => {},
): Promise<{ readModelMs: number }> {
  const total =
    plan.organizations.length + plan.locations.length + plan.services.length + plan.serviceLocations.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    progress(done, total);
  };
  // The statement triggers only note the services they would refresh; the directory entries and coverage
  // cells are refreshed once, set-based, at the end of this transaction (migration 0036).
  await tx.execute(sql`select yntymaq_defer_read_model()`);
  for (const [table, planned] of [
    [organizations, plan.organizations],
    [locations, plan.locations],
    [services, plan.services],
  ] as const) {
    const rows = planned.map((p) => p.row as Record<string, unknown>);
    const upsert = jsonUpsert(table, Object.keys(rows[0] ?? {}));
    for (const chunk of chunks(rows)) {
      await upsert(tx, chunk);
      step(chunk.length);
    }
  }
  await writeRegions(tx, plan);
  await writeLinks(tx, plan, step);
  for (const chunk of chunks(plan.identifiers))
    await tx.execute(sql`insert into hsds_identifiers (entity, local_key, hsds_id)
      select * from ${unnestOf([
        [chunk.map((i) => i.entity), "text"],
        [chunk.map((i) => i.localKey), "text"],
        [chunk.map((i) => i.hsdsId), "uuid"],
      ])}
      on conflict (entity, local_key) do update set hsds_id = excluded.hsds_id
      where hsds_identifiers.hsds_id is distinct from excluded.hsds_id`);
  const started = performance.now();
  await tx.execute(sql`select yntymaq_apply_deferred_read_model()`);
  return { readModelMs: Math.round(performance.now() - started) };
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/** The regions an organization serves: the profile's list, else the regions of its locations in the batch. */
async function writeRegions(tx: Transaction, plan: ImportPlan) {
  const locationRegions = new Map<string, Set<string>>();
  for (const { row } of plan.locations) {
    const set = locationRegions.get(row.organizationId) ?? new Set<string>();
    set.add(row.regionCode);
    locationRegions.set(row.organizationId, set);
  }
  const regionsOf = new Map<string, Set<string>>();
  for (const { row, source } of plan.organizations) {
    const served = source.record.regions_served;
    regionsOf.set(
      row.id,
      Array.isArray(served)
        ? new Set(served.map(String).filter((code) => REGION_CODES.has(code)))
        : (locationRegions.get(row.id) ?? new Set()),
    );
  }
  for (const ids of chunks(plan.organizations.map((p) => p.row.id))) {
    const wanted = ids.flatMap((id) => [...(regionsOf.get(id) ?? [])].map((code) => [id, code] as const));
    const pairs = unnestOf([
      [wanted.map(([id]) => id), "uuid"],
      [wanted.map(([, code]) => code), "text"],
    ]);
    await tx.execute(sql`delete from organization_regions
      where organization_id = any(${sql.param(ids)}::uuid[])
        and (organization_id, region_code) not in (select * from ${pairs})`);
    if (wanted.length)
      await tx.execute(sql`insert into organization_regions (organization_id, region_code)
        select * from ${pairs} on conflict do nothing`);
  }
}

/** A service's locations become exactly those of the batch: links it no longer has are deleted. */
async function writeLinks(tx: Transaction, plan: ImportPlan, step: (n: number) => void) {
  const links = plan.serviceLocations.map((p) => p.row);
  const byService = new Map<string, string[]>();
  for (const link of links) {
    const list = byService.get(link.serviceId);
    if (list) list.push(link.locationId);
    else byService.set(link.serviceId, [link.locationId]);
  }
  for (const ids of chunks(plan.services.map((p) => p.row.id))) {
    const keep = ids.flatMap((id) =>
      (byService.get(id) ?? []).map((locationId) => [id, locationId] as const),
    );
    await tx.execute(sql`delete from service_locations
      where service_id = any(${sql.param(ids)}::uuid[])
        and (service_id, location_id) not in (select * from ${unnestOf([
          [keep.map(([id]) => id), "uuid"],
          [keep.map(([, locationId]) => locationId), "uuid"],
        ])})`);
  }
  for (const chunk of chunks(links)) {
    await tx.execute(sql`insert into service_locations (service_id, location_id)
      select * from ${unnestOf([
        [chunk.map((link) => link.serviceId), "uuid"],
        [chunk.map((link) => link.locationId), "uuid"],
      ])} on conflict do nothing`);
    step(chunk.length);
  }
}
