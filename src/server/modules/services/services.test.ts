import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLocation,
  createOrganization,
  createService,
  serviceInput,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let partner: SignedInClient;
let own: any;
let other: any;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  own = await createOrganization(admin, { name: { en: "Own centre" } });
  other = await createOrganization(admin, { name: { en: "Other centre" } });
  partner = await ctx.signIn({ role: "partner", organizationId: own.id });
});
afterAll(() => ctx.close());

describe("service categories", () => {
  it("lists the 14 seeded categories in order, to anyone", async () => {
    const { status, body } = await ctx.anonymous.get("/api/service-categories");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(14);
    expect(body.items[0]).toEqual({
      code: "assessment",
      name: { kk: "Бағалау және ПМПК", ru: "Диагностика и ПМПК", en: "Assessment (PMPK)" },
      sortOrder: 1,
    });
    expect(body.items.at(-1).code).toBe("vocational");
  });
});

describe("services: CRUD", () => {
  it("lets a partner create, read, update, and delete a service of its own organization, with locations", async () => {
    const centre = await createLocation(partner, own.id, { regionCode: "KZ-79" });
    const annex = await createLocation(partner, own.id, { regionCode: "KZ-61" });
    const input = serviceInput(own.id, {
      locationIds: [centre.id],
      referralRequirement: "pmpk_conclusion",
      referralNote: { ru: "Нужно заключение ПМПК" },
      hasWaitlist: true,
      waitlistNote: { kk: "Кезек 2 ай" },
      capacity: 20,
      stateFundedPlaces: 12,
      schedule: { en: "Mon–Fri 9:00–18:00" },
      url: "https://amazingkids.example.kz/speech",
      assuredDate: "2026-10-01",
    });
    const created = await partner.post("/api/services", input);
    expect(created.status).toBe(201);
    const { locationIds: _, ...stored } = input;
    expect(created.body).toMatchObject({
      ...stored,
      status: "active",
      published: true,
      lastVerifiedAt: null,
      isDemo: false,
      version: 1,
      permissions: { update: true, delete: true, verify: false },
    });
    expect(created.body.locations.map((l: any) => l.id)).toEqual([centre.id]);
    const id = created.body.id;

    const read = await ctx.anonymous.get(`/api/services/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.locations[0]).toMatchObject({ id: centre.id, regionCode: "KZ-79" });
    expect(read.body.permissions).toEqual({ update: false, delete: false, verify: false });

    const updated = await partner.patch(`/api/services/${id}`, {
      version: 1,
      cost: "paid",
      feesDescription: { ru: "5 000 тенге за занятие" },
      locationIds: [annex.id, centre.id],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ cost: "paid", minAge: 3, maxAge: 7, capacity: 20, version: 2 });
    expect(updated.body.locations.map((l: any) => l.regionCode)).toEqual(["KZ-61", "KZ-79"]);

    const onlyLocations = await partner.patch(`/api/services/${id}`, { version: 2, locationIds: [] });
    expect(onlyLocations.body).toMatchObject({ version: 3, locations: [] });

    const verified = await admin.post(`/api/services/${id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body.lastVerifiedAt).not.toBeNull();
    expect((await partner.post(`/api/services/${id}/verify`)).status).toBe(403);

    expect((await partner.delete(`/api/services/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/services/${id}`)).status).toBe(404);
  });

  it("drops a deleted location from the services offered there", async () => {
    const location = await createLocation(admin, own.id);
    const service = await createService(admin, own.id, { locationIds: [location.id] });
    await admin.delete(`/api/locations/${location.id}`);
    expect((await admin.get(`/api/services/${service.id}`)).body.locations).toEqual([]);
  });

  it("rejects a stale version with 409", async () => {
    const service = await createService(admin, own.id);
    await admin.patch(`/api/services/${service.id}`, { version: 1, capacity: 5 });
    const stale = await admin.patch(`/api/services/${service.id}`, { version: 1, capacity: 6 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect((await admin.get(`/api/services/${service.id}`)).body.capacity).toBe(5);
  });
});

describe("services: partner rules", () => {
  it("forbids a partner to create, change or delete another organization's services, and nothing changes", async () => {
    const foreign = await createService(admin, other.id);
    const hiddenOrg = await createOrganization(admin, { published: false });
    const secret = await createService(admin, hiddenOrg.id);
    expect((await partner.post("/api/services", serviceInput(other.id))).status).toBe(403);
    expect((await partner.patch(`/api/services/${foreign.id}`, { version: 1, cost: "paid" })).status).toBe(
      403,
    );
    expect((await partner.patch(`/api/services/${secret.id}`, { version: 1, cost: "paid" })).status).toBe(
      404,
    );
    expect((await partner.delete(`/api/services/${foreign.id}`)).status).toBe(403);
    expect((await partner.delete(`/api/services/${secret.id}`)).status).toBe(404);
    for (const service of [foreign, secret]) {
      expect((await admin.get(`/api/services/${service.id}`)).body).toMatchObject({
        version: 1,
        cost: "free",
      });
    }
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    expect(
      (await coordinator.patch(`/api/services/${foreign.id}`, { version: 1, cost: "paid" })).status,
    ).toBe(403);
    expect((await ctx.anonymous.post("/api/services", serviceInput(own.id))).status).toBe(401);
  });

  it("does not let a service use another organization's location", async () => {
    const foreignLocation = await createLocation(admin, other.id);
    const response = await partner
      .withLang("en")
      .post("/api/services", serviceInput(own.id, { locationIds: [foreignLocation.id] }));
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({
      path: "locationIds",
      message: "The location does not belong to this organization or does not exist.",
    });
    const service = await createService(partner, own.id);
    const patched = await partner
      .withLang("kk")
      .patch(`/api/services/${service.id}`, { version: 1, locationIds: [foreignLocation.id] });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details[0].message).toBe(
      "Қызмет көрсету орны осы ұйымға тиесілі емес немесе табылмады.",
    );
  });
});

describe("services: validation", () => {
  it("checks the age range on create and against stored ages on update, in kk, ru and en", async () => {
    const bad = serviceInput(own.id, { minAge: 10, maxAge: 4 });
    const expected = {
      kk: "Ең жоғары жас ең төменгі жастан кем болмауы керек.",
      ru: "Максимальный возраст не может быть меньше минимального.",
      en: "The maximum age cannot be less than the minimum age.",
    };
    for (const [lang, message] of Object.entries(expected)) {
      const response = await admin.post(`/api/services?lang=${lang}`, bad);
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ path: "maxAge", code: "custom", message }]);
    }
    const service = await createService(admin, own.id, { minAge: 3, maxAge: 7 });
    const raised = await admin.withLang("en").patch(`/api/services/${service.id}`, { version: 1, minAge: 9 });
    expect(raised.status).toBe(400);
    expect(raised.body.error.details[0]).toMatchObject({ path: "maxAge", message: expected.en });
    const open = await admin.patch(`/api/services/${service.id}`, { version: 1, minAge: 9, maxAge: null });
    expect(open.body).toMatchObject({ minAge: 9, maxAge: null });
  });

  it("accepts only categories of the taxonomy and known vocabularies", async () => {
    const unknown = await admin.post(
      "/api/services?lang=ru",
      serviceInput(own.id, { categoryCodes: ["assessment", "astrology"] }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({
      path: "categoryCodes",
      message: "Такой категории услуг нет: astrology.",
    });
    const bad = await admin.post("/api/services?lang=en", {
      organizationId: own.id,
      name: { en: "X" },
      cost: "cheap",
      languages: ["de"],
      capacity: -1,
      url: "ftp://example.kz",
      assuredDate: "2026-13-01",
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: any) => d.path).sort();
    expect(paths).toEqual(["assuredDate", "capacity", "cost", "languages.0", "url"]);
    const unknownOrganization = await admin.post(
      "/api/services",
      serviceInput("00000000-0000-4000-8000-000000000000"),
    );
    expect(unknownOrganization.status).toBe(400);
    expect(unknownOrganization.body.error.details[0].path).toBe("organizationId");
  });
});

describe("services: audit", () => {
  it("records insert, update and delete with before and after, readable by the own partner", async () => {
    const location = await createLocation(admin, own.id);
    const service = await createService(partner, own.id, { locationIds: [location.id] });
    await partner.patch(`/api/services/${service.id}`, { version: 1, hasWaitlist: true });
    const path = `/api/audit?entity=services&id=${service.id}`;
    const during = await partner.get(path);
    expect(during.status).toBe(200);
    expect(during.body.items.map((e: any) => `${e.table}:${e.action}`).sort()).toEqual([
      "service_locations:insert",
      "services:insert",
      "services:update",
    ]);
    const otherPartner = await ctx.signIn({ role: "partner", organizationId: other.id });
    expect((await otherPartner.get(path)).status).toBe(404);

    await admin.delete(`/api/services/${service.id}`);
    const history = await admin.get(path);
    const rows = history.body.items.filter((e: any) => e.table === "services");
    expect(rows.map((e: any) => e.action)).toEqual(["delete", "update", "insert"]);
    expect(rows[2]).toMatchObject({ actorId: partner.userId, before: null });
    expect(rows[1].before.has_waitlist).toBe(false);
    expect(rows[1].after.has_waitlist).toBe(true);
    expect(rows[0]).toMatchObject({ actorId: admin.userId, after: null });
  });
});
