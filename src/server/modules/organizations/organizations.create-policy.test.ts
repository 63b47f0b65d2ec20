import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkent: SignedInClient;
let twoRegions: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkent = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  twoRegions = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79", "KZ-61"] });
});
afterAll(() => ctx.close());

const countNamed = async (en: string) =>
  (await admin.get(`/api/organizations?q=${encodeURIComponent(en)}`)).body.total as number;

describe("organizations: who may register one", () => {
  it("lets a coordinator register an organization serving only its own regions", async () => {
    const created = await shymkent.post(
      "/api/organizations",
      organizationInput({ name: { kk: "«ORDA» ата-аналар бірлестігі", en: "ORDA parents" } }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: { en: "ORDA parents" },
      regionsServed: ["KZ-79"],
      status: "active",
      // Registering does not make it the coordinator's to edit: that stays with admins and its partner.
      permissions: { update: false, delete: false, verify: false },
    });
    const both = await twoRegions.post(
      "/api/organizations",
      organizationInput({ name: { en: "Turkistan and Shymkent centre" }, regionsServed: ["KZ-61", "KZ-79"] }),
    );
    expect(both.status).toBe(201);
    expect([...both.body.regionsServed].sort()).toEqual(["KZ-61", "KZ-79"]);
    // It is audited under the coordinator.
    const history = await shymkent.get(`/api/audit?entity=organizations&id=${created.body.id}`);
    expect(history.status).toBe(200);
    expect(history.body.items.find((entry: any) => entry.table === "organizations").actorId).toBe(
      shymkent.userId,
    );
    const me = await shymkent.get("/api/me");
    expect(me.body.capabilities.createOrganization).toBe(true);
  });

  it("forbids a coordinator an organization serving another region, or no region, and writes nothing", async () => {
    const cases = [
      { name: { en: "Aktau only" }, regionsServed: ["KZ-47"] },
      { name: { en: "Aktau and Shymkent" }, regionsServed: ["KZ-79", "KZ-47"] },
      { name: { en: "Nowhere in particular" }, regionsServed: [] },
    ];
    for (const overrides of cases) {
      const denied = await shymkent.withLang("ru").post("/api/organizations", organizationInput(overrides));
      expect(denied.status, overrides.name.en).toBe(403);
      expect(denied.body.error).toMatchObject({
        code: "forbidden",
        message:
          "Координатор может зарегистрировать только организацию, которая работает лишь в его регионах.",
      });
      expect(await countNamed(overrides.name.en)).toBe(0);
    }
  });

  it("still checks the input first, and keeps viewers and partners out", async () => {
    const invalid = await shymkent.post("/api/organizations", organizationInput({ bin: "123" }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0].path).toBe("bin");
    const viewer = await ctx.signIn({ role: "viewer" });
    const partnerOrg = (await admin.post("/api/organizations", organizationInput({ name: { en: "Own" } })))
      .body;
    const partner = await ctx.signIn({ role: "partner", organizationId: partnerOrg.id });
    for (const client of [viewer, partner]) {
      const denied = await client
        .withLang("en")
        .post("/api/organizations", organizationInput({ name: { en: "Sneaky" } }));
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe("You are not allowed to do this.");
    }
    expect(await countNamed("Sneaky")).toBe(0);
    // An admin is not limited to regions of its own.
    const anywhere = await admin.post(
      "/api/organizations",
      organizationInput({ name: { en: "Republic-wide" }, regionsServed: [] }),
    );
    expect(anywhere.status).toBe(201);
  });
});
