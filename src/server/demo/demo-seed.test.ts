import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { createTestContext, type TestContext } from "../test/test-context.ts";
import { buildDemoRecords, insertDemoRecords } from "./demo-records.ts";
import { disableDemoData, seedDemoData, seedDemoIfEmpty } from "./demo-seed.ts";

const TABLES = {
  branches: "branches",
  organizations: "organizations",
  organizationRegions: "organization_regions",
  locations: "locations",
  services: "services",
  serviceLocations: "service_locations",
  memoranda: "memoranda",
  memorandumParties: "memorandum_parties",
  commitments: "commitments",
  initiatives: "initiatives",
  initiativeMemoranda: "initiative_memoranda",
  initiativeOrganizations: "initiative_organizations",
  practices: "practices",
  practiceReplications: "practice_replications",
  newsPosts: "news_posts",
  newsLinks: "news_links",
} as const;

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

async function counts(db: Database): Promise<Record<string, number>> {
  const columns = Object.entries(TABLES).map(
    ([key, table]) => `(select count(*)::int from ${table}) as "${key}"`,
  );
  const [row] = await rows<Record<string, number>>(db, sql.raw(`select ${columns.join(", ")}`));
  return row ?? {};
}

const expected = buildDemoRecords();
const expectedCounts = Object.fromEntries(Object.entries(expected).map(([key, list]) => [key, list.length]));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe("demo data", () => {
  it("is built the same way every time, with a directory worth looking at", () => {
    expect(JSON.stringify(buildDemoRecords())).toBe(JSON.stringify(expected));
    expect(expected.organizations.length).toBeGreaterThan(200);
    expect(expected.services.length).toBeGreaterThan(400);
    expect(expected.organizations.every((row) => row.isDemo && row.bin === null)).toBe(true);
    expect(expected.services.every((row) => row.isDemo)).toBe(true);
  });

  it("is loaded in one transaction: a failure inside leaves no row and no audit entry", async () => {
    const failing = ctx.db.transaction(async (tx) => {
      await insertDemoRecords(tx);
      const [inside] = (await tx.execute(sql`select count(*)::int as n from services`)).rows as {
        n: number;
      }[];
      expect(inside?.n).toBe(expected.services.length);
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    expect(Object.values(await counts(ctx.db)).every((value) => value === 0)).toBe(true);
    const [audit] = await rows<{ n: number }>(ctx.db, sql`select count(*)::int as n from audit_log`);
    expect(audit?.n).toBe(0);
  });

  it("loads once: true, then false, and the second call adds nothing", async () => {
    expect(await seedDemoData(ctx.db)).toBe(true);
    const loaded = await counts(ctx.db);
    expect(loaded).toEqual(expectedCounts);
    expect(await seedDemoData(ctx.db)).toBe(false);
    expect(await seedDemoIfEmpty(ctx.db)).toBe(false);
    expect(await counts(ctx.db)).toEqual(loaded);
  });

  it("keeps the 20 regions", async () => {
    const { status, body } = await ctx.anonymous.get("/api/regions");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(20);
  });
});

describe("demo data switched off", () => {
  let other: TestContext;
  beforeAll(async () => {
    other = await createTestContext();
  });
  afterAll(() => other.close());

  it("is not loaded at start-up after `seed --none`", async () => {
    await disableDemoData(other.db);
    expect(await seedDemoIfEmpty(other.db)).toBe(false);
    expect((await counts(other.db)).organizations).toBe(0);
  });
});
