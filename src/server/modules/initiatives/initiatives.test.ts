import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  initiativeInput,
  insertMemorandum,
  insertOrganization,
} from "../../test/factories/initiatives.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let mangystauCoordinator: SignedInClient;
let shymkentCoordinator: SignedInClient;
let viewer: SignedInClient;
let signed: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  viewer = await ctx.signIn({ role: "viewer" });
  signed = await insertMemorandum(ctx.db);
});
afterAll(() => ctx.close());

describe("initiatives: write and read", () => {
  it("lets a coordinator create, read, update and delete an initiative of its region", async () => {
    const organizationId = await insertOrganization(ctx.db, "Ana Mahabbaty");
    const created = await mangystauCoordinator.post(
      "/api/initiatives",
      initiativeInput([signed, signed], { organizationIds: [organizationId] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: "round_table",
      regionCode: "KZ-47",
      startDate: "2025-04-10",
      endDate: "2025-04-10",
      reach: { children: 12, parents: 20, specialists: 5 },
      memorandumIds: [signed],
      organizationIds: [organizationId],
      outcome: null,
      version: 1,
      permissions: { update: true, delete: true },
    });

    const read = await ctx.anonymous.get(`/api/initiatives/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.title.kk).toBe("Ерекше балаларды инклюзивті білімге тарту бойынша дөңгелек үстел");
    expect(read.body.permissions).toEqual({ update: false, delete: false });

    const updated = await mangystauCoordinator.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      outcome: { en: "Two schools agreed to open resource rooms." },
      reach: { children: 30, parents: 25, specialists: 8 },
      organizationIds: [],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      version: 2,
      outcome: { en: "Two schools agreed to open resource rooms." },
      reach: { children: 30, parents: 25, specialists: 8 },
      organizationIds: [],
      memorandumIds: [signed],
      description: { ru: "Обсуждение равного доступа к образованию." },
      endDate: "2025-04-10",
    });

    expect((await mangystauCoordinator.delete(`/api/initiatives/${created.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/initiatives/${created.body.id}`)).status).toBe(404);
  });

  it("bumps the version when only the links change and rejects a stale version", async () => {
    const other = await insertMemorandum(ctx.db);
    const created = await admin.post("/api/initiatives", initiativeInput([signed]));
    const relinked = await admin.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      memorandumIds: [signed, other],
    });
    expect(relinked.body).toMatchObject({ version: 2, memorandumIds: [signed, other].sort() });
    const stale = await admin.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      reach: { children: 1, parents: 0, specialists: 0 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect((await admin.get(`/api/initiatives/${created.body.id}`)).body.reach.children).toBe(12);
  });

  it("requires sign-in and a writing role", async () => {
    const anonymous = await ctx.anonymous.withLang("ru").post("/api/initiatives", initiativeInput([signed]));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toBe("Необходимо войти в систему.");
    expect((await viewer.post("/api/initiatives", initiativeInput([signed]))).status).toBe(403);
  });
});

describe("initiatives: validation", () => {
  it("rejects an end date before the start date with messages in kk, ru and en", async () => {
    const bad = initiativeInput([signed], { startDate: "2025-05-02", endDate: "2025-05-01" });
    const messages = await Promise.all(
      ["kk", "ru", "en"].map(async (lang) => {
        const response = await admin.post(`/api/initiatives?lang=${lang}`, bad);
        expect(response.status).toBe(400);
        expect(response.body.error.details).toHaveLength(1);
        expect(response.body.error.details[0].path).toBe("endDate");
        return response.body.error.details[0].message;
      }),
    );
    expect(messages).toEqual([
      "Аяқталу күні басталу күнінен ерте болмауы керек.",
      "Дата окончания не может быть раньше даты начала.",
      "The end date cannot be before the start date.",
    ]);
  });

  it("checks the dates of a patch against the stored ones", async () => {
    const created = await admin.post("/api/initiatives", initiativeInput([signed]));
    const response = await admin.patch(`/api/initiatives/${created.body.id}?lang=en`, {
      version: 1,
      startDate: "2025-05-01",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({ path: "endDate" });
  });

  it("names each bad field: negative reach, no memorandum, unknown type", async () => {
    const bad = {
      ...initiativeInput([]),
      type: "picnic",
      reach: { children: -1, parents: 2.5, specialists: 0 },
    };
    const response = await admin.post("/api/initiatives?lang=en", bad);
    expect(response.status).toBe(400);
    const byPath = Object.fromEntries(
      response.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]),
    );
    expect(byPath["reach.children"]).toBe("Must be at least 0.");
    expect(byPath["reach.parents"]).toBeDefined();
    expect(byPath.memorandumIds).toBe("Choose at least 1 items.");
    expect(byPath.type).toMatch(/^Not an allowed value/);
  });

  it("rejects memoranda and organizations that do not exist", async () => {
    const ghost = "00000000-0000-4000-8000-000000000000";
    const memorandum = await admin.post("/api/initiatives?lang=kk", initiativeInput([signed, ghost]));
    expect(memorandum.status).toBe(400);
    expect(memorandum.body.error.details[0]).toMatchObject({
      path: "memorandumIds.1",
      message: "Сілтеме жасалған жазба табылмады.",
    });
    const organization = await admin.post(
      "/api/initiatives?lang=en",
      initiativeInput([signed], { organizationIds: [ghost] }),
    );
    expect(organization.body.error.details[0]).toMatchObject({ path: "organizationIds.0" });
  });
});

describe("initiatives: links to memoranda the caller cannot see", () => {
  it("treats a draft the caller cannot see as unknown, and keeps links already made by others", async () => {
    const draft = await insertMemorandum(ctx.db, { reviewState: "draft" });
    const refused = await shymkentCoordinator.post(
      "/api/initiatives?lang=en",
      initiativeInput([signed, draft], { regionCode: "KZ-79" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ path: "memorandumIds.1" });

    const byAdmin = await admin.post(
      "/api/initiatives",
      initiativeInput([signed, draft], { regionCode: "KZ-79" }),
    );
    expect(byAdmin.status).toBe(201);
    const kept = await shymkentCoordinator.patch(`/api/initiatives/${byAdmin.body.id}`, {
      version: 1,
      memorandumIds: [signed, draft],
      type: "campaign",
    });
    expect(kept.status).toBe(200);
    const added = await shymkentCoordinator.patch(`/api/initiatives/${byAdmin.body.id}`, {
      version: 2,
      memorandumIds: [signed, draft, await insertMemorandum(ctx.db, { reviewState: "in_review" })],
    });
    expect(added.status).toBe(400);
    expect(added.body.error.details[0]).toMatchObject({ path: "memorandumIds.2" });
  });

  it("does not name a memorandum the caller cannot see, and keeps its link when the caller edits the list", async () => {
    const draft = await insertMemorandum(ctx.db, { reviewState: "draft" });
    const other = await insertMemorandum(ctx.db);
    const created = await admin.post(
      "/api/initiatives",
      initiativeInput([signed, draft], { regionCode: "KZ-79" }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect([...created.body.memorandumIds].sort()).toEqual([signed, draft].sort());

    const seen = await shymkentCoordinator.get(`/api/initiatives/${id}`);
    expect(seen.body.memorandumIds).toEqual([signed]);
    const listed = await shymkentCoordinator.get("/api/initiatives?region=KZ-79&perPage=100");
    expect(listed.body.items.find((item: { id: string }) => item.id === id).memorandumIds).toEqual([signed]);
    const byDraft = await shymkentCoordinator.get(`/api/initiatives?memorandum=${draft}`);
    expect(byDraft.body.total).toBe(0);
    expect((await admin.get(`/api/initiatives?memorandum=${draft}`)).body.total).toBe(1);

    const edited = await shymkentCoordinator.patch(`/api/initiatives/${id}`, {
      version: 1,
      memorandumIds: [other],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.memorandumIds).toEqual([other]);
    const forAdmin = await admin.get(`/api/initiatives/${id}`);
    expect([...forAdmin.body.memorandumIds].sort()).toEqual([other, draft].sort());
  });
});

describe("initiatives: who may write", () => {
  it("keeps a coordinator of KZ-47 away from KZ-79 initiatives", async () => {
    expect(
      (
        await mangystauCoordinator.post(
          "/api/initiatives",
          initiativeInput([signed], { regionCode: "KZ-79" }),
        )
      ).status,
    ).toBe(403);
    const shymkent = await shymkentCoordinator.post(
      "/api/initiatives",
      initiativeInput([signed], { regionCode: "KZ-79" }),
    );
    expect(shymkent.status).toBe(201);
    const id = shymkent.body.id;
    expect((await mangystauCoordinator.get(`/api/initiatives/${id}`)).body.permissions.update).toBe(false);
    expect(
      (await mangystauCoordinator.patch(`/api/initiatives/${id}`, { version: 1, type: "campaign" })).status,
    ).toBe(403);
    expect((await mangystauCoordinator.delete(`/api/initiatives/${id}`)).status).toBe(403);
    const moved = await shymkentCoordinator.patch(`/api/initiatives/${id}`, {
      version: 1,
      regionCode: "KZ-47",
    });
    expect(moved.status).toBe(403);
    expect((await admin.get(`/api/initiatives/${id}`)).body).toMatchObject({
      version: 1,
      type: "round_table",
      regionCode: "KZ-79",
    });
  });

  it("lets a partner report only initiatives it takes part in, under memoranda it signed, all of them", async () => {
    const ours = await insertOrganization(ctx.db, "ORDA");
    const theirs = await insertOrganization(ctx.db, "Amazing kids");
    const both = await insertMemorandum(ctx.db, { partyOrganizationIds: [ours, theirs] });
    const onlyOurs = await insertMemorandum(ctx.db, { partyOrganizationIds: [ours] });
    const onlyTheirs = await insertMemorandum(ctx.db, { partyOrganizationIds: [theirs] });
    const partner = await ctx.signIn({ role: "partner", organizationId: ours });
    const otherPartner = await ctx.signIn({ role: "partner", organizationId: theirs });

    const created = await partner.post(
      "/api/initiatives",
      initiativeInput([both, onlyOurs], { regionCode: "KZ-79", organizationIds: [ours, theirs] }),
    );
    expect(created.status).toBe(201);
    expect(created.body.permissions).toEqual({ update: true, delete: true });

    const notListed = initiativeInput([both], { organizationIds: [theirs] });
    expect((await partner.post("/api/initiatives", notListed)).status).toBe(403);
    const notParty = initiativeInput([both, onlyTheirs], { organizationIds: [ours] });
    expect((await partner.post("/api/initiatives", notParty)).status).toBe(403);

    // The other partner is listed but did not sign `onlyOurs`, so it may not touch this one.
    const seen = await otherPartner.get(`/api/initiatives/${created.body.id}`);
    expect(seen.body.permissions).toEqual({ update: false, delete: false });
    const denied = await otherPartner.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      type: "training",
    });
    expect(denied.status).toBe(403);
    expect((await otherPartner.delete(`/api/initiatives/${created.body.id}`)).status).toBe(403);

    const widened = await partner.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      memorandumIds: [both, onlyTheirs],
    });
    expect(widened.status).toBe(403);
    const dropSelf = await partner.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      organizationIds: [theirs],
    });
    expect(dropSelf.status).toBe(403);
    const fine = await partner.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      memorandumIds: [onlyOurs],
    });
    expect(fine.status).toBe(200);
    expect(fine.body.memorandumIds).toEqual([onlyOurs]);
    expect((await partner.delete(`/api/initiatives/${created.body.id}`)).status).toBe(204);
  });
});
