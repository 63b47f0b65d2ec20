import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { postReportForm } from "../../test/factories/reports.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let viewer: SignedInClient;
let shymkentCoordinator: SignedInClient;
let mangystauCoordinator: SignedInClient;
let abaiCoordinator: SignedInClient;
let shymkentPartner: SignedInClient;
const reportIds = new Map<string, string>();
let shymkentOrganization: string;

const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id).sort();
const expected = (...keys: string[]) => keys.map((key) => reportIds.get(key)!).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  const services = await seedDirectory(admin);
  shymkentOrganization = (await admin.get(`/api/services/${services.get("speech-shymkent")}`)).body
    .organizationId;
  const submissions: Array<[string, string]> = [
    ["shymkent-service", `/services/${services.get("speech-shymkent")}/report`],
    ["shymkent-organization", `/organizations/${shymkentOrganization}/report`],
    ["aktau-service", `/services/${services.get("boccia-aktau")}/report`],
  ];
  for (const [key, path] of submissions) {
    const response = await postReportForm(ctx, path, {
      message: `Wrong phone on ${key}`,
      contact: `${key}@example.kz`,
    });
    if (response.status !== 303) throw new Error(`report on ${key} failed: ${response.status}`);
    const { body } = await admin.get("/api/reports?perPage=1");
    reportIds.set(key, body.items[0].id);
  }
  viewer = await ctx.signIn({ role: "viewer" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  abaiCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-10"] });
  shymkentPartner = await ctx.signIn({ role: "partner", organizationId: shymkentOrganization });
});
afterAll(() => ctx.close());

describe("reports: the staff queue", () => {
  it("shows admins every report, newest first, with the reporter's contact and the listing's name", async () => {
    const { status, body } = await admin.get("/api/reports");
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items.map((item: any) => item.id)).toEqual(
      ["aktau-service", "shymkent-organization", "shymkent-service"].map((key) => reportIds.get(key)),
    );
    expect(body.items[2]).toMatchObject({
      entityKind: "service",
      entityName: { ru: "Логопедический кабинет «Сөйле»" },
      message: "Wrong phone on shymkent-service",
      contact: "shymkent-service@example.kz",
      locale: "kk",
      status: "open",
      resolutionNote: null,
      resolvedBy: null,
      permissions: { resolve: true },
    });
    expect(body.items[2]).not.toHaveProperty("ipHash");
  });

  it("scopes coordinators to their regions and partners to their own listings", async () => {
    expect(idsOf((await viewer.get("/api/reports")).body)).toEqual(
      expected("shymkent-service", "shymkent-organization", "aktau-service"),
    );
    expect(idsOf((await shymkentCoordinator.get("/api/reports")).body)).toEqual(
      expected("shymkent-service", "shymkent-organization"),
    );
    expect(idsOf((await mangystauCoordinator.get("/api/reports")).body)).toEqual(expected("aktau-service"));
    const abai = await abaiCoordinator.get("/api/reports");
    expect(abai.body).toMatchObject({ items: [], total: 0 });

    const partner = await shymkentPartner.get("/api/reports");
    expect(idsOf(partner.body)).toEqual(expected("shymkent-service", "shymkent-organization"));
    expect(partner.body.items.map((item: any) => [item.contact, item.permissions.resolve])).toEqual([
      [null, false],
      [null, false],
    ]);
    expect((await viewer.get("/api/reports")).body.items[0].permissions.resolve).toBe(false);
    expect((await ctx.anonymous.get("/api/reports")).status).toBe(401);
  });

  it("filters by entity kind and status and paginates", async () => {
    const organizations = await admin.get("/api/reports?entityKind=organization");
    expect(idsOf(organizations.body)).toEqual(expected("shymkent-organization"));
    const second = await admin.get("/api/reports?perPage=1&page=2&sort=createdAt");
    expect(second.body).toMatchObject({ total: 3, page: 2, perPage: 1 });
    expect(second.body.items[0].id).toBe(reportIds.get("shymkent-organization"));
    expect((await admin.get("/api/reports?status=closed")).status).toBe(400);
  });

  it("lets only admins and the coordinator of the region resolve, once, with a note and an audit trail", async () => {
    const id = reportIds.get("shymkent-service")!;
    expect((await abaiCoordinator.post(`/api/reports/${id}/resolve`, { note: "Not mine" })).status).toBe(404);
    expect((await viewer.post(`/api/reports/${id}/resolve`, { note: "Looked" })).status).toBe(403);
    expect((await shymkentPartner.post(`/api/reports/${id}/resolve`, { note: "Fixed" })).status).toBe(403);
    const empty = await shymkentCoordinator.post(`/api/reports/${id}/resolve`, { note: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe("note");

    const resolved = await shymkentCoordinator.post(`/api/reports/${id}/resolve`, {
      note: "Called the centre; the phone number is updated.",
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      id,
      status: "resolved",
      resolutionNote: "Called the centre; the phone number is updated.",
      resolvedBy: shymkentCoordinator.userId,
      permissions: { resolve: false },
    });
    expect(Date.now() - Date.parse(resolved.body.resolvedAt)).toBeLessThan(60_000);

    const again = await admin.post(`/api/reports/${id}/resolve`, { note: "Again" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("invalid_transition");

    const open = await admin.get("/api/reports?status=open");
    expect(idsOf(open.body)).toEqual(expected("shymkent-organization", "aktau-service"));
    const done = await admin.get("/api/reports?status=resolved");
    expect(idsOf(done.body)).toEqual([id]);

    const audit = await shymkentCoordinator.get(`/api/audit?entity=reports&id=${id}`);
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((entry: any) => [entry.action, entry.actorId]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["insert", null],
        ["update", shymkentCoordinator.userId],
      ]),
    );
    expect((await mangystauCoordinator.get(`/api/audit?entity=reports&id=${id}`)).status).toBe(404);
  });

  it("lets an admin resolve any report", async () => {
    const id = reportIds.get("aktau-service")!;
    const response = await admin.post(`/api/reports/${id}/resolve`, { note: "Checked with the federation." });
    expect(response.body).toMatchObject({ status: "resolved", resolvedBy: admin.userId });
  });
});
