import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, TEST_ORIGIN } from "../../test/api-client.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

async function signInWith(email: string, password: string) {
  const response = await ctx.app.request("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { status: response.status, client: new ApiClient(ctx.app, cookie) };
}

describe("users and sessions", () => {
  it("lets an admin invite a coordinator, who signs in with the one-time password and sees its scope", async () => {
    const invited = await admin.post("/api/users", {
      email: "Coordinator.Shymkent@example.kz",
      name: "Aigerim",
      role: "coordinator",
      regionCodes: ["KZ-79"],
      locale: "ru",
    });
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({
      email: "coordinator.shymkent@example.kz",
      role: "coordinator",
      regionCodes: ["KZ-79"],
    });
    expect(invited.body.password.length).toBeGreaterThanOrEqual(12);

    const { status, client } = await signInWith("coordinator.shymkent@example.kz", invited.body.password);
    expect(status).toBe(200);
    const me = await client.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.user.regionCodes).toEqual(["KZ-79"]);
    expect(me.body.capabilities).toMatchObject({
      createMemorandum: true,
      manageUsers: false,
      createOrganization: true,
    });
  });

  it("refuses a wrong password and unknown e-mail", async () => {
    expect((await signInWith("nobody@example.kz", "whatever-password")).status).toBe(401);
    const viewer = await admin.post("/api/users", { email: "viewer@example.kz", name: "V", role: "viewer" });
    expect(viewer.status).toBe(201);
    expect((await signInWith("viewer@example.kz", "not-the-password")).status).toBe(401);
  });

  it("validates the scope a role needs, in the caller's language", async () => {
    const noRegion = await admin
      .withLang("ru")
      .post("/api/users", { email: "c2@example.kz", name: "C", role: "coordinator" });
    expect(noRegion.status).toBe(400);
    expect(noRegion.body.error.details[0]).toMatchObject({
      path: "regionCodes",
      message: "Для координатора выберите хотя бы один регион.",
    });
    const noOrg = await admin
      .withLang("kk")
      .post("/api/users", { email: "p2@example.kz", name: "P", role: "partner" });
    expect(noOrg.body.error.details[0].message).toBe("Серіктес пайдаланушыға ұйымды таңдаңыз.");
    const unknownOrg = await admin.post("/api/users", {
      email: "p3@example.kz",
      name: "P",
      role: "partner",
      organizationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownOrg.status).toBe(400);
    const duplicate = await admin
      .withLang("en")
      .post("/api/users", { email: "VIEWER@example.kz", name: "V", role: "viewer" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe("A user with this e-mail already exists.");
  });

  it("keeps user management to admins", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    expect((await coordinator.get("/api/users")).status).toBe(403);
    expect(
      (await coordinator.post("/api/users", { email: "x@example.kz", name: "X", role: "admin" })).status,
    ).toBe(403);
    expect((await ctx.anonymous.get("/api/users")).status).toBe(401);
    expect((await ctx.anonymous.get("/api/me")).status).toBe(401);
    const list = await admin.get("/api/users?role=coordinator&perPage=100");
    expect(list.status).toBe(200);
    expect(list.body.items.every((u: { role: string }) => u.role === "coordinator")).toBe(true);
  });

  it("ends the sessions of a deactivated user and refuses their next sign-in", async () => {
    const invited = await admin.post("/api/users", { email: "leaver@example.kz", name: "L", role: "viewer" });
    const { client } = await signInWith("leaver@example.kz", invited.body.password);
    expect((await client.get("/api/me")).status).toBe(200);
    const deactivated = await admin.patch(`/api/users/${invited.body.user.id}`, { active: false });
    expect(deactivated.body.active).toBe(false);
    expect((await client.get("/api/me")).status).toBe(401);
    expect((await signInWith("leaver@example.kz", invited.body.password)).status).not.toBe(200);
  });

  it("has sign-up switched off: users only come from an admin or the CLI", async () => {
    const response = await ctx.app.request("/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ email: "self@example.kz", password: "a-long-password-1", name: "Self" }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
