import type pg from "pg";
import type { Text3 } from "../src/server/demo/demo-text.ts";
import { foldText } from "../src/shared/search/fold.ts";
import type { BenchBatch } from "./bench-rows.ts";

/**
 * Triggers are off during the bulk load (session_replication_role = replica), so the folded search keys
 * the database would compute (yntymaq_search_key_* in drizzle/) are computed here with the same folding.
 */
const keyCache = new WeakMap<object, string>();
function searchKeyOf(...texts: Array<Text3 | null>): string {
  const present = texts.filter((t): t is Text3 => t !== null);
  if (present.length === 1 && present[0]) {
    const cached = keyCache.get(present[0]);
    if (cached !== undefined) return cached;
  }
  const key = foldText(
    present.flatMap((t) => [t.kk, t.ru, t.en].filter((v): v is string => Boolean(v))).join(" "),
  );
  if (present.length === 1 && present[0]) keyCache.set(present[0], key);
  return key;
}
const localityKeysOf = (locality: Text3): string =>
  arrayLiteral([
    ...new Set(
      Object.values(locality)
        .filter(Boolean)
        .map((v) => foldText(String(v))),
    ),
  ]);

/** Templates share their text objects across thousands of rows: serialize each one once. */
const jsonCache = new WeakMap<Text3, string>();
function jsonOf(text: Text3 | null): string | null {
  if (text === null) return null;
  let cached = jsonCache.get(text);
  if (cached === undefined) {
    cached = JSON.stringify(text);
    jsonCache.set(text, cached);
  }
  return cached;
}

/** A ragged list cannot be a row of a 2-D array parameter, so it travels as its array literal. */
const arrayLiteral = (items: readonly string[]): string => `{${items.join(",")}}`;

const ORGANIZATIONS_SQL = `insert into organizations
  (id, name, type, level, bin, email, phone, website, target_groups, description, status, published, last_verified_at,
   search_key)
  select id, name::jsonb, type::organization_type, level::organization_level, bin, email, phone, website,
    groups::target_group[], description::jsonb, status::record_status, published, verified, search_key
  from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::boolean[], $13::timestamptz[], $14::text[])
    as t(id, name, type, level, bin, email, phone, website, groups, description, status, published, verified,
      search_key)`;

const ORGANIZATION_REGIONS_SQL = `insert into organization_regions (organization_id, region_code)
  select * from unnest($1::uuid[], $2::text[])`;

const LOCATIONS_SQL = `insert into locations
  (id, organization_id, name, region_code, locality, address, postal_code, latitude, longitude, search_key, locality_keys)
  select id, organization_id, name::jsonb, region_code, locality::jsonb, address::jsonb, postal_code, latitude, longitude,
    search_key, locality_keys::text[]
  from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::float8[], $9::float8[], $10::text[], $11::text[])
    as t(id, organization_id, name, region_code, locality, address, postal_code, latitude, longitude, search_key,
      locality_keys)`;

const SERVICES_SQL = `insert into services
  (id, organization_id, name, description, category_codes, target_groups, status, published, min_age, max_age,
   cost, fees_description, languages, application_process, schedule, referral_requirement, has_waitlist,
   capacity, phone, email, last_verified_at, assured_date, search_key)
  select id, organization_id, name::jsonb, description::jsonb, categories::text[], groups::target_group[],
    status::service_status, published, min_age, max_age, cost::cost_kind, fees::jsonb,
    languages::service_language[], application::jsonb, schedule::jsonb, referral::referral_requirement,
    waitlist, capacity, phone, email, verified, (verified at time zone 'Asia/Almaty')::date, search_key
  from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::boolean[], $9::int[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
    $16::text[], $17::boolean[], $18::int[], $19::text[], $20::text[], $21::timestamptz[], $22::text[])
    as t(id, organization_id, name, description, categories, groups, status, published, min_age, max_age,
      cost, fees, languages, application, schedule, referral, waitlist, capacity, phone, email, verified, search_key)`;

const SERVICE_LOCATIONS_SQL = `insert into service_locations (service_id, location_id)
  select * from unnest($1::uuid[], $2::uuid[])`;

/** Inserts one batch with one multi-row statement per table (parents first, so it also works with FK checks on). */
export async function insertBatch(client: pg.ClientBase, batch: BenchBatch): Promise<void> {
  const o = batch.organizations;
  await client.query(ORGANIZATIONS_SQL, [
    o.map((r) => r.id),
    o.map((r) => jsonOf(r.name)),
    o.map((r) => r.type),
    o.map((r) => r.level),
    o.map((r) => r.bin),
    o.map((r) => r.email),
    o.map((r) => r.phone),
    o.map((r) => r.website),
    o.map((r) => arrayLiteral(r.targetGroups)),
    o.map((r) => jsonOf(r.description)),
    o.map((r) => r.status),
    o.map((r) => r.published),
    o.map((r) => r.lastVerifiedAt),
    o.map((r) => searchKeyOf(r.name)),
  ]);
  const regions = batch.organizationRegions;
  await client.query(ORGANIZATION_REGIONS_SQL, [
    regions.map((r) => r.organizationId),
    regions.map((r) => r.regionCode),
  ]);
  const l = batch.locations;
  await client.query(LOCATIONS_SQL, [
    l.map((r) => r.id),
    l.map((r) => r.organizationId),
    l.map((r) => jsonOf(r.name)),
    l.map((r) => r.regionCode),
    l.map((r) => jsonOf(r.locality)),
    l.map((r) => JSON.stringify(r.address)),
    l.map((r) => r.postalCode),
    l.map((r) => r.latitude),
    l.map((r) => r.longitude),
    l.map((r) => searchKeyOf(r.locality, r.address)),
    l.map((r) => localityKeysOf(r.locality)),
  ]);
  const s = batch.services;
  await client.query(SERVICES_SQL, [
    s.map((r) => r.id),
    s.map((r) => r.organizationId),
    s.map((r) => jsonOf(r.name)),
    s.map((r) => jsonOf(r.description)),
    s.map((r) => arrayLiteral(r.categoryCodes)),
    s.map((r) => arrayLiteral(r.targetGroups)),
    s.map((r) => r.status),
    s.map((r) => r.published),
    s.map((r) => r.minAge),
    s.map((r) => r.maxAge),
    s.map((r) => r.cost),
    s.map((r) => jsonOf(r.feesDescription)),
    s.map((r) => arrayLiteral(r.languages)),
    s.map((r) => jsonOf(r.applicationProcess)),
    s.map((r) => jsonOf(r.schedule)),
    s.map((r) => r.referralRequirement),
    s.map((r) => r.hasWaitlist),
    s.map((r) => r.capacity),
    s.map((r) => r.phone),
    s.map((r) => r.email),
    s.map((r) => r.lastVerifiedAt),
    s.map((r) => searchKeyOf(r.name)),
  ]);
  const links = batch.serviceLocations;
  await client.query(SERVICE_LOCATIONS_SQL, [links.map((r) => r.serviceId), links.map((r) => r.locationId)]);
}
