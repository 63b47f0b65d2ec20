import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkentCoordinator: SignedInClient;
let mangystauCoordinator: SignedInClient;

const shymkentBranch = {
  kind: "city",
  regionCode: "KZ-79",
  name: { kk: "Шымкент қалалық филиалы", ru: "Шымкентский городской филиал", en: "Shymkent city branch" },
};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
});
afterAll(() => ctx.close());

describe("branches", () => {
  it("lets a coordinator create, read, update and delete a branch of its own region", async () => {
    const created = await shymkentCoordinator.post("/api/branches", shymkentBranch);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...shymkentBranch,
      version: 1,
      permissions: { update: true, delete: true },
    });

    const read = await ctx.anonymous.get(`/api/branches/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toEqual({ update: false, delete: false });

    const withEmail = await shymkentCoordinator.patch(`/api/branches/${created.body.id}`, {
      version: 1,
      email: "shymkent@example.kz",
    });
    expect(withEmail.body).toMatchObject({ email: "shymkent@example.kz", version: 2 });
    const updated = await shymkentCoordinator.patch(`/api/branches/${created.body.id}`, {
      version: 2,
      phone: "+7 7252 00 00 00",
    });
    expect(updated.status).toBe(200);
    // A patch changes only what it names: the e-mail set before stays.
    expect(updated.body).toMatchObject({
      phone: "+7 7252 00 00 00",
      email: "shymkent@example.kz",
      version: 3,
    });

    const removed = await shymkentCoordinator.delete(`/api/branches/${created.body.id}`);
    expect(removed.status).toBe(204);
    expect((await ctx.anonymous.get(`/api/branches/${created.body.id}`)).status).toBe(404);
  });

  it("forbids a coordinator of KZ-47 to create or change rows of KZ-79", async () => {
    const denied = await mangystauCoordinator.post("/api/branches", shymkentBranch);
    expect(denied.status).toBe(403);
    const own = await shymkentCoordinator.post("/api/branches", shymkentBranch);
    const change = await mangystauCoordinator.patch(`/api/branches/${own.body.id}`, {
      version: 1,
      phone: "+7 7292 00 00 00",
    });
    expect(change.status).toBe(403);
    const move = await shymkentCoordinator.patch(`/api/branches/${own.body.id}`, {
      version: 1,
      regionCode: "KZ-47",
    });
    expect(move.status).toBe(403);
    expect((await mangystauCoordinator.delete(`/api/branches/${own.body.id}`)).status).toBe(403);
    const unchanged = await ctx.anonymous.get(`/api/branches/${own.body.id}`);
    expect(unchanged.body).toMatchObject({ version: 1, regionCode: "KZ-79", phone: null });
  });

  it("requires sign-in to write", async () => {
    const response = await ctx.anonymous.withLang("kk").post("/api/branches", shymkentBranch);
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe("Жүйеге кіру қажет.");
  });

  it("rejects a stale version with 409 and a clear message", async () => {
    const own = await admin.post("/api/branches", {
      ...shymkentBranch,
      regionCode: "KZ-47",
      kind: "regional",
    });
    await admin.patch(`/api/branches/${own.body.id}`, { version: 1, email: "a@example.kz" });
    const stale = await admin
      .withLang("en")
      .patch(`/api/branches/${own.body.id}`, { version: 1, email: "b@example.kz" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
  });

  it("validates input with field messages in kk, ru and en", async () => {
    const bad = { kind: "castle", regionCode: "KZ-99", name: {} };
    const kk = await admin.post("/api/branches?lang=kk", bad);
    const ru = await admin.post("/api/branches?lang=ru", bad);
    const en = await admin.post("/api/branches?lang=en", bad);
    for (const response of [kk, ru, en]) expect(response.status).toBe(400);
    const paths = en.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["kind", "name"]);
    expect(en.body.error.details.find((d: { path: string }) => d.path === "name").message).toBe(
      "Fill in at least one language (Kazakh, Russian or English).",
    );
    expect(ru.body.error.message).toBe("Данные введены с ошибками. Проверьте отмеченные поля.");
    expect(kk.body.error.message).toBe("Енгізілген деректер қате. Белгіленген өрістерді тексеріңіз.");
    const unknownRegion = await admin.post("/api/branches?lang=en", {
      ...shymkentBranch,
      regionCode: "KZ-99",
    });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.error.details[0]).toMatchObject({
      path: "regionCode",
      message: "There is no such region: KZ-99.",
    });
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const response = await admin.request("POST", "/api/branches?lang=en", "{not json");
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("bad_request");
  });

  it("lists with filters, sort and pagination", async () => {
    for (const region of ["KZ-10", "KZ-10", "KZ-11"]) {
      await admin.post("/api/branches", {
        ...shymkentBranch,
        regionCode: region,
        kind: "regional",
        name: { en: `Branch ${region}` },
      });
    }
    const page = await ctx.anonymous.get("/api/branches?region=KZ-10&perPage=1&page=2&sort=name");
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, perPage: 1 });
    expect(page.body.items).toHaveLength(1);
    const search = await ctx.anonymous.get("/api/branches?q=branch%20KZ-11");
    expect(search.body.total).toBe(1);
    const tooBig = await ctx.anonymous.get("/api/branches?perPage=1000");
    expect(tooBig.status).toBe(400);
  });

  it("keeps a branch that others refer to, with a conflict instead of a crash", async () => {
    const parent = await admin.post("/api/branches", { ...shymkentBranch, kind: "city" });
    await admin.post("/api/branches", { ...shymkentBranch, kind: "attached_body", parentId: parent.body.id });
    const response = await admin.delete(`/api/branches/${parent.body.id}`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("conflict");
  });
});
