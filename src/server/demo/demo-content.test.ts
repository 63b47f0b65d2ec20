import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { createTestContext, type TestContext } from "../test/test-context.ts";
import { seedDemoData } from "./demo-seed.ts";

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  expect(await seedDemoData(ctx.db)).toBe(true);
});
afterAll(() => ctx.close());

describe("demo data content", () => {
  it("has the branches of the press release, the People's Council attached to Mangystau", async () => {
    const branches = await rows<{
      en: string;
      kind: string;
      region: string;
      parent: string | null;
      address: string | null;
    }>(
      ctx.db,
      sql`select b.name->>'en' as en, b.kind, b.region_code as region, p.name->>'en' as parent, b.address->>'ru' as address
          from branches b left join branches p on p.id = b.parent_id order by b.region_code, b.kind`,
    );
    expect(branches).toEqual([
      {
        en: "Almaty regional branch",
        kind: "regional",
        region: "KZ-19",
        parent: "Central office",
        address: "г. Конаев, просп. Абая, 12",
      },
      {
        en: "Mangystau regional branch",
        kind: "regional",
        region: "KZ-47",
        parent: "Central office",
        address: expect.any(String),
      },
      {
        en: "People's Council «Halyq Kenesi» of the Mangystau regional branch",
        kind: "attached_body",
        region: "KZ-47",
        parent: "Mangystau regional branch",
        address: null,
      },
      { en: "Central office", kind: "central", region: "KZ-71", parent: null, address: expect.any(String) },
      {
        en: "Shymkent city branch",
        kind: "city",
        region: "KZ-79",
        parent: "Central office",
        address: expect.any(String),
      },
    ]);
  });

  it("has the seven named partners with their type, level and regions", async () => {
    const partners = await rows<{
      kk: string;
      type: string;
      level: string;
      regions: string[];
      groups: string[];
    }>(
      ctx.db,
      sql`select o.name->>'kk' as kk, o.type, o.level, array_agg(r.region_code order by r.region_code) as regions,
                 o.target_groups::text[] as groups
          from organizations o join organization_regions r on r.organization_id = o.id
          where o.email not like 'demo-%' group by o.id order by o.email`,
    );
    const byName = Object.fromEntries(partners.map((partner) => [partner.kk, partner]));
    expect(partners).toHaveLength(7);
    expect(byName["«Amazing kids» балаларды түзету орталығы"]).toMatchObject({
      type: "private_centre",
      level: "city",
      regions: ["KZ-79"],
    });
    expect(byName["Ерекше балалардың ата-аналары бірлестігі – «ОРДА»"]).toMatchObject({
      type: "parents_association",
      regions: ["KZ-79"],
    });
    expect(byName["«Ана махаббаты» қоғамдық қоры"]).toMatchObject({
      type: "public_foundation",
      level: "region",
      regions: ["KZ-47"],
    });
    expect(byName["Маңғыстау паралимпиадалық спорт федерациясы – «Бочча»"]).toMatchObject({
      type: "sport_federation",
      regions: ["KZ-47"],
    });
    expect(byName["Мүгедектердің «Қамқор Жүрек» қоғамдық бірлестігі"]).toMatchObject({
      type: "public_association",
      regions: ["KZ-19"],
    });
    const union = byName["«Ерекше балалардың ата-аналар одағы» республикалық қоғамдық бірлестігі"];
    expect(union).toMatchObject({ type: "republican_association", level: "republic" });
    expect(union?.regions).toHaveLength(20);
    expect(union?.groups[0]).toBe("asd");
  });

  it("has the three signed memoranda with the right parties", async () => {
    const memoranda = await rows<Record<string, unknown>>(
      ctx.db,
      sql`select m.number, m.review_state as state, m.signed_place->>'en' as place, m.signed_date as signed,
                 m.start_date as start, m.end_date as end, m.scope_areas::text[] as scopes,
                 array_agg(coalesce(b.name->>'en', o.name->>'en') order by p.sort_order) as parties
          from memoranda m join memorandum_parties p on p.memorandum_id = m.id
          left join branches b on b.id = p.branch_id left join organizations o on o.id = p.organization_id
          group by m.id order by m.number`,
    );
    expect(memoranda).toEqual([
      {
        number: "KZ19-2025-001",
        state: "signed",
        place: "Qonaev",
        signed: "2025-04-02",
        start: "2025-04-02",
        end: "2028-04-02",
        scopes: ["inclusion", "joint_initiatives", "inclusive_policy"],
        parties: [
          "Almaty regional branch",
          "«Qamqor Jürek» public association of persons with disabilities",
          "«Union of parents of special children» republican public association",
        ],
      },
      {
        number: "KZ47-2025-001",
        state: "signed",
        place: "Aktau",
        signed: "2025-03-21",
        start: "2025-03-21",
        end: null,
        scopes: ["inclusion", "adaptive_sport", "best_practice_exchange", "joint_initiatives"],
        parties: [
          "People's Council «Halyq Kenesi» of the Mangystau regional branch",
          "«Ana Mahabbaty» public foundation",
          "Mangystau paralympic sport federation «Boccia»",
        ],
      },
      {
        number: "KZ79-2025-001",
        state: "signed",
        place: "Shymkent",
        signed: "2025-03-14",
        start: "2025-03-14",
        end: "2028-03-14",
        scopes: ["education_access", "medical_access", "social_services", "inclusion"],
        parties: [
          "Shymkent city branch",
          "Psychological-pedagogical correction centre of the Shymkent city Education Department",
          "«Amazing kids» children's correction centre",
          "«ORDA» association of parents of special children",
        ],
      },
    ]);
    const commitments = await rows<{ statuses: string[]; overdue: number; parties: number }>(
      ctx.db,
      sql`select array_agg(distinct status::text) as statuses, count(distinct party_id)::int as parties,
                 count(*) filter (where due_date < current_date and status not in ('done', 'cancelled'))::int as overdue
          from commitments`,
    );
    expect(commitments[0]?.statuses).toEqual(["cancelled", "done", "in_progress", "planned"]);
    expect(commitments[0]?.parties).toBe(4);
    expect(commitments[0]?.overdue).toBeGreaterThanOrEqual(1);
  });

  it("gives every region at least one service location, with deliberate gaps by category", async () => {
    const regions = await rows<{ code: string; services: number }>(
      ctx.db,
      sql`select g.code, count(distinct sl.service_id)::int as services from regions g
          left join locations l on l.region_code = g.code left join service_locations sl on sl.location_id = l.id
          group by g.code order by g.code`,
    );
    expect(regions).toHaveLength(20);
    expect(regions.every((region) => region.services > 0)).toBe(true);
    const coverage = await rows<{ pairs: number; categories: number; ulytauAba: number }>(
      ctx.db,
      sql`with offered as (
            select distinct l.region_code, c.code from services s
            join service_locations sl on sl.service_id = s.id join locations l on l.id = sl.location_id
            cross join unnest(s.category_codes) as c(code))
          select count(*)::int as pairs, count(distinct code)::int as categories,
                 count(*) filter (where region_code = 'KZ-62' and code = 'behavioural_therapy')::int as "ulytauAba"
          from offered`,
    );
    expect(coverage[0]?.categories).toBe(14);
    expect(coverage[0]?.pairs).toBeGreaterThan(150);
    expect(coverage[0]?.pairs).toBeLessThan(280);
    expect(coverage[0]?.ulytauAba).toBe(0);
  });

  it("names every service in kk, ru and en, with known categories and at least one location", async () => {
    const [check] = await rows<Record<string, number>>(
      ctx.db,
      sql`select
            count(*) filter (where coalesce(name->>'kk', '') = '' or coalesce(name->>'ru', '') = '' or coalesce(name->>'en', '') = '')::int as unnamed,
            count(*) filter (where cardinality(category_codes) = 0
              or not category_codes <@ (select array_agg(code) from service_categories))::int as "badCategories",
            count(*) filter (where not exists (select 1 from service_locations sl where sl.service_id = services.id))::int as unplaced,
            count(*) filter (where not is_demo)::int as "notDemo",
            count(distinct cost)::int as costs
          from services`,
    );
    expect(check).toEqual({ unnamed: 0, badCategories: 0, unplaced: 0, notDemo: 0, costs: 3 });
  });

  it("has initiatives under the memoranda, a replicated practice and three published news posts", async () => {
    const initiatives = await rows<{ region: string; reach: number; memoranda: number }>(
      ctx.db,
      sql`select i.region_code as region, (i.reach_children + i.reach_parents + i.reach_specialists)::int as reach,
                 count(im.memorandum_id)::int as memoranda
          from initiatives i join initiative_memoranda im on im.initiative_id = i.id group by i.id order by i.region_code`,
    );
    expect(initiatives.map((row) => row.region)).toEqual(["KZ-19", "KZ-47", "KZ-79"]);
    expect(initiatives.every((row) => row.reach > 0 && row.memoranda === 1)).toBe(true);
    const replications = await rows<{ origin: string; region: string }>(
      ctx.db,
      sql`select p.region_code as origin, r.region_code as region from practices p
          join practice_replications r on r.practice_id = p.id order by r.region_code`,
    );
    expect(replications).toEqual([
      { origin: "KZ-79", region: "KZ-19" },
      { origin: "KZ-79", region: "KZ-47" },
    ]);
    const news = await rows<{ slug: string; published: boolean; languages: number; memoranda: number }>(
      ctx.db,
      sql`select n.slug, n.published, (select count(*) from jsonb_object_keys(n.body))::int as languages,
                 (select count(*) from news_links l where l.news_id = n.id and l.kind = 'memorandum')::int as memoranda
          from news_posts n order by n.slug`,
    );
    expect(news).toHaveLength(3);
    expect(news.every((post) => post.published && post.languages === 3 && post.memoranda === 1)).toBe(true);
  });
});
