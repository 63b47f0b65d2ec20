import { and, getTableColumns, getTableName, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../../db/client.ts";
import { organizationRegions, organizations } from "../../organizations/organizations.schema.ts";
import { REGION_SEEDS } from "../../regions/regions.data.ts";
import { locations, serviceLocations, services } from "../../services/services.schema.ts";
import { hsdsIdentifiers } from "../hsds.schema.ts";
import type { ImportPlan } from "./hsds-import-plan.ts";

const CHUNK = 1000;
const REGION_CODES = new Set(REGION_SEEDS.map((region) => region.code));

export type Progress = (done: number, total: number) => void;

type UpsertTable = typeof organizations | typeof locations | typeof services;

/** An upsert by id of rows with these keys, that leaves a row alone when nothing in it changed. */
async function upsertRows(
  tx: Transaction,
  table: UpsertTable,
  rows: Array<Record<string, unknown> & { id: string }>,
  onChunk: (n: number) => void,
) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0] as object).filter((key) => key !== "id" && columns[key]);
  const columnName = (key: string) => (columns[key] as { name: string }).name;
  const proposed = (key: string) => sql.raw(`excluded."${columnName(key)}"`);
  const current = (key: string) =>
    sql`${sql.identifier(getTableName(table))}.${sql.identifier(columnName(key))}`;
  // Re-importing the same data changes nothing: no new version, no audit entry.
  const changed = sql`(${sql.join(keys.map(current), sql`, `)}) is distinct from (${sql.join(keys.map(proposed), sql`, `)})`;
  const set = Object.fromEntries(keys.map((key) => [key, proposed(key)]));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx
      .insert(table)
      .values(chunk as never)
      .onConflictDoUpdate({
        target: table.id,
        set: { ...set, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never,
        setWhere: changed,
      });
    onChunk(chunk.length);
  }
}

/** Writes a checked plan in the caller's transaction, a thousand rows per statement. */
export async function writePlan(tx: Transaction, plan: ImportPlan, progress: Progress = () => {}) {
  const total =
    plan.organizations.length + plan.locations.length + plan.services.length + plan.serviceLocations.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    progress(done, total);
  };
  await upsertRows(
    tx,
    organizations,
    plan.organizations.map((p) => p.row),
    step,
  );
  await upsertRows(
    tx,
    locations,
    plan.locations.map((p) => p.row),
    step,
  );
  await upsertRows(
    tx,
    services,
    plan.services.map((p) => p.row),
    step,
  );

  const orgIds = plan.organizations.map((p) => p.row.id);
  // The regions an organization serves: the profile's list, else the regions of its locations in the batch.
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
  for (let i = 0; i < orgIds.length; i += CHUNK) {
    const ids = orgIds.slice(i, i + CHUNK);
    const wanted = ids.flatMap((id) =>
      [...(regionsOf.get(id) ?? [])].map((regionCode) => ({ organizationId: id, regionCode })),
    );
    await tx
      .delete(organizationRegions)
      .where(
        and(
          inArray(organizationRegions.organizationId, ids),
          wanted.length
            ? sql`(${organizationRegions.organizationId}, ${organizationRegions.regionCode}) not in (select * from unnest(${sql.param(wanted.map((w) => w.organizationId))}::uuid[], ${sql.param(wanted.map((w) => w.regionCode))}::text[]))`
            : undefined,
        ),
      );
    if (wanted.length) await tx.insert(organizationRegions).values(wanted).onConflictDoNothing();
  }

  const links = plan.serviceLocations.map((p) => p.row);
  const serviceIds = plan.services.map((p) => p.row.id);
  for (let i = 0; i < serviceIds.length; i += CHUNK) {
    const ids = serviceIds.slice(i, i + CHUNK);
    const inChunk = new Set(ids);
    const keep = links.filter((link) => inChunk.has(link.serviceId));
    await tx
      .delete(serviceLocations)
      .where(
        keep.length
          ? and(
              inArray(serviceLocations.serviceId, ids),
              sql`(${serviceLocations.serviceId}, ${serviceLocations.locationId}) not in (select * from unnest(${sql.param(keep.map((k) => k.serviceId))}::uuid[], ${sql.param(keep.map((k) => k.locationId))}::uuid[]))`,
            )
          : inArray(serviceLocations.serviceId, ids),
      );
  }
  for (let i = 0; i < links.length; i += CHUNK) {
    const chunk = links.slice(i, i + CHUNK);
    await tx.insert(serviceLocations).values(chunk).onConflictDoNothing();
    step(chunk.length);
  }
  for (let i = 0; i < plan.identifiers.length; i += CHUNK) {
    await tx
      .insert(hsdsIdentifiers)
      .values(plan.identifiers.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [hsdsIdentifiers.entity, hsdsIdentifiers.localKey],
        set: { hsdsId: sql`excluded.hsds_id` },
      });
  }
}
