import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let partner: SignedInClient;
let ownDraft: any;
let otherDraft: any;
let archived: any;
let published: any;

const names = (body: { items: Array<{ name: { en: string } }> }) =>
  body.items.map((item) => item.name.en).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  published = await createOrganization(admin, { name: { en: "Vis Published" } });
  ownDraft = await createOrganization(admin, { name: { en: "Vis Own draft" }, published: false });
  otherDraft = await createOrganization(admin, { name: { en: "Vis Other draft" }, published: false });
  archived = await createOrganization(admin, { name: { en: "Vis Archived" }, status: "archived" });
  partner = await ctx.signIn({ role: "partner", organizationId: ownDraft.id });
});
afterAll(() => ctx.close());

describe("organizations: who sees what", () => {
  it("shows anonymous callers only published, active organizations", async () => {
    const list = await ctx.anonymous.get("/api/organizations?q=Vis%20");
    expect(list.body.total).toBe(1);
    expect(names(list.body)).toEqual(["Vis Published"]);
    for (const hidden of [ownDraft, otherDraft, archived]) {
      const response = await ctx.anonymous.withLang("en").get(`/api/organizations/${hidden.id}`);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe("The requested record was not found.");
    }
    // Asking for drafts explicitly does not reveal them either.
    expect((await ctx.anonymous.get("/api/organizations?q=Vis%20&published=false")).body.total).toBe(0);
    expect((await ctx.anonymous.get("/api/organizations?q=Vis%20&status=archived")).body.total).toBe(0);
  });

  it("shows a partner the public ones plus its own draft", async () => {
    const list = await partner.get("/api/organizations?q=Vis%20");
    expect(names(list.body)).toEqual(["Vis Own draft", "Vis Published"]);
    expect((await partner.get(`/api/organizations/${ownDraft.id}`)).status).toBe(200);
    expect((await partner.get(`/api/organizations/${otherDraft.id}`)).status).toBe(404);
  });

  it("shows staff every organization", async () => {
    for (const client of [
      admin,
      await ctx.signIn({ role: "viewer" }),
      await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] }),
    ]) {
      const list = await client.get("/api/organizations?q=Vis%20");
      expect(list.body.total).toBe(4);
      expect((await client.get(`/api/organizations/${archived.id}`)).status).toBe(200);
    }
  });
});

describe("organizations: partner writes", () => {
  it("lets a partner edit its own profile but not status or published", async () => {
    const own = await partner.patch(`/api/organizations/${ownDraft.id}`, {
      version: ownDraft.version,
      phone: "+7 7252 40 40 40",
      targetGroups: ["asd", "hearing"],
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      phone: "+7 7252 40 40 40",
      targetGroups: ["asd", "hearing"],
      permissions: { update: true, delete: false, verify: false },
    });
    ownDraft = own.body;
    for (const change of [{ published: true }, { status: "archived" }]) {
      const denied = await partner.withLang("kk").patch(`/api/organizations/${ownDraft.id}`, {
        version: ownDraft.version,
        ...change,
      });
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe("Бұл әрекетке рұқсатыңыз жоқ.");
    }
    expect((await partner.delete(`/api/organizations/${ownDraft.id}`)).status).toBe(403);
    expect((await partner.post(`/api/organizations/${ownDraft.id}/verify`)).status).toBe(403);
    const after = await admin.get(`/api/organizations/${ownDraft.id}`);
    expect(after.body).toMatchObject({ published: false, status: "active", version: ownDraft.version });
  });

  it("forbids a partner to change another organization, and nothing changes", async () => {
    const visible = await partner.patch(`/api/organizations/${published.id}`, {
      version: 1,
      phone: "+7 700 666",
    });
    expect(visible.status).toBe(403);
    const invisible = await partner.patch(`/api/organizations/${otherDraft.id}`, {
      version: 1,
      phone: "+7 700 666",
    });
    expect(invisible.status).toBe(404);
    for (const org of [published, otherDraft]) {
      const after = await admin.get(`/api/organizations/${org.id}`);
      expect(after.body).toMatchObject({ version: 1, phone: null });
    }
    expect(
      (
        await partner.post("/api/organizations", {
          name: { en: "Mine" },
          type: "private_centre",
          level: "city",
        })
      ).status,
    ).toBe(403);
  });
});

describe("organizations: filters, sort and pagination", () => {
  beforeAll(async () => {
    const specs = [
      {
        name: { kk: "Флт Ана Махаббаты қоры", en: "Flt Ana Mahabbaty" },
        type: "public_foundation",
        level: "region",
        regionsServed: ["KZ-47"],
        targetGroups: ["asd", "other"],
      },
      {
        name: { ru: "Флт Бочча федерация", en: "Flt Boccia" },
        type: "sport_federation",
        level: "region",
        regionsServed: ["KZ-47"],
        targetGroups: ["cerebral_palsy"],
      },
      {
        name: { en: "Flt ORDA parents" },
        type: "parents_association",
        level: "city",
        regionsServed: ["KZ-79"],
        targetGroups: ["asd"],
      },
      {
        name: { en: "Flt Qamqor Jurek" },
        type: "public_association",
        level: "region",
        regionsServed: ["KZ-19", "KZ-47"],
        targetGroups: ["other"],
      },
      {
        name: { en: "Flt Union of parents" },
        type: "republican_association",
        level: "republic",
        regionsServed: [],
        targetGroups: ["asd"],
        published: false,
      },
    ] as const;
    for (const spec of specs)
      await createOrganization(admin, {
        ...spec,
        regionsServed: [...spec.regionsServed],
        targetGroups: [...spec.targetGroups],
      });
    const boccia = (await admin.get("/api/organizations?q=Boccia")).body.items[0];
    await admin.post(`/api/organizations/${boccia.id}/verify`);
  });

  const totalOf = async (query: string, client: SignedInClient | TestContext["anonymous"] = admin) => {
    const response = await client.get(`/api/organizations?q=Flt&${query}`);
    expect(response.status).toBe(200);
    return { total: response.body.total, names: response.body.items.map((i: any) => i.name.en) };
  };

  it("searches names in any language", async () => {
    expect((await admin.get("/api/organizations?q=махаббаты")).body.total).toBe(1);
    expect((await admin.get("/api/organizations?q=БОЧЧА")).body.items[0].name.en).toBe("Flt Boccia");
    expect((await admin.get("/api/organizations?q=%25")).body.total).toBe(0);
  });

  it("filters by served region, type, level, target group, published and verified", async () => {
    expect((await totalOf("region=KZ-47")).total).toBe(3);
    expect((await totalOf("region=KZ-19,KZ-79")).names.sort()).toEqual([
      "Flt ORDA parents",
      "Flt Qamqor Jurek",
    ]);
    expect((await totalOf("type=sport_federation,public_foundation")).total).toBe(2);
    expect((await totalOf("level=republic")).names).toEqual(["Flt Union of parents"]);
    expect((await totalOf("targetGroup=asd")).total).toBe(3);
    expect((await totalOf("targetGroup=asd&region=KZ-47")).names).toEqual(["Flt Ana Mahabbaty"]);
    expect((await totalOf("published=false")).total).toBe(1);
    expect((await totalOf("verified=true")).names).toEqual(["Flt Boccia"]);
    expect((await totalOf("verified=false")).total).toBe(4);
    expect((await totalOf("status=archived")).total).toBe(0);
    expect((await totalOf("targetGroup=asd", ctx.anonymous)).total).toBe(2);
  });

  it("sorts and paginates with correct totals", async () => {
    // The sort key is the Kazakh name, else Russian, else English: Latin sorts before Cyrillic.
    const byName = await totalOf("sort=-name&perPage=2&page=2");
    expect(byName.total).toBe(5);
    expect(byName.names).toEqual(["Flt Union of parents", "Flt Qamqor Jurek"]);
    const last = await totalOf("sort=name&perPage=2&page=3");
    expect(last).toEqual({ total: 5, names: ["Flt Boccia"] });
    const first = await totalOf("sort=name&perPage=3");
    expect(first.names).toEqual(["Flt ORDA parents", "Flt Qamqor Jurek", "Flt Union of parents"]);
    const verifiedLast = await totalOf("sort=-lastVerifiedAt&perPage=1");
    expect(verifiedLast.names).toEqual(["Flt Boccia"]);
    const created = await totalOf("sort=-createdAt&perPage=1");
    expect(created.names).toEqual(["Flt Union of parents"]);
  });

  it("rejects bad filters with 400", async () => {
    for (const query of ["type=castle", "region=KZ", "verified=maybe", "sort=bin", "perPage=500"]) {
      const response = await admin.get(`/api/organizations?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
  });
});
