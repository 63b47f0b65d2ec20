import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLocation,
  createOrganization,
  locationInput,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let partner: SignedInClient;
let own: any;
let other: any;
let hidden: any;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  own = await createOrganization(admin, { name: { en: "Own centre" } });
  other = await createOrganization(admin, { name: { en: "Other centre" } });
  hidden = await createOrganization(admin, { name: { en: "Hidden centre" }, published: false });
  partner = await ctx.signIn({ role: "partner", organizationId: own.id });
});
afterAll(() => ctx.close());

describe("locations", () => {
  it("lets a partner add, change and delete locations of its own organization", async () => {
    const created = await partner.post(
      `/api/organizations/${own.id}/locations`,
      locationInput({ name: { kk: "Негізгі кеңсе" } }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organizationId: own.id,
      name: { kk: "Негізгі кеңсе" },
      regionCode: "KZ-79",
      locality: { en: "Shymkent" },
      postalCode: "160000",
      latitude: 42.3417,
      longitude: 69.5901,
      version: 1,
      permissions: { update: true, delete: true },
    });
    const id = created.body.id;

    const listed = await ctx.anonymous.get(`/api/organizations/${own.id}/locations`);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0]).toMatchObject({ id, permissions: { update: false, delete: false } });

    const moved = await partner.patch(`/api/locations/${id}`, {
      version: 1,
      regionCode: "KZ-61",
      locality: { kk: "Түркістан", ru: "Туркестан" },
      latitude: null,
      longitude: null,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      regionCode: "KZ-61",
      locality: { kk: "Түркістан" },
      latitude: null,
      version: 2,
    });
    expect(moved.body.address).toEqual(created.body.address);

    const stale = await partner.patch(`/api/locations/${id}`, { version: 1, postalCode: "161200" });
    expect(stale.status).toBe(409);

    expect((await partner.delete(`/api/locations/${id}`)).status).toBe(204);
    expect((await ctx.anonymous.get(`/api/locations/${id}`)).status).toBe(404);
    const history = await partner.get(`/api/audit?entity=locations&id=${id}`);
    expect(history.status).toBe(404); // the location is gone; only admins read a deleted row's history
    const adminHistory = await admin.get(`/api/audit?entity=locations&id=${id}`);
    expect(adminHistory.body.items.map((e: { action: string }) => e.action)).toEqual([
      "delete",
      "update",
      "insert",
    ]);
    expect(adminHistory.body.items[2]).toMatchObject({ actorId: partner.userId, before: null });
    expect(adminHistory.body.items[1].before.region_code).toBe("KZ-79");
    expect(adminHistory.body.items[1].after.region_code).toBe("KZ-61");
  });

  it("lets the partner read the history of its own location", async () => {
    const location = await createLocation(partner, own.id);
    const history = await partner.get(`/api/audit?entity=locations&id=${location.id}`);
    expect(history.status).toBe(200);
    expect(history.body.total).toBe(1);
    const foreign = await createLocation(admin, other.id);
    expect((await partner.get(`/api/audit?entity=locations&id=${foreign.id}`)).status).toBe(404);
  });

  it("forbids a partner to touch another organization's locations, and nothing changes", async () => {
    const foreign = await createLocation(admin, other.id);
    const secret = await createLocation(admin, hidden.id);
    expect((await partner.post(`/api/organizations/${other.id}/locations`, locationInput())).status).toBe(
      403,
    );
    expect((await partner.post(`/api/organizations/${hidden.id}/locations`, locationInput())).status).toBe(
      404,
    );
    expect(
      (await partner.patch(`/api/locations/${foreign.id}`, { version: 1, postalCode: "000000" })).status,
    ).toBe(403);
    expect(
      (await partner.patch(`/api/locations/${secret.id}`, { version: 1, postalCode: "000000" })).status,
    ).toBe(404);
    expect((await partner.delete(`/api/locations/${foreign.id}`)).status).toBe(403);
    expect((await partner.delete(`/api/locations/${secret.id}`)).status).toBe(404);
    for (const location of [foreign, secret]) {
      const after = await admin.get(`/api/locations/${location.id}`);
      expect(after.body).toMatchObject({ version: 1, postalCode: "160000" });
    }
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.post(`/api/organizations/${other.id}/locations`, locationInput())).status).toBe(403);
    expect(
      (await ctx.anonymous.post(`/api/organizations/${other.id}/locations`, locationInput())).status,
    ).toBe(401);
  });

  it("hides the locations of an unpublished organization from anonymous callers", async () => {
    const secret = await createLocation(admin, hidden.id);
    expect((await ctx.anonymous.get(`/api/organizations/${hidden.id}/locations`)).status).toBe(404);
    expect((await ctx.anonymous.get(`/api/locations/${secret.id}`)).status).toBe(404);
    expect((await partner.get(`/api/locations/${secret.id}`)).status).toBe(404);
    expect((await (await ctx.signIn({ role: "viewer" })).get(`/api/locations/${secret.id}`)).status).toBe(
      200,
    );
  });

  it("validates coordinates, region and texts with messages in kk, ru and en", async () => {
    const bad = locationInput({ latitude: 91, longitude: -181, regionCode: "KZ-1", address: {} as never });
    const en = await admin.post(`/api/organizations/${other.id}/locations?lang=en`, bad);
    expect(en.status).toBe(400);
    const byPath = Object.fromEntries(en.body.error.details.map((d: any) => [d.path, d.message]));
    expect(Object.keys(byPath).sort()).toEqual(["address", "latitude", "longitude", "regionCode"]);
    expect(byPath.latitude).toBe("Must be at most 90.");
    expect(byPath.longitude).toBe("Must be at least -180.");
    const ru = await admin.post(`/api/organizations/${other.id}/locations?lang=ru`, bad);
    const kk = await admin.post(`/api/organizations/${other.id}/locations?lang=kk`, bad);
    const ruLatitude = ru.body.error.details.find((d: any) => d.path === "latitude").message;
    const kkLatitude = kk.body.error.details.find((d: any) => d.path === "latitude").message;
    expect(ruLatitude).toContain("90");
    expect(kkLatitude).toContain("90");
    expect(new Set([ruLatitude, kkLatitude, byPath.latitude]).size).toBe(3);
    const unknownRegion = await admin.post(
      `/api/organizations/${other.id}/locations?lang=kk`,
      locationInput({ regionCode: "KZ-98" }),
    );
    expect(unknownRegion.body.error.details[0]).toMatchObject({
      path: "regionCode",
      message: "Мұндай өңір жоқ: KZ-98.",
    });
  });

  it("paginates and filters an organization's locations", async () => {
    const org = await createOrganization(admin, { name: { en: "Many places" } });
    for (const regionCode of ["KZ-47", "KZ-47", "KZ-79"]) await createLocation(admin, org.id, { regionCode });
    const page = await ctx.anonymous.get(
      `/api/organizations/${org.id}/locations?region=KZ-47&perPage=1&page=2`,
    );
    expect(page.body).toMatchObject({ total: 2, page: 2, perPage: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].regionCode).toBe("KZ-47");
    expect((await ctx.anonymous.get(`/api/organizations/${org.id}/locations`)).body.total).toBe(3);
  });
});
