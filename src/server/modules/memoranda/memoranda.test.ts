import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { commitments, memoranda } from "./memoranda.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkentCoordinator: SignedInClient;
let shymkentBranch: string;
let shymkentCouncil: string;
let aktauBranch: string;
let amazingKids: string;
let orda: string;
let anaMahabbaty: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  shymkentBranch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
  shymkentCouncil = await insertBranch(ctx.db, "KZ-79", "Шымкент «Халық Кеңесі»");
  aktauBranch = await insertBranch(ctx.db, "KZ-47", "Маңғыстау облыстық");
  amazingKids = await insertPartnerOrganization(ctx.db, "Amazing kids");
  orda = await insertPartnerOrganization(ctx.db, "ORDA");
  anaMahabbaty = await insertPartnerOrganization(ctx.db, "Ana Mahabbaty");
});
afterAll(() => ctx.close());

const shymkentInput = () =>
  memorandumInput({ branchIds: [shymkentBranch, shymkentCouncil], organizationIds: [amazingKids, orda] });

describe("memoranda: create, read, update, delete", () => {
  it("lets a coordinator create a draft with two branches and two partners of its region", async () => {
    const created = await shymkentCoordinator.post("/api/memoranda", {
      ...shymkentInput(),
      number: "ШЫМ-2025/01",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: "ШЫМ-2025/01",
      reviewState: "draft",
      lifecycle: null,
      lifecycleStatus: "active",
      scopeAreas: ["education_access", "inclusion"],
      version: 1,
      parent: null,
      amendments: [],
      renewals: [],
      commitments: [],
      permissions: {
        update: true,
        delete: true,
        transitions: ["in_review"],
        terminate: false,
        renew: false,
        amend: false,
        manageCommitments: true,
      },
    });
    expect(created.body.parties).toMatchObject([
      {
        kind: "branch",
        branchId: shymkentBranch,
        regionCode: "KZ-79",
        name: { en: "Шымкент қалалық branch" },
      },
      { kind: "branch", branchId: shymkentCouncil, regionCode: "KZ-79", signatoryName: "Branch signatory 2" },
      {
        kind: "organization",
        organizationId: amazingKids,
        regionCode: null,
        name: { en: "Amazing kids association" },
      },
      { kind: "organization", organizationId: orda, signatoryPosition: "Директор" },
    ]);
    const read = await admin.get(`/api/memoranda/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.parties.map((p: { id: string }) => p.id)).toEqual(
      created.body.parties.map((p: { id: string }) => p.id),
    );
  });

  it("forbids a coordinator to add a branch of another region, and writes nothing", async () => {
    const before = await ctx.db.select({ id: memoranda.id }).from(memoranda);
    const mixed = memorandumInput({ branchIds: [shymkentBranch, aktauBranch], organizationIds: [orda] });
    expect((await shymkentCoordinator.post("/api/memoranda", mixed)).status).toBe(403);
    const foreign = memorandumInput({ branchIds: [aktauBranch], organizationIds: [orda] });
    expect((await shymkentCoordinator.post("/api/memoranda", foreign)).status).toBe(403);
    expect(await ctx.db.select({ id: memoranda.id }).from(memoranda)).toHaveLength(before.length);
    const byAdmin = await admin.post("/api/memoranda", mixed);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.parties.map((p: { regionCode: string | null }) => p.regionCode)).toEqual([
      "KZ-79",
      "KZ-47",
      null,
    ]);
  });

  it("validates parties, term and references with translated field messages", async () => {
    const noPartner = await admin
      .withLang("en")
      .post("/api/memoranda", memorandumInput({ branchIds: [shymkentBranch], organizationIds: [] }));
    expect(noPartner.status).toBe(400);
    expect(noPartner.body.error.details).toEqual([
      {
        path: "parties",
        code: "custom",
        message: "Add at least one branch and at least one partner organization.",
      },
    ]);
    const reversed = await admin
      .withLang("ru")
      .post("/api/memoranda", { ...shymkentInput(), startDate: "2026-01-01", endDate: "2025-12-31" });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details).toEqual([
      { path: "endDate", code: "custom", message: "Дата окончания не может быть раньше даты начала." },
    ]);
    const twice = memorandumInput({ branchIds: [shymkentBranch, shymkentBranch], organizationIds: [orda] });
    const duplicate = await admin.withLang("kk").post("/api/memoranda", twice);
    expect(duplicate.body.error.details[0]).toMatchObject({
      path: "parties.1",
      message: "Бір филиал немесе ұйым екі рет көрсетілген.",
    });
    const ghost = memorandumInput({
      branchIds: [shymkentBranch],
      organizationIds: ["00000000-0000-4000-8000-000000000000"],
    });
    const unknown = await admin.withLang("en").post("/api/memoranda", ghost);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({
      path: "parties.1.organizationId",
      message: "The referenced record does not exist.",
    });
  });

  it("keeps memorandum numbers unique", async () => {
    await admin.post("/api/memoranda", { ...shymkentInput(), number: "YN-UNIQUE-1" });
    const again = await admin
      .withLang("en")
      .post("/api/memoranda", { ...shymkentInput(), number: "YN-UNIQUE-1" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: "conflict",
      message: "A memorandum with this number already exists.",
    });
  });

  it("updates with the version read, and replaces parties keeping the commitments of those that stay", async () => {
    const created = (await shymkentCoordinator.post("/api/memoranda", shymkentInput())).body;
    const ordaParty = created.parties.find((p: { organizationId: string }) => p.organizationId === orda);
    const kidsParty = created.parties.find(
      (p: { organizationId: string }) => p.organizationId === amazingKids,
    );
    for (const party of [ordaParty, kidsParty]) {
      const added = await shymkentCoordinator.post(`/api/memoranda/${created.id}/commitments`, {
        partyId: party.id,
        text: { en: "Consult parents monthly" },
      });
      expect(added.status).toBe(201);
    }
    const retitled = await shymkentCoordinator.patch(`/api/memoranda/${created.id}`, {
      version: 1,
      title: { en: "Inclusive education in Shymkent" },
    });
    expect(retitled.status).toBe(200);
    expect(retitled.body).toMatchObject({
      version: 2,
      title: { en: "Inclusive education in Shymkent" },
      number: null,
    });
    expect(retitled.body.scopeAreas).toEqual(["education_access", "inclusion"]);

    const stale = await shymkentCoordinator.patch(`/api/memoranda/${created.id}`, {
      version: 1,
      number: "X",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");

    const parties = memorandumInput({
      branchIds: [shymkentBranch],
      organizationIds: [orda, anaMahabbaty],
    }).parties;
    const replaced = await shymkentCoordinator.patch(`/api/memoranda/${created.id}`, { version: 2, parties });
    expect(replaced.status).toBe(200);
    expect(replaced.body.version).toBe(3);
    expect(
      replaced.body.parties.map(
        (p: { branchId: string; organizationId: string }) => p.branchId ?? p.organizationId,
      ),
    ).toEqual([shymkentBranch, orda, anaMahabbaty]);
    expect(replaced.body.parties[1].id).toBe(ordaParty.id);
    expect(replaced.body.commitments.map((c: { partyId: string }) => c.partyId)).toEqual([ordaParty.id]);
    const stored = await ctx.db.select().from(commitments).where(eq(commitments.memorandumId, created.id));
    expect(stored).toHaveLength(1);

    const foreign = memorandumInput({
      branchIds: [shymkentBranch, aktauBranch],
      organizationIds: [orda],
    }).parties;
    const denied = await shymkentCoordinator.patch(`/api/memoranda/${created.id}`, {
      version: 3,
      parties: foreign,
    });
    expect(denied.status).toBe(403);
  });

  it("locks content once approved and deletes drafts only", async () => {
    const created = (await admin.post("/api/memoranda", shymkentInput())).body;
    await admin.post(`/api/memoranda/${created.id}/transitions`, { to: "in_review", version: 1 });
    const approved = await admin.post(`/api/memoranda/${created.id}/transitions`, {
      to: "approved",
      version: 2,
    });
    expect(approved.body.permissions).toMatchObject({
      update: false,
      delete: false,
      transitions: ["in_review", "signed"],
    });
    const edit = await admin
      .withLang("en")
      .patch(`/api/memoranda/${created.id}`, { version: 3, number: "Z-1" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe(
      "A memorandum can be changed only while it is a draft or in review.",
    );
    const remove = await admin.withLang("ru").delete(`/api/memoranda/${created.id}`);
    expect(remove.status).toBe(409);
    expect(remove.body.error.message).toBe("Удалить можно только черновик меморандума.");

    const draft = (await shymkentCoordinator.post("/api/memoranda", shymkentInput())).body;
    expect((await shymkentCoordinator.delete(`/api/memoranda/${draft.id}`)).status).toBe(204);
    expect((await admin.get(`/api/memoranda/${draft.id}`)).status).toBe(404);
    expect(await ctx.db.select().from(memoranda).where(eq(memoranda.id, draft.id))).toHaveLength(0);
  });

  it("requires sign-in to write and refuses viewers", async () => {
    const anonymous = await ctx.anonymous.withLang("kk").post("/api/memoranda", shymkentInput());
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toBe("Жүйеге кіру қажет.");
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.post("/api/memoranda", shymkentInput())).status).toBe(403);
    const signed = await signThroughReview(
      admin,
      (await admin.post("/api/memoranda", shymkentInput())).body.id,
    );
    expect(signed.reviewState).toBe("signed");
    expect(
      (await viewer.patch(`/api/memoranda/${signed.id}`, { version: signed.version, number: "V" })).status,
    ).toBe(403);
  });
});
