import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganization } from "../../test/factories/initiatives.factory.ts";
import { practiceInput } from "../../test/factories/practices.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let outsider: SignedInClient;
let foundation: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  outsider = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  foundation = await insertOrganization(ctx.db, "Ana Mahabbaty");
  const plan = {
    boccia: practiceInput({
      title: { en: "Boccia for children with cerebral palsy" },
      regionCode: "KZ-47",
      organizationId: foundation,
      tags: ["sport", "cerebral-palsy"],
      published: true,
    }),
    parents: practiceInput({
      title: { en: "Parents' school" },
      regionCode: "KZ-47",
      tags: ["parents"],
      published: true,
    }),
    resource: practiceInput({
      title: { en: "Resource room" },
      regionCode: "KZ-79",
      tags: ["school", "sport"],
      published: true,
    }),
    draft: practiceInput({ title: { en: "Draft respite care" }, regionCode: "KZ-47", tags: ["sport"] }),
  };
  for (const [name, input] of Object.entries(plan)) {
    const response = await admin.post("/api/practices", input);
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    ids[name] = response.body.id;
  }
});
afterAll(() => ctx.close());

const namesOf = (body: { items: Array<{ id: string }> }) =>
  body.items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]).sort();

describe("practices: replications", () => {
  it("replaces the set of regions that replicated a practice", async () => {
    const url = `/api/practices/${ids.boccia}/replications`;
    const first = await coordinator.put(url, {
      version: 1,
      replications: [
        { regionCode: "KZ-79", year: 2024, note: "Amazing kids centre" },
        { regionCode: "KZ-19" },
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    expect(first.body.replications).toEqual([
      { regionCode: "KZ-19", year: null, note: null },
      { regionCode: "KZ-79", year: 2024, note: "Amazing kids centre" },
    ]);
    const second = await coordinator.put(url, {
      version: 2,
      replications: [{ regionCode: "KZ-79", year: 2025, note: null }, { regionCode: "KZ-71" }],
    });
    expect(second.body.replications).toEqual([
      { regionCode: "KZ-71", year: null, note: null },
      { regionCode: "KZ-79", year: 2025, note: null },
    ]);
    const stale = await coordinator.put(url, { version: 2, replications: [] });
    expect(stale.status).toBe(409);
    expect((await ctx.anonymous.get(`/api/practices/${ids.boccia}`)).body.replications).toHaveLength(2);
  });

  it("finds a practice by the region it came from or was replicated in", async () => {
    const shymkent = await ctx.anonymous.get("/api/practices?region=KZ-79");
    expect(namesOf(shymkent.body)).toEqual(["boccia", "resource"]);
    const astana = await ctx.anonymous.get("/api/practices?region=KZ-71,KZ-43");
    expect(namesOf(astana.body)).toEqual(["boccia"]);
  });

  it("validates the set: known regions, once each, sensible years", async () => {
    const url = `/api/practices/${ids.parents}/replications?lang=kk`;
    const twice = await admin.put(url, {
      version: 1,
      replications: [{ regionCode: "KZ-10" }, { regionCode: "KZ-10" }],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0]).toMatchObject({
      path: "replications.1.regionCode",
      message: "Бұл өңір тізімде екі рет көрсетілген.",
    });
    const unknown = await admin.put(url, { version: 1, replications: [{ regionCode: "KZ-98" }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe("replications");
    const year = await admin.put(url, { version: 1, replications: [{ regionCode: "KZ-10", year: 1800 }] });
    expect(year.body.error.details[0].path).toBe("replications.0.year");
    expect((await admin.get(`/api/practices/${ids.parents}`)).body).toMatchObject({
      version: 1,
      replications: [],
    });
  });

  it("lets only the writers of the practice change its replications", async () => {
    const url = `/api/practices/${ids.parents}/replications`;
    expect((await outsider.put(url, { version: 1, replications: [] })).status).toBe(403);
    expect((await ctx.anonymous.put(url, { version: 1, replications: [] })).status).toBe(401);
    expect(
      (await ctx.anonymous.put(`/api/practices/${ids.draft}/replications`, { version: 1, replications: [] }))
        .status,
    ).toBe(401);
    expect(
      (await outsider.put(`/api/practices/${ids.draft}/replications`, { version: 1, replications: [] }))
        .status,
    ).toBe(403);
  });
});

describe("practices: list", () => {
  it("filters by tags (all of them), organization and text, and never shows drafts to anonymous callers", async () => {
    expect(namesOf((await ctx.anonymous.get("/api/practices?tag=sport")).body)).toEqual([
      "boccia",
      "resource",
    ]);
    expect(namesOf((await admin.get("/api/practices?tag=SPORT")).body)).toEqual([
      "boccia",
      "draft",
      "resource",
    ]);
    expect(namesOf((await admin.get("/api/practices?tag=sport,school")).body)).toEqual(["resource"]);
    expect(namesOf((await admin.get(`/api/practices?organization=${foundation}`)).body)).toEqual(["boccia"]);
    expect(namesOf((await ctx.anonymous.get("/api/practices?q=RESPITE")).body)).toEqual([]);
    expect(namesOf((await admin.get("/api/practices?q=RESPITE")).body)).toEqual(["draft"]);
    expect(namesOf((await admin.get("/api/practices?published=false")).body)).toEqual(["draft"]);
  });

  it("paginates with the total of the filtered set", async () => {
    const page = await admin.get("/api/practices?region=KZ-47&perPage=2&page=2&sort=title");
    expect(page.body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(namesOf(page.body)).toEqual(["parents"]);
    expect((await admin.get("/api/practices?published=maybe")).status).toBe(400);
  });
});

describe("practices: audit", () => {
  it("records insert, update, replication changes and delete", async () => {
    const created = await coordinator.post("/api/practices", practiceInput({ regionCode: "KZ-47" }));
    const id = created.body.id;
    await coordinator.patch(`/api/practices/${id}`, { version: 1, published: true });
    await coordinator.put(`/api/practices/${id}/replications`, {
      version: 2,
      replications: [{ regionCode: "KZ-23" }],
    });
    const trail = await coordinator.get(`/api/audit?entity=practices&id=${id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string; table: string }) => `${e.action}:${e.table}`)).toEqual([
      "insert:practice_replications",
      "update:practices",
      "update:practices",
      "insert:practices",
    ]);
    expect(trail.body.items[2]).toMatchObject({ before: { published: false }, after: { published: true } });
    expect((await outsider.get(`/api/audit?entity=practices&id=${id}`)).status).toBe(404);
    await coordinator.delete(`/api/practices/${id}`);
    const afterDelete = await admin.get(`/api/audit?entity=practices&id=${id}`);
    expect(afterDelete.body.total).toBe(6);
    expect(afterDelete.body.items.slice(0, 2).map((e: { action: string }) => e.action)).toEqual([
      "delete",
      "delete",
    ]);
  });
});
