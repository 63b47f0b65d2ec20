import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  initiativeInput,
  insertMemorandum,
  insertOrganization,
  setMemorandumReviewState,
} from "../../test/factories/initiatives.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let viewer: SignedInClient;
let signed: string;
let draft: string;
let partnerOrg: string;
const ids: Record<string, string> = {};

/** Almaty region: three visible initiatives and one under a draft memorandum. */
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  viewer = await ctx.signIn({ role: "viewer" });
  partnerOrg = await insertOrganization(ctx.db, "Qamqor Jürek");
  signed = await insertMemorandum(ctx.db, { partyOrganizationIds: [partnerOrg] });
  draft = await insertMemorandum(ctx.db, { reviewState: "in_review" });
  const plan = {
    training: initiativeInput([signed], {
      type: "training",
      regionCode: "KZ-19",
      startDate: "2025-02-01",
      endDate: "2025-02-03",
      reach: { children: 0, parents: 40, specialists: 15 },
    }),
    sport: initiativeInput([signed], {
      type: "sport_event",
      regionCode: "KZ-19",
      startDate: "2025-06-01",
      endDate: null,
      organizationIds: [partnerOrg],
      reach: { children: 60, parents: 30, specialists: 4 },
    }),
    campaign: initiativeInput([signed], {
      type: "campaign",
      regionCode: "KZ-19",
      startDate: "2025-09-01",
      endDate: "2025-12-31",
      reach: { children: 100, parents: 100, specialists: 10 },
    }),
    hidden: initiativeInput([signed, draft], {
      type: "consultation_day",
      regionCode: "KZ-19",
      startDate: "2025-07-15",
      endDate: null,
      reach: { children: 7, parents: 7, specialists: 7 },
    }),
  };
  for (const [name, input] of Object.entries(plan)) {
    const response = await admin.post("/api/initiatives", input);
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    ids[name] = response.body.id;
  }
});
afterAll(() => ctx.close());

const titlesOf = (body: { items: Array<{ id: string }> }) =>
  body.items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

describe("initiatives: public visibility", () => {
  it("hides initiatives under unsigned memoranda from anonymous callers, not from staff", async () => {
    expect((await ctx.anonymous.get(`/api/initiatives/${ids.hidden}`)).status).toBe(404);
    const anonymous = await ctx.anonymous.get("/api/initiatives?region=KZ-19");
    expect(titlesOf(anonymous.body)).toEqual(["campaign", "sport", "training"]);
    const staff = await viewer.get("/api/initiatives?region=KZ-19");
    expect(titlesOf(staff.body)).toEqual(["campaign", "hidden", "sport", "training"]);
    expect((await viewer.get(`/api/initiatives/${ids.hidden}`)).status).toBe(200);
  });

  it("shows them once every memorandum is signed", async () => {
    const other = await insertMemorandum(ctx.db, { reviewState: "approved" });
    const created = await admin.post("/api/initiatives", initiativeInput([other], { regionCode: "KZ-62" }));
    expect((await ctx.anonymous.get(`/api/initiatives/${created.body.id}`)).status).toBe(404);
    await setMemorandumReviewState(ctx.db, other, "signed");
    expect((await ctx.anonymous.get(`/api/initiatives/${created.body.id}`)).status).toBe(200);
  });
});

describe("initiatives: list", () => {
  it("sums reach over the whole filtered set, not the page, and only what the caller sees", async () => {
    const page = await ctx.anonymous.get("/api/initiatives?region=KZ-19&perPage=1&page=2");
    expect(page.body).toMatchObject({
      total: 3,
      page: 2,
      perPage: 1,
      reachTotals: { children: 160, parents: 170, specialists: 29 },
    });
    expect(titlesOf(page.body)).toEqual(["sport"]);
    const staff = await viewer.get("/api/initiatives?region=KZ-19&perPage=1");
    expect(staff.body.total).toBe(4);
    expect(staff.body.reachTotals).toEqual({ children: 167, parents: 177, specialists: 36 });
    const none = await ctx.anonymous.get("/api/initiatives?region=KZ-43");
    expect(none.body).toMatchObject({
      total: 0,
      items: [],
      reachTotals: { children: 0, parents: 0, specialists: 0 },
    });
  });

  it("filters by type, memorandum, organization and dates, and sorts by date", async () => {
    const types = await viewer.get("/api/initiatives?region=KZ-19&type=training,campaign");
    expect(titlesOf(types.body)).toEqual(["campaign", "training"]);
    const byMemorandum = await viewer.get(`/api/initiatives?memorandum=${draft}`);
    expect(titlesOf(byMemorandum.body)).toEqual(["hidden"]);
    const byOrganization = await viewer.get(`/api/initiatives?organization=${partnerOrg}`);
    expect(titlesOf(byOrganization.body)).toEqual(["sport"]);
    // Overlap: the training (1–3 Feb) still runs on 2 Feb; the campaign starts after 30 Jun.
    const window = await viewer.get("/api/initiatives?region=KZ-19&from=2025-02-02&to=2025-06-30&sort=date");
    expect(titlesOf(window.body)).toEqual(["training", "sport"]);
    expect(window.body.reachTotals.children).toBe(60);
  });

  it("rejects bad filters with 400", async () => {
    for (const query of ["from=2025-13-01", "type=picnic", "memorandum=nope", "perPage=500", "sort=title"]) {
      const response = await ctx.anonymous.get(`/api/initiatives?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
  });
});

describe("initiatives: audit", () => {
  it("records insert, update and delete, readable by the region's coordinator only", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-19"] });
    const outsider = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const created = await coordinator.post(
      "/api/initiatives",
      initiativeInput([signed], { regionCode: "KZ-19" }),
    );
    await coordinator.patch(`/api/initiatives/${created.body.id}`, { version: 1, type: "event" });
    const trail = await coordinator.get(`/api/audit?entity=initiatives&id=${created.body.id}`);
    expect(trail.status).toBe(200);
    const entries = trail.body.items.map((e: { action: string; table: string }) => `${e.action}:${e.table}`);
    expect(entries).toEqual(["update:initiatives", "insert:initiative_memoranda", "insert:initiatives"]);
    expect(trail.body.items[0]).toMatchObject({
      actorId: coordinator.userId,
      before: { type: "round_table" },
      after: { type: "event" },
    });
    expect((await outsider.get(`/api/audit?entity=initiatives&id=${created.body.id}`)).status).toBe(404);

    await coordinator.delete(`/api/initiatives/${created.body.id}`);
    const afterDelete = await admin.get(`/api/audit?entity=initiatives&id=${created.body.id}`);
    const deletes = afterDelete.body.items.filter((e: { action: string }) => e.action === "delete");
    expect(deletes.map((e: { table: string }) => e.table).sort()).toEqual([
      "initiative_memoranda",
      "initiatives",
    ]);
    expect(deletes.every((e: { actorId: string }) => e.actorId === coordinator.userId)).toBe(true);
  });
});
