import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { auditLog } from "../audit/audit.schema.ts";
import { memoranda } from "./memoranda.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkentCoordinator: SignedInClient;
let mangystauCoordinator: SignedInClient;
let viewer: SignedInClient;
let ordaPartner: SignedInClient;
let bocciaPartner: SignedInClient;
let shymkentBranch: string;
let aktauBranch: string;
let orda: string;
let boccia: string;

beforeAll(async () => {
  ctx = await createTestContext();
  shymkentBranch = await insertBranch(ctx.db, "KZ-79", "Шымкент");
  aktauBranch = await insertBranch(ctx.db, "KZ-47", "Маңғыстау");
  orda = await insertPartnerOrganization(ctx.db, "ORDA");
  boccia = await insertPartnerOrganization(ctx.db, "Boccia");
  admin = await ctx.signIn({ role: "admin" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  viewer = await ctx.signIn({ role: "viewer" });
  ordaPartner = await ctx.signIn({ role: "partner", organizationId: orda });
  bocciaPartner = await ctx.signIn({ role: "partner", organizationId: boccia });
});
afterAll(() => ctx.close());

const shymkentDraft = async () =>
  (
    await shymkentCoordinator.post(
      "/api/memoranda",
      memorandumInput({ branchIds: [shymkentBranch], organizationIds: [orda] }),
    )
  ).body;

async function auditCount(id: string) {
  const [row] = await ctx.db
    .select({ total: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "memoranda"), eq(auditLog.entityId, id)));
  return row?.total ?? 0;
}

describe("memoranda: visibility and isolation", () => {
  it("hides a KZ-79 draft from a KZ-47 coordinator, who can neither read nor change it", async () => {
    const draft = await shymkentDraft();
    const [before] = await ctx.db.select().from(memoranda).where(eq(memoranda.id, draft.id));
    const auditBefore = await auditCount(draft.id);
    const other = mangystauCoordinator;
    expect((await other.get(`/api/memoranda/${draft.id}`)).status).toBe(404);
    expect((await other.get("/api/memoranda")).body.items.map((m: { id: string }) => m.id)).not.toContain(
      draft.id,
    );
    const attempts = [
      other.patch(`/api/memoranda/${draft.id}`, { version: 1, title: { en: "Hijacked" } }),
      other.delete(`/api/memoranda/${draft.id}`),
      other.post(`/api/memoranda/${draft.id}/transitions`, { to: "in_review", version: 1 }),
      other.post(`/api/memoranda/${draft.id}/commitments`, {
        partyId: draft.parties[0].id,
        text: { en: "x" },
      }),
      other.post(`/api/memoranda/${draft.id}/amendments`, { title: { en: "x" } }),
    ];
    for (const response of await Promise.all(attempts)) expect([403, 404]).toContain(response.status);
    const [after] = await ctx.db.select().from(memoranda).where(eq(memoranda.id, draft.id));
    expect(after).toEqual(before);
    expect(await auditCount(draft.id)).toBe(auditBefore);
    expect((await shymkentCoordinator.get(`/api/memoranda/${draft.id}`)).body.permissions.update).toBe(true);
  });

  it("shows drafts to admins, viewers and partner parties only, and signed memoranda to everyone", async () => {
    const draft = await shymkentDraft();
    expect((await ctx.anonymous.get(`/api/memoranda/${draft.id}`)).status).toBe(404);
    expect((await ctx.anonymous.get("/api/memoranda?reviewState=draft")).body.total).toBe(0);
    expect((await bocciaPartner.get(`/api/memoranda/${draft.id}`)).status).toBe(404);
    const asViewer = await viewer.get(`/api/memoranda/${draft.id}`);
    expect(asViewer.status).toBe(200);
    expect(asViewer.body.permissions).toMatchObject({ update: false, delete: false, transitions: [] });
    expect((await viewer.patch(`/api/memoranda/${draft.id}`, { version: 1, number: "V" })).status).toBe(403);
    const asParty = await ordaPartner.get(`/api/memoranda/${draft.id}`);
    expect(asParty.status).toBe(200);
    expect(asParty.body.permissions).toMatchObject({ update: false, manageCommitments: false });
    expect((await ordaPartner.patch(`/api/memoranda/${draft.id}`, { version: 1, number: "P" })).status).toBe(
      403,
    );

    const signed = await signThroughReview(shymkentCoordinator, draft.id);
    for (const client of [ctx.anonymous, mangystauCoordinator, bocciaPartner]) {
      const response = await client.get(`/api/memoranda/${signed.id}`);
      expect(response.status).toBe(200);
      expect(response.body.permissions).toEqual({
        update: false,
        delete: false,
        transitions: [],
        terminate: false,
        renew: false,
        amend: false,
        manageCommitments: false,
      });
    }
    const terminate = await mangystauCoordinator.post(`/api/memoranda/${signed.id}/terminate`, {
      reason: "x",
      version: signed.version,
    });
    expect(terminate.status).toBe(403);
    expect((await ctx.anonymous.get(`/api/memoranda/${signed.id}`)).body.lifecycleStatus).toBe("active");
  });

  it("hides a draft amendment of a public memorandum from those who may not see drafts", async () => {
    const signed = await signThroughReview(shymkentCoordinator, (await shymkentDraft()).id);
    const amendment = await shymkentCoordinator.post(`/api/memoranda/${signed.id}/amendments`, {
      title: { en: "Draft amendment" },
    });
    expect(amendment.status).toBe(201);
    expect((await shymkentCoordinator.get(`/api/memoranda/${signed.id}`)).body.amendments).toHaveLength(1);
    expect((await ctx.anonymous.get(`/api/memoranda/${signed.id}`)).body.amendments).toEqual([]);
    expect((await mangystauCoordinator.get(`/api/memoranda/${signed.id}`)).body.amendments).toEqual([]);
  });

  it("lets the coordinator of any branch party's region write a memorandum spanning regions", async () => {
    const both = await admin.post(
      "/api/memoranda",
      memorandumInput({ branchIds: [shymkentBranch, aktauBranch], organizationIds: [boccia] }),
    );
    const asMangystau = await mangystauCoordinator.get(`/api/memoranda/${both.body.id}`);
    expect(asMangystau.body.permissions).toMatchObject({ update: true, delete: true });
    const moved = await mangystauCoordinator.post(`/api/memoranda/${both.body.id}/transitions`, {
      to: "in_review",
      version: 1,
    });
    expect(moved.status).toBe(200);
  });
});

describe("memoranda: audit", () => {
  it("records inserts, updates and deletes of memoranda and parties under the memorandum", async () => {
    const draft = await shymkentDraft();
    const parties = memorandumInput({ branchIds: [shymkentBranch], organizationIds: [boccia] }).parties;
    await shymkentCoordinator.patch(`/api/memoranda/${draft.id}`, {
      version: 1,
      title: { en: "Renamed" },
      parties,
    });
    expect((await shymkentCoordinator.delete(`/api/memoranda/${draft.id}`)).status).toBe(204);
    const history = await admin.get(`/api/audit?entity=memoranda&id=${draft.id}&perPage=100`);
    expect(history.status).toBe(200);
    const rows = history.body.items
      .map((item: { table: string; action: string }) => `${item.table}:${item.action}`)
      .sort();
    expect(rows).toEqual([
      "memoranda:delete",
      "memoranda:insert",
      "memoranda:update",
      "memorandum_parties:delete", // ORDA replaced by Boccia
      "memorandum_parties:delete", // Shymkent branch, with the memorandum
      "memorandum_parties:delete", // Boccia, with the memorandum
      "memorandum_parties:insert",
      "memorandum_parties:insert",
      "memorandum_parties:insert", // Boccia added
    ]);
    const update = history.body.items.find(
      (item: { table: string; action: string }) => item.action === "update",
    );
    expect(update).toMatchObject({
      actorId: shymkentCoordinator.userId,
      before: { version: 1 },
      after: { version: 2 },
    });
  });

  it("lets the scoped coordinator and partner parties read the history, nobody else", async () => {
    const draft = await shymkentDraft();
    const path = `/api/audit?entity=memoranda&id=${draft.id}`;
    expect((await shymkentCoordinator.get(path)).body.total).toBe(3);
    expect((await ordaPartner.get(path)).status).toBe(200);
    expect((await mangystauCoordinator.get(path)).status).toBe(404);
    expect((await bocciaPartner.get(path)).status).toBe(404);
    expect((await viewer.get(path)).status).toBe(404);
    expect((await shymkentCoordinator.get("/api/audit?entity=memoranda&id=not-a-uuid")).status).toBe(404);
  });
});
