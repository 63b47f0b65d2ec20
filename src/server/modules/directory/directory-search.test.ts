import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let ids: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
});
afterAll(() => ctx.close());

const search = async (params: string) => {
  const response = await ctx.anonymous.get(`/api/directory/search?${params}`);
  expect(response.status).toBe(200);
  return response.body;
};
const serviceIds = (body: { items: Array<{ serviceId: string }> }) => body.items.map((i) => i.serviceId);

describe("directory search results", () => {
  it("returns every published service with facets whose single-valued counts add up to the total", async () => {
    const body = await search("perPage=50");
    expect(body.total).toBe(10);
    const sum = (facet: Array<{ count: number }>) => facet.reduce((s, f) => s + f.count, 0);
    expect(sum(body.facets.region)).toBe(body.total);
    expect(sum(body.facets.cost)).toBe(body.total);
    expect(body.facets.cost).toEqual([
      { key: "free", count: 6 },
      { key: "paid", count: 2 },
      { key: "state_funded", count: 2 },
    ]);
    expect(body.facets.language.find((f: { key: string }) => f.key === "kk").count).toBe(7);
    expect(serviceIds(body)).not.toContain(ids.get("hidden-speech-shymkent"));
  });

  it("filters by age and cost: a 4-year-old, free", async () => {
    const body = await search("age=4&cost=free&perPage=50");
    expect(new Set(serviceIds(body))).toEqual(
      new Set(
        ["speech-shymkent", "pmpk-almaty", "kindergarten-semey", "parents-taraz", "legal-petropavl"].map(
          (k) => ids.get(k),
        ),
      ),
    );
    for (const item of body.items) {
      expect(item.cost).toBe("free");
      expect(item.minAge ?? 0).toBeLessThanOrEqual(4);
      expect(item.maxAge ?? 99).toBeGreaterThanOrEqual(4);
    }
  });

  it("filters by region, category, target group, language and locality", async () => {
    expect(serviceIds(await search("region=KZ-79,KZ-43"))).toHaveLength(2);
    expect(serviceIds(await search("category=adaptive_sport"))).toEqual([ids.get("boccia-aktau")]);
    expect(serviceIds(await search("targetGroup=cerebral_palsy"))).toEqual([ids.get("boccia-aktau")]);
    expect(serviceIds(await search("language=en"))).toEqual([ids.get("aba-astana")]);
    expect(serviceIds(await search(`locality=${encodeURIComponent("Усть-Каменогорск")}`))).toEqual([
      ids.get("rehab-oskemen"),
    ]);
  });

  it("finds what is near a point, nearest first, with the distance", async () => {
    const body = await search("lat=42.3&lon=69.6&radiusKm=100");
    expect(serviceIds(body)).toEqual([ids.get("speech-shymkent")]);
    expect(body.items[0].distanceKm).toBeGreaterThan(0);
    expect(body.items[0].distanceKm).toBeLessThan(10);
    const wide = await search("lat=43.5&lon=74&radiusKm=300&perPage=50");
    expect(new Set(serviceIds(wide))).toEqual(
      new Set(["early-qonaev", "pmpk-almaty", "parents-taraz"].map((k) => ids.get(k))),
    );
  });

  it("paginates with a stable total", async () => {
    const first = await search("perPage=4&page=1");
    const third = await search("perPage=4&page=3");
    expect(first.total).toBe(10);
    expect(first.items).toHaveLength(4);
    expect(third.items).toHaveLength(2);
    const all = [...serviceIds(first), ...serviceIds(await search("perPage=4&page=2")), ...serviceIds(third)];
    expect(new Set(all).size).toBe(10);
  });

  it("shows text in the asked language, falls back visibly, and highlights the matched words", async () => {
    const kk = await search(`q=${encodeURIComponent("логопед Шымкент")}&lang=kk`);
    expect(kk.items[0].name).toEqual({ text: "«Сөйле» логопедтік кабинеті", locale: "kk" });
    expect(kk.items[0].nameHighlights).toContainEqual({ text: "логопедтік", match: true });
    const en = await search(`q=${encodeURIComponent("speech therapy Shymkent")}&lang=en`);
    expect(
      en.items[0].nameHighlights
        .filter((s: { match: boolean }) => s.match)
        .map((s: { text: string }) => s.text),
    ).toEqual(["Söile speech therapy"]);
    const fallback = await search(`q=${encodeURIComponent("дефектолог Кызылорда")}&lang=en`);
    expect(fallback.items[0].name).toEqual({ text: "Кабинет логопеда и дефектолога", locale: "ru" });
  });

  it("rejects bad parameters with a translated 400", async () => {
    const response = await ctx.anonymous.get("/api/directory/search?age=100&lat=43&lang=en");
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["age", "lon"]);
    expect((await ctx.anonymous.get("/api/directory/search?cost=cheap")).status).toBe(400);
    expect((await ctx.anonymous.get("/api/directory/search?perPage=500")).status).toBe(400);
  });
});

describe("the read model follows every write in the same transaction", () => {
  it("adds, renames, hides, moves and removes services as they change", async () => {
    const organization = await createOrganization(admin, {
      name: { en: "Read model check" },
      regionsServed: ["KZ-62"],
    });
    const location = await createLocation(admin, organization.id, {
      regionCode: "KZ-62",
      locality: { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan" },
      latitude: 47.78,
      longitude: 67.71,
    });
    const service = await createService(admin, organization.id, {
      name: { en: "Sensory room Ulytau" },
      locationIds: [location.id],
    });
    const q = (text: string) => search(`q=${encodeURIComponent(text)}`);
    expect(serviceIds(await q("sensory Jezkazgan"))).toEqual([service.id]);

    const renamed = await admin.patch(`/api/services/${service.id}`, {
      version: service.version,
      name: { en: "Music therapy Ulytau" },
    });
    expect(renamed.status).toBe(200);
    expect(serviceIds(await q("sensory Jezkazgan"))).toEqual([]);
    expect(serviceIds(await q("music Жезказган"))).toEqual([service.id]);

    const moved = await admin.patch(`/api/locations/${location.id}`, {
      version: location.version,
      regionCode: "KZ-35",
      locality: { en: "Karaganda" },
    });
    expect(moved.status).toBe(200);
    expect(serviceIds(await q("music Karaganda"))).toEqual([service.id]);
    expect(serviceIds(await q("music Jezkazgan"))).toEqual([]);

    const hidden = await admin.patch(`/api/services/${service.id}`, {
      version: renamed.body.version,
      published: false,
    });
    expect(hidden.status).toBe(200);
    expect(serviceIds(await q("music Karaganda"))).toEqual([]);
    const shown = await admin.patch(`/api/services/${service.id}`, {
      version: hidden.body.version,
      published: true,
    });
    expect(serviceIds(await q("music Karaganda"))).toEqual([service.id]);

    const archived = await admin.patch(`/api/organizations/${organization.id}`, {
      version: organization.version,
      status: "archived",
    });
    expect(archived.status).toBe(200);
    expect(serviceIds(await q("music Karaganda"))).toEqual([]);
    await admin.patch(`/api/organizations/${organization.id}`, {
      version: archived.body.version,
      status: "active",
    });
    expect(serviceIds(await q("music Karaganda"))).toEqual([service.id]);

    expect(shown.status).toBe(200);
    expect((await admin.delete(`/api/services/${service.id}`)).status).toBe(204);
    expect(serviceIds(await q("music Karaganda"))).toEqual([]);
  });
});
