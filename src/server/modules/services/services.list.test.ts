import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let draftPartner: SignedInClient;
let publicOrg: any;
const hidden: Record<string, any> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  publicOrg = await createOrganization(admin, { name: { en: "Public centre" } });
  const draftOrg = await createOrganization(admin, { name: { en: "Draft centre" }, published: false });
  const archivedOrg = await createOrganization(admin, {
    name: { en: "Archived centre" },
    status: "archived",
  });
  draftPartner = await ctx.signIn({ role: "partner", organizationId: draftOrg.id });
  const shymkent = await createLocation(admin, publicOrg.id, { regionCode: "KZ-79" });
  const aktau = await createLocation(admin, publicOrg.id, { regionCode: "KZ-47" });

  await createService(admin, publicOrg.id, {
    name: { en: "Svc Speech", ru: "Логопед" },
    categoryCodes: ["correctional_pedagogy"],
    targetGroups: ["asd"],
    cost: "free",
    languages: ["kk", "ru"],
    minAge: 3,
    maxAge: 7,
    locationIds: [shymkent.id],
  });
  const boccia = await createService(admin, publicOrg.id, {
    name: { en: "Svc Boccia" },
    categoryCodes: ["adaptive_sport"],
    targetGroups: ["cerebral_palsy"],
    cost: "state_funded",
    languages: ["ru"],
    minAge: 6,
    maxAge: null,
    locationIds: [aktau.id],
  });
  await createService(admin, publicOrg.id, {
    name: { en: "Svc Parents" },
    categoryCodes: ["parent_support", "legal_social_help"],
    targetGroups: ["asd", "down_syndrome"],
    cost: "paid",
    languages: ["kk"],
    minAge: null,
    maxAge: null,
    locationIds: [shymkent.id, aktau.id],
  });
  hidden.draft = await createService(admin, publicOrg.id, { name: { en: "Svc Draft" }, published: false });
  hidden.inactive = await createService(admin, publicOrg.id, {
    name: { en: "Svc Inactive" },
    status: "inactive",
  });
  hidden.inDraftOrg = await createService(admin, draftOrg.id, { name: { en: "Svc In draft org" } });
  hidden.inArchivedOrg = await createService(admin, archivedOrg.id, { name: { en: "Svc In archived org" } });
  await admin.post(`/api/services/${boccia.id}/verify`);
});
afterAll(() => ctx.close());

const names = (body: any) => body.items.map((item: any) => item.name.en).sort();
const query = async (params: string, client: { get: SignedInClient["get"] } = ctx.anonymous) => {
  const response = await client.get(`/api/services?q=Svc&${params}`);
  expect(response.status).toBe(200);
  return response.body;
};

describe("services: who sees what", () => {
  it("shows anonymous callers only published, active services of published, active organizations", async () => {
    const list = await query("");
    expect(list.total).toBe(3);
    expect(names(list)).toEqual(["Svc Boccia", "Svc Parents", "Svc Speech"]);
    for (const service of Object.values(hidden)) {
      expect((await ctx.anonymous.get(`/api/services/${service.id}`)).status).toBe(404);
    }
    expect((await query("published=false")).total).toBe(0);
    expect((await query("status=inactive")).total).toBe(0);
  });

  it("shows a partner the public services plus those of its own organization", async () => {
    const list = await query("", draftPartner);
    expect(names(list)).toEqual(["Svc Boccia", "Svc In draft org", "Svc Parents", "Svc Speech"]);
    expect((await draftPartner.get(`/api/services/${hidden.inDraftOrg.id}`)).body.permissions.update).toBe(
      true,
    );
    expect((await draftPartner.get(`/api/services/${hidden.inArchivedOrg.id}`)).status).toBe(404);
  });

  it("shows staff every service", async () => {
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await query("", viewer)).total).toBe(7);
    expect((await query("", admin)).total).toBe(7);
    expect((await viewer.get(`/api/services/${hidden.inArchivedOrg.id}`)).body.permissions).toEqual({
      update: false,
      delete: false,
      verify: false,
    });
  });
});

describe("services: filters, sort and pagination", () => {
  it("filters by region through the service's locations", async () => {
    expect(names(await query("region=KZ-47"))).toEqual(["Svc Boccia", "Svc Parents"]);
    expect(names(await query("region=KZ-79"))).toEqual(["Svc Parents", "Svc Speech"]);
    expect((await query("region=KZ-10")).total).toBe(0);
    expect((await query("region=KZ-47,KZ-79")).total).toBe(3);
  });

  it("filters by category, target group, cost and language", async () => {
    expect(names(await query("category=adaptive_sport,parent_support"))).toEqual([
      "Svc Boccia",
      "Svc Parents",
    ]);
    expect(names(await query("category=legal_social_help"))).toEqual(["Svc Parents"]);
    expect(names(await query("targetGroup=asd"))).toEqual(["Svc Parents", "Svc Speech"]);
    expect(names(await query("cost=free&cost=paid"))).toEqual(["Svc Parents", "Svc Speech"]);
    expect(names(await query("language=ru"))).toEqual(["Svc Boccia", "Svc Speech"]);
    expect(names(await query("language=ru&targetGroup=asd&region=KZ-79"))).toEqual(["Svc Speech"]);
  });

  it("filters by age with open bounds", async () => {
    expect(names(await query("age=5"))).toEqual(["Svc Parents", "Svc Speech"]);
    expect(names(await query("age=7"))).toEqual(["Svc Boccia", "Svc Parents", "Svc Speech"]);
    expect(names(await query("age=15"))).toEqual(["Svc Boccia", "Svc Parents"]);
    expect(names(await query("age=0"))).toEqual(["Svc Parents"]);
  });

  it("filters staff lists by organization, status, published and verified", async () => {
    expect((await query(`organization=${publicOrg.id}`, admin)).total).toBe(5);
    expect(names(await query("status=inactive", admin))).toEqual(["Svc Inactive"]);
    expect(names(await query("published=false", admin))).toEqual(["Svc Draft"]);
    expect(names(await query("verified=true"))).toEqual(["Svc Boccia"]);
    expect((await query("verified=false")).total).toBe(2);
  });

  it("sorts and paginates with correct totals", async () => {
    const second = await query("sort=-name&perPage=2&page=2");
    expect(second).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(second.items.map((i: any) => i.name.en)).toEqual(["Svc Boccia"]);
    const first = await query("sort=name&perPage=2");
    expect(first.items.map((i: any) => i.name.en)).toEqual(["Svc Boccia", "Svc Parents"]);
    expect((await query("sort=-lastVerifiedAt&perPage=1")).items[0].name.en).toBe("Svc Boccia");
    expect((await query("sort=lastVerifiedAt&perPage=1")).items[0].name.en).not.toBe("Svc Boccia");
    expect((await ctx.anonymous.get("/api/services?q=логопед")).body.total).toBe(1);
  });

  it("lists each service with its locations", async () => {
    const parents = (await query("category=parent_support")).items[0];
    expect(parents.locations.map((l: any) => l.regionCode)).toEqual(["KZ-47", "KZ-79"]);
  });

  it("rejects bad filters with 400 in the caller's language", async () => {
    for (const params of [
      "age=-1",
      "age=abc",
      "cost=cheap",
      "organization=nope",
      "category=Bad!",
      "perPage=0",
    ]) {
      const response = await ctx.anonymous.withLang("ru").get(`/api/services?${params}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe("Данные введены с ошибками. Проверьте отмеченные поля.");
    }
  });
});
