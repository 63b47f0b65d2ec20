import { OpenAPIHono } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../../http/context.ts";
import { renderError } from "../../http/error-handler.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { baselineSearchRoutes } from "./baseline-search.routes.ts";

let ctx: TestContext;
let bench: OpenAPIHono<AppEnv>;
let shymkentServiceId: string;

async function search(query: string) {
  const response = await bench.request(`/api/bench/baseline-search?${query}`);
  return { status: response.status, body: (await response.json()) as any };
}

beforeAll(async () => {
  ctx = await createTestContext();
  // The router alone, with the deps the app's first middleware would set: it is mounted only for benchmarks.
  bench = new OpenAPIHono<AppEnv>();
  bench.use("*", async (c, next) => {
    c.set("deps", { db: ctx.db, config: ctx.config, auth: ctx.auth });
    c.set("locale", "ru");
    await next();
  });
  bench.route("/", baselineSearchRoutes());
  bench.onError((error, c) => renderError(error, c));

  const admin = await ctx.signIn({ role: "admin" });
  const organization = await createOrganization(admin);
  const location = await createLocation(admin, organization.id);
  const service = await createService(admin, organization.id, {
    name: { kk: "Сурдопедагог сабақтары", ru: "Занятия с сурдопедагогом", en: "Deaf educator sessions" },
    locationIds: [location.id],
  });
  shymkentServiceId = service.id;
  await createService(admin, organization.id, {
    name: { ru: "Скрытые занятия с сурдопедагогом" },
    published: false,
    locationIds: [location.id],
  });
  const elsewhere = await createLocation(admin, organization.id, {
    regionCode: "KZ-75",
    locality: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
  });
  await createService(admin, organization.id, {
    name: { ru: "Сурдопедагог в Алматы" },
    locationIds: [elsewhere.id],
  });
});

afterAll(async () => {
  await ctx.close();
});

describe("GET /api/bench/baseline-search", () => {
  it("finds a published service by a word of its name, in any case, with count and names in the locale", async () => {
    const { status, body } = await search(`q=${encodeURIComponent("СУРДОПЕДАГОГОМ")}`);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      serviceId: shymkentServiceId,
      name: "Занятия с сурдопедагогом",
      regionCode: "KZ-79",
      locality: "Шымкент",
    });
  });

  it("requires every word, matching the organization and the locality too", async () => {
    const both = await search(`q=${encodeURIComponent("сурдопедагог Шымкент")}`);
    expect(both.body.items.map((item: any) => item.serviceId)).toEqual([shymkentServiceId]);
    const none = await search(`q=${encodeURIComponent("сурдопедагог Актобе")}`);
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const byOrganization = await search(`q=${encodeURIComponent("Amazing сурдопедагог")}`);
    expect(byOrganization.body.total).toBe(2);
  });

  it("filters by region and pages", async () => {
    const almaty = await search(`q=${encodeURIComponent("сурдопедагог")}&region=KZ-75`);
    expect(almaty.body.items.map((item: any) => item.locality)).toEqual(["Алматы"]);
    const secondPage = await search(`q=${encodeURIComponent("сурдопедагог")}&page=2&perPage=1`);
    expect(secondPage.body).toMatchObject({ total: 2, page: 2, perPage: 1 });
    expect(secondPage.body.items).toHaveLength(1);
  });

  it("is naive: no folding across scripts", async () => {
    const { body } = await search("q=surdopedagog");
    expect(body.total).toBe(0);
  });

  it("rejects a malformed region with 400", async () => {
    const { status } = await search("region=Almaty");
    expect(status).toBe(400);
  });
});
