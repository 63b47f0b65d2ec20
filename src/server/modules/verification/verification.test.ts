import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../db/client.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { services } from "../services/services.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
const ids = { shymkent: "", aktau: "", closed: "", fresh: "", old: "", never: "" };

const ageService = (id: string, months: number) =>
  withActor(ctx.db, null, (tx) =>
    tx
      .update(services)
      .set({ lastVerifiedAt: sql`now() - make_interval(months => ${months}::int)` })
      .where(eq(services.id, id)),
  );

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  const shymkent = await createOrganization(admin, {
    name: { en: "Shymkent centre" },
    regionsServed: ["KZ-79"],
  });
  const aktau = await createOrganization(admin, { name: { en: "Aktau club" }, regionsServed: ["KZ-47"] });
  const closed = await createOrganization(admin, { name: { en: "Closed centre" }, regionsServed: ["KZ-79"] });
  const shymkentPlace = await createLocation(admin, shymkent.id);
  ids.shymkent = shymkent.id;
  ids.aktau = aktau.id;
  ids.closed = closed.id;
  ids.fresh = (
    await createService(admin, shymkent.id, { name: { en: "Fresh" }, locationIds: [shymkentPlace.id] })
  ).id;
  ids.old = (await createService(admin, shymkent.id, { name: { en: "Old" } })).id;
  ids.never = (await createService(admin, aktau.id, { name: { en: "Never" } })).id;
  await createService(admin, shymkent.id, { name: { en: "Draft" }, published: false });
  await createService(admin, closed.id, { name: { en: "In closed" } });
  await admin.post(`/api/services/${ids.fresh}/verify`);
  await ageService(ids.old, 18);
  for (const id of [ids.shymkent, ids.aktau]) await admin.post(`/api/organizations/${id}/verify`);
  await admin.patch(`/api/organizations/${closed.id}`, { version: 1, status: "archived" });
});
afterAll(() => ctx.close());

const keys = (body: any) => body.items.map((item: any) => `${item.kind}:${item.name.en}`);

describe("verification: listings due for re-verification", () => {
  it("lists published, active listings never verified or verified too long ago, never verified first", async () => {
    const { status, body } = await admin.get("/api/verification/due");
    expect(status).toBe(200);
    expect(keys(body)).toEqual(["service:Never", "service:Old"]);
    expect(body.total).toBe(2);
    expect(body.items[0]).toMatchObject({
      id: ids.never,
      organizationId: ids.aktau,
      organizationName: { en: "Aktau club" },
      lastVerifiedAt: null,
      permissions: { verify: true },
    });
    expect(Date.parse(body.items[1].lastVerifiedAt)).toBeLessThan(Date.now() - 365 * 24 * 3600 * 1000);
  });

  it("takes the age limit in months, a kind and regions", async () => {
    expect(keys((await admin.get("/api/verification/due?months=24")).body)).toEqual(["service:Never"]);
    expect((await admin.get("/api/verification/due?kind=organization")).body.total).toBe(0);
    await ctx.db.execute(
      sql`update organizations set last_verified_at = now() - interval '2 years' where id = ${ids.aktau}`,
    );
    expect(keys((await admin.get("/api/verification/due?kind=organization")).body)).toEqual([
      "organization:Aktau club",
    ]);
    expect(keys((await admin.get("/api/verification/due?region=KZ-79")).body)).toEqual(["service:Old"]);
    expect(keys((await admin.get("/api/verification/due?perPage=1&page=2")).body)).toHaveLength(1);
  });

  it("scopes the list to a coordinator's regions and a partner's own organization", async () => {
    const shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const mine = (await shymkentCoordinator.get("/api/verification/due")).body;
    expect(keys(mine)).toEqual(["service:Old"]);
    expect(mine.items[0].permissions.verify).toBe(false);
    expect((await shymkentCoordinator.get("/api/verification/due?region=KZ-47")).body.total).toBe(0);
    const partner = await ctx.signIn({ role: "partner", organizationId: ids.aktau });
    expect(keys((await partner.get("/api/verification/due")).body)).toEqual([
      "service:Never",
      "organization:Aktau club",
    ]);
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.get("/api/verification/due")).body.total).toBe(3);
  });

  it("drops a listing once it is verified; needs a signed-in caller and valid input", async () => {
    await admin.post(`/api/services/${ids.old}/verify`);
    expect(keys((await admin.get("/api/verification/due?kind=service")).body)).toEqual(["service:Never"]);
    expect((await ctx.anonymous.get("/api/verification/due")).status).toBe(401);
    for (const query of ["months=0", "kind=branch", "region=KZ", "perPage=500"]) {
      expect((await admin.get(`/api/verification/due?${query}`)).status, query).toBe(400);
    }
  });
});
