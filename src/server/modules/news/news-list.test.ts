import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMemorandum, insertOrganization } from "../../test/factories/initiatives.factory.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let viewer: SignedInClient;
let memorandum: string;
let organization: string;
const ids: Record<string, string> = {};

/** Posts are created and published one after another, so their order is known. */
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  viewer = await ctx.signIn({ role: "viewer" });
  memorandum = await insertMemorandum(ctx.db);
  organization = await insertOrganization(ctx.db, "ORDA");
  const plan = [
    ["shymkent", newsInput({ title: { en: "Shymkent branch signs with ORDA" }, regionCode: "KZ-79" }), true],
    ["qonaev", newsInput({ links: [{ kind: "memorandum", entityId: memorandum }] }), true],
    ["draft", newsInput({ title: { en: "Draft about ORDA" }, regionCode: "KZ-79" }), false],
    ["aktau", newsInput({ title: { en: "Aktau boccia day" }, regionCode: "KZ-47" }), true],
  ] as const;
  for (const [name, input, publish] of plan) {
    const created = await admin.post("/api/news", input);
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    ids[name] = created.body.id;
    if (publish) await admin.post(`/api/news/${created.body.id}/publish`, { version: 1 });
  }
});
afterAll(() => ctx.close());

const namesOf = (body: { items: Array<{ id: string }> }) =>
  body.items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

describe("news: list", () => {
  it("lists published posts newest first to anonymous callers, drafts too to staff", async () => {
    const anonymous = await ctx.anonymous.get("/api/news");
    expect(namesOf(anonymous.body)).toEqual(["aktau", "qonaev", "shymkent"]);
    const asked = await ctx.anonymous.get("/api/news?published=false");
    expect(asked.body).toMatchObject({ total: 0, items: [] });
    const staff = await viewer.get("/api/news");
    expect(staff.body.total).toBe(4);
    expect(namesOf(await (await viewer.get("/api/news?published=false")).body)).toEqual(["draft"]);
  });

  it("shows a coordinator the drafts of its regions only, and a partner no draft", async () => {
    const shymkent = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const aktau = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const partner = await ctx.signIn({ role: "partner", organizationId: organization });
    expect(namesOf((await shymkent.get("/api/news?published=false")).body)).toEqual(["draft"]);
    expect((await shymkent.get(`/api/news/${ids.draft}`)).body.permissions.update).toBe(true);
    expect((await aktau.get("/api/news?published=false")).body.total).toBe(0);
    expect(namesOf((await aktau.get("/api/news")).body)).toEqual(["aktau", "qonaev", "shymkent"]);
    expect((await aktau.get(`/api/news/${ids.draft}`)).status).toBe(404);
    expect((await partner.get("/api/news")).body.total).toBe(3);
    expect((await partner.get(`/api/news/${ids.draft}`)).status).toBe(404);
  });

  it("filters by region and text and paginates with totals", async () => {
    expect(namesOf((await viewer.get("/api/news?region=KZ-79")).body)).toEqual(["draft", "shymkent"]);
    expect(namesOf((await ctx.anonymous.get("/api/news?q=orda")).body)).toEqual(["shymkent"]);
    expect(namesOf((await viewer.get("/api/news?q=orda")).body)).toEqual(["draft", "shymkent"]);
    const page = await ctx.anonymous.get("/api/news?perPage=2&page=2");
    expect(page.body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(namesOf(page.body)).toEqual(["shymkent"]);
  });

  it("finds the posts linked to a record", async () => {
    const linked = await ctx.anonymous.get(`/api/news?linkedKind=memorandum&linkedId=${memorandum}`);
    expect(namesOf(linked.body)).toEqual(["qonaev"]);
    expect(linked.body.items[0].links).toEqual([{ kind: "memorandum", entityId: memorandum }]);
    const wrongKind = await ctx.anonymous.get(`/api/news?linkedKind=organization&linkedId=${memorandum}`);
    expect(wrongKind.body.total).toBe(0);
    const half = await ctx.anonymous.get("/api/news?linkedKind=memorandum&lang=en");
    expect(half.status).toBe(400);
    expect(half.body.error.details[0]).toMatchObject({
      path: "linkedId",
      message: "This field is required.",
    });
  });
});

describe("news: links", () => {
  it("replaces links on update and rejects links to records that do not exist", async () => {
    const ghost = "00000000-0000-4000-8000-000000000000";
    const bad = await admin.post(
      "/api/news?lang=ru",
      newsInput({
        links: [
          { kind: "organization", entityId: organization },
          { kind: "practice", entityId: ghost },
        ],
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({
      path: "links.1.entityId",
      message: "Связанная запись не найдена.",
    });
    // An organization id is not a memorandum id.
    const wrongKind = await admin.post(
      "/api/news",
      newsInput({ links: [{ kind: "memorandum", entityId: organization }] }),
    );
    expect(wrongKind.status).toBe(400);

    const id = ids.qonaev;
    const current = await admin.get(`/api/news/${id}`);
    const relinked = await admin.patch(`/api/news/${id}`, {
      version: current.body.version,
      links: [
        { kind: "organization", entityId: organization },
        { kind: "organization", entityId: organization },
      ],
    });
    expect(relinked.status).toBe(200);
    expect(relinked.body.links).toEqual([{ kind: "organization", entityId: organization }]);
    const byOrganization = await ctx.anonymous.get(
      `/api/news?linkedKind=organization&linkedId=${organization}`,
    );
    expect(namesOf(byOrganization.body)).toEqual(["qonaev"]);
    expect(
      (await ctx.anonymous.get(`/api/news?linkedKind=memorandum&linkedId=${memorandum}`)).body.total,
    ).toBe(0);
  });
});

describe("news: audit", () => {
  it("records insert, update and delete, readable by the region's coordinator only", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const outsider = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const created = await coordinator.post(
      "/api/news",
      newsInput({ regionCode: "KZ-47", title: { kk: "Ақтауда кездесу" } }),
    );
    const id = created.body.id;
    await coordinator.post(`/api/news/${id}/publish`, { version: 1 });
    const trail = await coordinator.get(`/api/audit?entity=news&id=${id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(["update", "insert"]);
    expect(trail.body.items[1]).toMatchObject({
      actorId: coordinator.userId,
      after: { slug: "aqtauda-kezdesu" },
    });
    expect(trail.body.items[0]).toMatchObject({ before: { published: false }, after: { published: true } });
    expect((await outsider.get(`/api/audit?entity=news&id=${id}`)).status).toBe(404);
    await coordinator.delete(`/api/news/${id}`);
    const afterDelete = await admin.get(`/api/audit?entity=news&id=${id}`);
    expect(afterDelete.body.items[0]).toMatchObject({
      action: "delete",
      table: "news_posts",
      actorId: coordinator.userId,
    });
  });
});
