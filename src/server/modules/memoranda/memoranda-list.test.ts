import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../platform.ts";
import { ApiClient } from "../../test/api-client.ts";
import {
  addDays,
  createSignedMemorandum,
  databaseToday,
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import {
  createTestContext,
  type SignedInClient,
  type TestContext,
  testConfig,
} from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let today: string;
const ids: Record<string, string> = {};
let branches: { shymkent: string; aktau: string; qonaev: string };
let organizations: { orda: string; boccia: string };

/** Six memoranda with known regions, partners, scopes, states and terms relative to today. */
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  today = await databaseToday(ctx.db);
  branches = {
    shymkent: await insertBranch(ctx.db, "KZ-79", "Шымкент"),
    aktau: await insertBranch(ctx.db, "KZ-47", "Маңғыстау"),
    qonaev: await insertBranch(ctx.db, "KZ-19", "Алматы облыстық"),
  };
  organizations = {
    orda: await insertPartnerOrganization(ctx.db, "ORDA"),
    boccia: await insertPartnerOrganization(ctx.db, "Boccia"),
  };
  const signed = async (
    key: string,
    branch: string,
    organization: string,
    extra: object,
    signedDate: string,
  ) => {
    const created = await admin.post(
      "/api/memoranda",
      memorandumInput({ branchIds: [branch], organizationIds: [organization] }, extra),
    );
    ids[key] = (await signThroughReview(admin, created.body.id, { signedDate })).id;
  };
  await signed(
    "active",
    branches.shymkent,
    organizations.orda,
    {
      number: "YN-2025-001",
      title: { en: "Inclusive education in Shymkent" },
      scopeAreas: ["education_access"],
      startDate: "2025-03-14",
      endDate: addDays(today, 61),
    },
    "2025-03-14",
  );
  await signed(
    "expiring",
    branches.aktau,
    organizations.boccia,
    {
      number: "YN-2025-002",
      title: { en: "Mangystau Boccia league" },
      scopeAreas: ["adaptive_sport"],
      startDate: "2025-05-20",
      endDate: addDays(today, 30),
    },
    "2025-05-20",
  );
  await signed(
    "expired",
    branches.qonaev,
    organizations.boccia,
    {
      title: { en: "Qonaev round tables" },
      scopeAreas: ["best_practice_exchange"],
      startDate: "2024-01-10",
      endDate: addDays(today, -1),
    },
    "2024-01-10",
  );
  await signed(
    "endsToday",
    branches.qonaev,
    organizations.orda,
    {
      title: { en: "Ends today" },
      startDate: "2024-02-01",
      endDate: today,
    },
    "2024-02-01",
  );
  await signed(
    "openEnded",
    branches.shymkent,
    organizations.boccia,
    { title: { en: "Open-ended" }, startDate: "2024-06-01" },
    "2024-06-01",
  );
  const draft = await admin.post(
    "/api/memoranda",
    memorandumInput(
      { branchIds: [branches.qonaev], organizationIds: [organizations.orda, organizations.boccia] },
      { title: { en: "Qamqor draft" }, scopeAreas: ["inclusive_policy", "inclusion"] },
    ),
  );
  ids.draft = draft.body.id;
});
afterAll(() => ctx.close());

async function listed(client: ApiClient, query: string) {
  const response = await client.get(`/api/memoranda?perPage=100&${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const keys = response.body.items.map((item: { id: string }) =>
    Object.keys(ids).find((key) => ids[key] === item.id),
  );
  return { total: response.body.total, keys };
}

describe("memoranda: computed lifecycle", () => {
  it("is null before signing, expired after the end date, expiring within 60 days, else active", async () => {
    const lifecycle = async (key: string) => (await admin.get(`/api/memoranda/${ids[key]}`)).body.lifecycle;
    expect(await lifecycle("draft")).toBeNull();
    expect(await lifecycle("active")).toBe("active");
    expect(await lifecycle("expiring")).toBe("expiring");
    expect(await lifecycle("expired")).toBe("expired");
    expect(await lifecycle("endsToday")).toBe("expiring");
    expect(await lifecycle("openEnded")).toBe("active");
  });

  it("follows the configured window", async () => {
    const { app } = await buildApp(ctx.db, testConfig({ expiringWindowDays: 90 }));
    const wide = new ApiClient(app);
    expect((await wide.get(`/api/memoranda/${ids.active}`)).body.lifecycle).toBe("expiring");
    expect((await listed(wide, "lifecycle=expiring&sort=endDate")).keys).toEqual([
      "endsToday",
      "expiring",
      "active",
    ]);
  });
});

describe("memoranda: list", () => {
  it("counts what the caller may see", async () => {
    expect((await listed(admin, "")).total).toBe(6);
    const anonymous = await listed(ctx.anonymous, "");
    expect(anonymous.total).toBe(5);
    expect(anonymous.keys).not.toContain("draft");
  });

  it("filters by region, review state, lifecycle, organization, branch and scope", async () => {
    expect(await listed(admin, "region=KZ-79&sort=title")).toEqual({
      total: 2,
      keys: ["active", "openEnded"],
    });
    expect((await listed(admin, "region=KZ-47,KZ-19")).total).toBe(4);
    expect(await listed(admin, "reviewState=draft")).toEqual({ total: 1, keys: ["draft"] });
    expect(await listed(admin, "lifecycle=expired")).toEqual({ total: 1, keys: ["expired"] });
    expect(await listed(admin, "lifecycle=active&sort=title")).toEqual({
      total: 2,
      keys: ["active", "openEnded"],
    });
    expect((await listed(admin, "lifecycle=expiring,expired")).total).toBe(3);
    expect((await listed(admin, `organization=${organizations.orda}`)).total).toBe(3);
    expect((await listed(ctx.anonymous, `organization=${organizations.orda}`)).total).toBe(2);
    expect(await listed(admin, `branch=${branches.aktau}`)).toEqual({ total: 1, keys: ["expiring"] });
    expect(await listed(admin, "scope=inclusive_policy")).toEqual({ total: 1, keys: ["draft"] });
    expect(await listed(admin, "scope=inclusion&sort=title")).toEqual({
      total: 3,
      keys: ["endsToday", "openEnded", "draft"],
    });
    expect((await listed(admin, "scope=best_practice_exchange,adaptive_sport")).total).toBe(2);
  });

  it("searches title and number, filters signing dates, sorts and paginates", async () => {
    expect(await listed(admin, "q=YN-2025-002")).toEqual({ total: 1, keys: ["expiring"] });
    expect(await listed(admin, "q=boccia")).toEqual({ total: 1, keys: ["expiring"] });
    expect(await listed(admin, "signedFrom=2025-01-01&signedTo=2025-04-01")).toEqual({
      total: 1,
      keys: ["active"],
    });
    expect((await listed(admin, "sort=-signedDate")).keys).toEqual([
      "expiring",
      "active",
      "openEnded",
      "endsToday",
      "expired",
      "draft",
    ]);
    const page = await admin.get("/api/memoranda?sort=signedDate&perPage=2&page=2");
    expect(page.body).toMatchObject({ total: 6, page: 2, perPage: 2 });
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([ids.openEnded, ids.active]);
    expect(page.body.items[0].parties).toHaveLength(2);
  });

  it("answers bad filters with 400", async () => {
    for (const query of [
      "lifecycle=forever",
      "signedFrom=14.03.2025",
      "region=Shymkent",
      "organization=42",
      "sort=number",
    ]) {
      const response = await ctx.anonymous.get(`/api/memoranda?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
  });
});

it("signs memoranda created through the factory helper", async () => {
  const memo = await createSignedMemorandum(
    admin,
    memorandumInput({ branchIds: [branches.aktau], organizationIds: [organizations.orda] }),
  );
  expect(memo).toMatchObject({ reviewState: "signed", lifecycle: "active" });
});
