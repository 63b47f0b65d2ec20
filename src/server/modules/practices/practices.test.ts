import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganization } from "../../test/factories/initiatives.factory.ts";
import { insertBranch, practiceInput } from "../../test/factories/practices.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkentCoordinator: SignedInClient;
let mangystauCoordinator: SignedInClient;
let viewer: SignedInClient;
let partner: SignedInClient;
let otherPartner: SignedInClient;
let centre: string;
let otherOrg: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  viewer = await ctx.signIn({ role: "viewer" });
  centre = await insertOrganization(ctx.db, "Amazing kids");
  otherOrg = await insertOrganization(ctx.db, "Boccia");
  partner = await ctx.signIn({ role: "partner", organizationId: centre });
  otherPartner = await ctx.signIn({ role: "partner", organizationId: otherOrg });
});
afterAll(() => ctx.close());

describe("practices: write and read", () => {
  it("lets the authoring partner create, publish, update and delete its practice", async () => {
    const created = await partner.post(
      "/api/practices",
      practiceInput({ organizationId: centre, tags: [" ASD ", "asd", "Ерте Көмек", "ABA"] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organizationId: centre,
      branchId: null,
      regionCode: "KZ-79",
      published: false,
      tags: ["asd", "ерте көмек", "aba"],
      replications: [],
      version: 1,
      permissions: { update: true, delete: true },
    });
    const id = created.body.id;
    expect((await ctx.anonymous.get(`/api/practices/${id}`)).status).toBe(404);

    const published = await partner.patch(`/api/practices/${id}`, {
      version: 1,
      published: true,
      tags: ["ASD"],
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      version: 2,
      published: true,
      tags: ["asd"],
      organizationId: centre,
    });
    expect(published.body.summary).toEqual({ en: "Weekly sessions with parents and a speech therapist." });

    const read = await ctx.anonymous.get(`/api/practices/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toEqual({ update: false, delete: false });

    expect((await partner.delete(`/api/practices/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/practices/${id}`)).status).toBe(404);
  });

  it("shows drafts to staff only", async () => {
    const draft = await admin.post("/api/practices", practiceInput({ title: { en: "Draft sensory room" } }));
    const live = await admin.post(
      "/api/practices",
      practiceInput({ title: { en: "Live sensory room" }, published: true }),
    );
    const anonymous = await ctx.anonymous.get("/api/practices?q=sensory%20room");
    expect(anonymous.body.items.map((p: { id: string }) => p.id)).toEqual([live.body.id]);
    expect(anonymous.body.total).toBe(1);
    const asked = await ctx.anonymous.get("/api/practices?q=sensory%20room&published=false");
    expect(asked.body.total).toBe(0);
    const staff = await viewer.get("/api/practices?q=sensory%20room&sort=title");
    expect(staff.body.items.map((p: { id: string }) => p.id)).toEqual([draft.body.id, live.body.id]);
    expect((await viewer.get(`/api/practices/${draft.body.id}`)).status).toBe(200);
  });

  it("rejects a stale version", async () => {
    const created = await admin.post("/api/practices", practiceInput());
    await admin.patch(`/api/practices/${created.body.id}`, { version: 1, tags: ["one"] });
    const stale = await admin.patch(`/api/practices/${created.body.id}`, { version: 1, tags: ["two"] });
    expect(stale.status).toBe(409);
    expect((await admin.get(`/api/practices/${created.body.id}`)).body.tags).toEqual(["one"]);
  });
});

describe("practices: validation", () => {
  it("allows one author only, with messages in kk, ru and en", async () => {
    const branchId = await insertBranch(ctx.db);
    const bad = practiceInput({ organizationId: centre, branchId });
    const messages = [];
    for (const lang of ["kk", "ru", "en"]) {
      const response = await admin.post(`/api/practices?lang=${lang}`, bad);
      expect(response.status).toBe(400);
      expect(response.body.error.details[0].path).toBe("branchId");
      messages.push(response.body.error.details[0].message);
    }
    expect(messages).toEqual([
      "Тәжірибе авторы ретінде не ұйымды, не филиалды көрсетіңіз, екеуін бірдей емес.",
      "Укажите автором практики либо организацию, либо филиал, но не оба сразу.",
      "Name either an organization or a branch as the author of the practice, not both.",
    ]);
    const byBranch = await admin.post("/api/practices", practiceInput({ branchId }));
    expect(byBranch.status).toBe(201);
    const patched = await admin.patch(`/api/practices/${byBranch.body.id}?lang=en`, {
      version: 1,
      organizationId: centre,
    });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details[0].path).toBe("branchId");
  });

  it("limits tags to 20 and rejects empty text, unknown authors and regions", async () => {
    const tooMany = await admin.post(
      "/api/practices?lang=ru",
      practiceInput({ tags: Array.from({ length: 21 }, (_, i) => `tag-${i}`) }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details[0]).toMatchObject({ path: "tags", message: "Не больше 20 элем." });
    const empty = await admin.post("/api/practices?lang=en", practiceInput({ body: {}, tags: ["  "] }));
    const paths = empty.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["body", "tags.0"]);
    const ghost = "00000000-0000-4000-8000-000000000000";
    const unknownOrg = await admin.post("/api/practices?lang=en", practiceInput({ organizationId: ghost }));
    expect(unknownOrg.body.error.details[0]).toMatchObject({
      path: "organizationId",
      message: "The referenced record does not exist.",
    });
    const unknownRegion = await admin.post("/api/practices?lang=kk", practiceInput({ regionCode: "KZ-98" }));
    expect(unknownRegion.body.error.details[0]).toMatchObject({ path: "regionCode" });
  });
});

describe("practices: who may write", () => {
  it("keeps a coordinator of KZ-47 away from KZ-79 practices", async () => {
    expect((await mangystauCoordinator.post("/api/practices", practiceInput())).status).toBe(403);
    const own = await shymkentCoordinator.post("/api/practices", practiceInput());
    expect(own.status).toBe(201);
    const id = own.body.id;
    expect(
      (await mangystauCoordinator.patch(`/api/practices/${id}`, { version: 1, published: true })).status,
    ).toBe(403);
    expect((await mangystauCoordinator.delete(`/api/practices/${id}`)).status).toBe(403);
    const move = await shymkentCoordinator.patch(`/api/practices/${id}`, { version: 1, regionCode: "KZ-47" });
    expect(move.status).toBe(403);
    expect((await viewer.get(`/api/practices/${id}`)).body).toMatchObject({
      version: 1,
      regionCode: "KZ-79",
      published: false,
    });
  });

  it("lets a partner write only practices authored by its organization", async () => {
    expect((await partner.post("/api/practices", practiceInput())).status).toBe(403);
    expect((await partner.post("/api/practices", practiceInput({ organizationId: otherOrg }))).status).toBe(
      403,
    );
    const theirs = await otherPartner.post("/api/practices", practiceInput({ organizationId: otherOrg }));
    expect(theirs.status).toBe(201);
    const seen = await partner.get(`/api/practices/${theirs.body.id}`);
    expect(seen.body.permissions).toEqual({ update: false, delete: false });
    expect(
      (await partner.patch(`/api/practices/${theirs.body.id}`, { version: 1, tags: ["x"] })).status,
    ).toBe(403);
    expect((await partner.delete(`/api/practices/${theirs.body.id}`)).status).toBe(403);
    const giveAway = await otherPartner.patch(`/api/practices/${theirs.body.id}`, {
      version: 1,
      organizationId: centre,
    });
    expect(giveAway.status).toBe(403);
    expect((await viewer.post("/api/practices", practiceInput())).status).toBe(403);
  });
});
