import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../test/api-client.ts";
import {
  addDays,
  createSignedMemorandum,
  databaseToday,
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
} from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let anaPartner: SignedInClient;
let bocciaPartner: SignedInClient;
let today: string;
let memo: {
  id: string;
  parties: Array<{ id: string; organizationId: string | null; branchId: string | null }>;
};
let anaParty: string;
let bocciaParty: string;
let branchParty: string;

beforeAll(async () => {
  ctx = await createTestContext();
  today = await databaseToday(ctx.db);
  const branch = await insertBranch(ctx.db, "KZ-47", "Маңғыстау «Халық Кеңесі»");
  const ana = await insertPartnerOrganization(ctx.db, "Ana Mahabbaty");
  const boccia = await insertPartnerOrganization(ctx.db, "Boccia");
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  anaPartner = await ctx.signIn({ role: "partner", organizationId: ana });
  bocciaPartner = await ctx.signIn({ role: "partner", organizationId: boccia });
  memo = await createSignedMemorandum(
    coordinator,
    memorandumInput({ branchIds: [branch], organizationIds: [ana, boccia] }),
  );
  const partyOf = (id: string) =>
    memo.parties.find((p) => p.organizationId === id || p.branchId === id)?.id ?? "";
  anaParty = partyOf(ana);
  bocciaParty = partyOf(boccia);
  branchParty = partyOf(branch);
});
afterAll(() => ctx.close());

const add = (client: ApiClient, body: object) => client.post(`/api/memoranda/${memo.id}/commitments`, body);

describe("commitments", () => {
  it("are created, listed, updated and deleted by those who write the memorandum", async () => {
    const created = await add(coordinator, {
      partyId: anaParty,
      text: { kk: "Ата-аналарға ай сайын кеңес беру", en: "Monthly consultations for parents" },
      dueDate: addDays(today, 30),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      memorandumId: memo.id,
      partyId: anaParty,
      status: "planned",
      evidence: null,
      overdue: false,
      version: 1,
      permissions: { update: true, delete: true, updateProgress: true },
    });
    const detail = (await ctx.anonymous.get(`/api/memoranda/${memo.id}`)).body;
    expect(detail.commitments).toEqual([
      expect.objectContaining({
        id: created.body.id,
        permissions: { update: false, delete: false, updateProgress: false },
      }),
    ]);
    const updated = await coordinator.patch(`/api/commitments/${created.body.id}`, {
      version: 1,
      partyId: branchParty,
    });
    expect(updated.body).toMatchObject({ partyId: branchParty, version: 2 });
    const stale = await coordinator.patch(`/api/commitments/${created.body.id}`, {
      version: 1,
      status: "done",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect((await coordinator.delete(`/api/commitments/${created.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/memoranda/${memo.id}`)).body.commitments).toEqual([]);
    expect((await coordinator.delete(`/api/commitments/${created.body.id}`)).status).toBe(404);
  });

  it("belong to a party of the same memorandum", async () => {
    const other = await admin.post(
      "/api/memoranda",
      memorandumInput({
        branchIds: [memo.parties[0]?.branchId ?? ""],
        organizationIds: [memo.parties[1]?.organizationId ?? ""],
      }),
    );
    const foreignParty = other.body.parties[0].id;
    const response = await add(admin.withLang("ru"), { partyId: foreignParty, text: { ru: "Чужое" } });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: "partyId", code: "custom", message: "Эта сторона не участвует в данном меморандуме." },
    ]);
    const own = await add(admin, { partyId: anaParty, text: { en: "x" } });
    const moved = await admin.patch(`/api/commitments/${own.body.id}`, { version: 1, partyId: foreignParty });
    expect(moved.status).toBe(400);
  });

  it("are overdue when the due date passed and they are neither done nor cancelled", async () => {
    const late = await add(coordinator, {
      partyId: bocciaParty,
      text: { en: "Boccia tournament" },
      dueDate: addDays(today, -1),
    });
    expect(late.body.overdue).toBe(true);
    const dueToday = await add(coordinator, { partyId: bocciaParty, text: { en: "Report" }, dueDate: today });
    expect(dueToday.body.overdue).toBe(false);
    const done = await coordinator.patch(`/api/commitments/${late.body.id}`, { version: 1, status: "done" });
    expect(done.body).toMatchObject({ status: "done", overdue: false });
    const reopened = await coordinator.patch(`/api/commitments/${late.body.id}`, {
      version: 2,
      status: "in_progress",
    });
    expect(reopened.body.overdue).toBe(true);
    const cancelled = await coordinator.patch(`/api/commitments/${late.body.id}`, {
      version: 3,
      status: "cancelled",
    });
    expect(cancelled.body.overdue).toBe(false);
  });

  it("let a partner report status and evidence of its own party's commitments only", async () => {
    const own = (await add(coordinator, { partyId: anaParty, text: { en: "Open a resource room" } })).body;
    const theirs = (await add(coordinator, { partyId: bocciaParty, text: { en: "Train coaches" } })).body;
    expect((await anaPartner.get(`/api/memoranda/${memo.id}`)).body.commitments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: own.id,
          permissions: { update: false, delete: false, updateProgress: true },
        }),
        expect.objectContaining({
          id: theirs.id,
          permissions: { update: false, delete: false, updateProgress: false },
        }),
      ]),
    );
    const reported = await anaPartner.patch(`/api/commitments/${own.id}`, {
      version: 1,
      status: "in_progress",
      evidence: "Бөлме жабдықталды, 12 бала қабылданды",
    });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({
      status: "in_progress",
      evidence: "Бөлме жабдықталды, 12 бала қабылданды",
      version: 2,
    });
    const rewrite = await anaPartner
      .withLang("en")
      .patch(`/api/commitments/${own.id}`, { version: 2, text: { en: "Nothing" } });
    expect(rewrite.status).toBe(403);
    expect(rewrite.body.error.message).toBe(
      "A partner may change only the status and evidence of its own commitments.",
    );
    expect(
      (await anaPartner.patch(`/api/commitments/${theirs.id}`, { version: 1, status: "done" })).status,
    ).toBe(403);
    expect(
      (await bocciaPartner.patch(`/api/commitments/${own.id}`, { version: 2, status: "done" })).status,
    ).toBe(403);
    expect((await add(anaPartner, { partyId: anaParty, text: { en: "Self-assigned" } })).status).toBe(403);
    expect((await anaPartner.delete(`/api/commitments/${own.id}`)).status).toBe(403);
    expect(
      (await ctx.anonymous.patch(`/api/commitments/${own.id}`, { version: 2, status: "done" })).status,
    ).toBe(401);
    const unchanged = (await admin.get(`/api/memoranda/${memo.id}`)).body.commitments;
    expect(unchanged.find((c: { id: string }) => c.id === own.id)).toMatchObject({
      status: "in_progress",
      version: 2,
    });
    expect(unchanged.find((c: { id: string }) => c.id === theirs.id)).toMatchObject({
      status: "planned",
      version: 1,
    });
  });

  it("of a draft stay hidden from partners who are not party to it", async () => {
    const draft = await admin.post(
      "/api/memoranda",
      memorandumInput({
        branchIds: [memo.parties[0]?.branchId ?? ""],
        organizationIds: [memo.parties[1]?.organizationId ?? ""],
      }),
    );
    const hidden = await admin.post(`/api/memoranda/${draft.body.id}/commitments`, {
      partyId: draft.body.parties[1].id,
      text: { en: "Draft duty" },
    });
    expect(hidden.status).toBe(201);
    expect(
      (await bocciaPartner.patch(`/api/commitments/${hidden.body.id}`, { version: 1, status: "done" }))
        .status,
    ).toBe(404);
    expect((await bocciaPartner.delete(`/api/commitments/${hidden.body.id}`)).status).toBe(404);
  });

  it("are audited under their memorandum", async () => {
    const created = (await add(coordinator, { partyId: branchParty, text: { en: "Audited" } })).body;
    await coordinator.patch(`/api/commitments/${created.id}`, {
      version: 1,
      status: "done",
      evidence: "Act no. 5",
    });
    await coordinator.delete(`/api/commitments/${created.id}`);
    const history = await coordinator.get(`/api/audit?entity=memoranda&id=${memo.id}&perPage=100`);
    const mine = history.body.items.filter(
      (item: { table: string; before: { id?: string } | null; after: { id?: string } | null }) =>
        item.table === "commitments" && (item.before?.id ?? item.after?.id) === created.id,
    );
    expect(mine.map((item: { action: string }) => item.action)).toEqual(["delete", "update", "insert"]);
    expect(mine[1]).toMatchObject({
      actorId: coordinator.userId,
      before: { status: "planned" },
      after: { status: "done", evidence: "Act no. 5" },
    });
  });
});
