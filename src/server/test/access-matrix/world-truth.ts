import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";

/**
 * Every record of the fixture world as the database holds it, read with plain SQL (not through the
 * API under test), with the facts that decide who may see it.
 */
export interface WorldTruth {
  memoranda: { id: string; signed: boolean; branchRegions: string[]; organizationIds: string[] }[];
  organizations: {
    id: string;
    isPublic: boolean;
    /** Not verified within the re-verification age and not merged into another. */
    stale: boolean;
    regions: string[];
    locationRegions: string[];
  }[];
  services: {
    id: string;
    organizationId: string;
    active: boolean;
    isPublic: boolean;
    stale: boolean;
    locationIds: string[];
    locationRegions: string[];
  }[];
  locations: { id: string; organizationId: string }[];
  initiatives: { id: string; regionCode: string; memorandumIds: string[]; organizationIds: string[] }[];
  practices: { id: string; published: boolean }[];
  news: { id: string; published: boolean; regionCode: string | null }[];
  reports: { id: string; entityKind: string; entityId: string }[];
  branches: { id: string }[];
  users: { id: string }[];
  notifications: { id: string; userId: string }[];
  attachments: { id: string; parentId: string }[];
  regions: { code: string }[];
  serviceCategories: { code: string }[];
  audit: { id: string; entity: string; entityId: string }[];
}

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

export async function loadWorldTruth(db: Database, verificationMaxAgeDays: number): Promise<WorldTruth> {
  const publicOrganization = sql`o.status = 'active' and o.published`;
  const stale = (alias: string) =>
    sql`(${sql.raw(alias)}.last_verified_at is null or ${sql.raw(alias)}.last_verified_at < now() - make_interval(days => ${verificationMaxAgeDays}::int))`;
  return {
    memoranda: await rows(
      db,
      sql`select m.id, m.review_state = 'signed' as signed,
        coalesce(array_agg(distinct b.region_code) filter (where b.region_code is not null), '{}') as "branchRegions",
        coalesce(array_agg(distinct p.organization_id) filter (where p.organization_id is not null), '{}') as "organizationIds"
      from memoranda m left join memorandum_parties p on p.memorandum_id = m.id
      left join branches b on b.id = p.branch_id group by m.id`,
    ),
    organizations: await rows(
      db,
      sql`select o.id, ${publicOrganization} as "isPublic",
        o.merged_into_id is null and ${stale("o")} as stale,
        array(select region_code from organization_regions r where r.organization_id = o.id) as regions,
        array(select region_code from locations l where l.organization_id = o.id) as "locationRegions"
      from organizations o`,
    ),
    services: await rows(
      db,
      sql`select s.id, s.organization_id as "organizationId", s.status = 'active' as active,
        s.status = 'active' and s.published and ${publicOrganization} as "isPublic",
        ${stale("s")} as stale,
        array(select location_id from service_locations sl where sl.service_id = s.id) as "locationIds",
        array(select l.region_code from service_locations sl join locations l on l.id = sl.location_id
          where sl.service_id = s.id) as "locationRegions"
      from services s join organizations o on o.id = s.organization_id`,
    ),
    locations: await rows(db, sql`select id, organization_id as "organizationId" from locations`),
    initiatives: await rows(
      db,
      sql`select i.id, i.region_code as "regionCode",
        array(select memorandum_id from initiative_memoranda im where im.initiative_id = i.id) as "memorandumIds",
        array(select organization_id from initiative_organizations io where io.initiative_id = i.id) as "organizationIds"
      from initiatives i`,
    ),
    practices: await rows(db, sql`select id, published from practices`),
    news: await rows(db, sql`select id, published, region_code as "regionCode" from news_posts`),
    reports: await rows(
      db,
      sql`select id, entity_kind as "entityKind", entity_id as "entityId" from problem_reports`,
    ),
    branches: await rows(db, sql`select id from branches`),
    users: await rows(db, sql`select id from users`),
    notifications: await rows(db, sql`select id, user_id as "userId" from notifications`),
    attachments: await rows(
      db,
      sql`select id, coalesce(memorandum_id, initiative_id, practice_id, news_id) as "parentId" from file_attachments`,
    ),
    regions: await rows(db, sql`select code from regions`),
    serviceCategories: await rows(db, sql`select code from service_categories`),
    audit: await rows(db, sql`select id::text, entity, entity_id::text as "entityId" from audit_log`),
  };
}
