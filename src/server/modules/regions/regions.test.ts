import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe("regions", () => {
  it("lists the 20 top-level units seeded by migration, in ISO order, to anyone", async () => {
    const { status, body } = await ctx.anonymous.get("/api/regions");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(20);
    expect(body.items.map((r: { code: string }) => r.code)).toEqual([
      "KZ-10",
      "KZ-11",
      "KZ-15",
      "KZ-19",
      "KZ-23",
      "KZ-27",
      "KZ-31",
      "KZ-33",
      "KZ-35",
      "KZ-39",
      "KZ-43",
      "KZ-47",
      "KZ-55",
      "KZ-59",
      "KZ-61",
      "KZ-62",
      "KZ-63",
      "KZ-71",
      "KZ-75",
      "KZ-79",
    ]);
  });

  it("has 17 regions and 3 cities of republican significance", async () => {
    const cities = await ctx.anonymous.get("/api/regions?kind=city");
    expect(cities.body.items.map((r: { code: string }) => r.code)).toEqual(["KZ-71", "KZ-75", "KZ-79"]);
    const regions = await ctx.anonymous.get("/api/regions?kind=region");
    expect(regions.body.items).toHaveLength(17);
  });

  it("gives KATO codes, names in four scripts, the centre and old names", async () => {
    const { body } = await ctx.anonymous.get("/api/regions/KZ-19");
    expect(body).toMatchObject({
      code: "KZ-19",
      kato: "190000000",
      kind: "region",
      name: {
        kk: "Алматы облысы",
        ru: "Алматинская область",
        en: "Almaty Region",
        "kk-Latn": "Almaty oblysy",
      },
      centre: { kk: "Қонаев", en: "Qonaev" },
    });
    expect(body.aliases).toContain("Kapshagay");
    const astana = await ctx.anonymous.get("/api/regions/KZ-71");
    expect(astana.body.aliases).toContain("Nur-Sultan");
    const shymkent = await ctx.anonymous.get("/api/regions/KZ-79");
    expect(shymkent.body.name["kk-Latn"]).toBe("Şymkent");
    expect(shymkent.body.aliases).toContain("Чимкент");
  });

  it("answers an unknown code with 404 and a malformed one with 400, in the asked language", async () => {
    const missing = await ctx.anonymous.get("/api/regions/KZ-99?lang=en");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: "not_found", message: "The requested record was not found." });
    const malformed = await ctx.anonymous.withLang("ru").get("/api/regions/Shymkent");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("validation_failed");
    expect(malformed.body.error.details[0]).toMatchObject({ path: "code", message: "Неверный формат." });
  });
});
