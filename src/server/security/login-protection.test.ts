import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, updateUser } from "../modules/auth/users.service.ts";
import { ApiClient, TEST_ORIGIN } from "../test/api-client.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../test/test-context.ts";
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES } from "./login-throttle.ts";

let ctx: TestContext;
let admin: SignedInClient;
const PASSWORD = "a-long-enough-passphrase";

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

async function newUser(email: string) {
  const { user } = await createUser(
    { db: ctx.db, auth: ctx.auth },
    null,
    { email, name: email, role: "viewer" },
    PASSWORD,
  );
  return user;
}

async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  const response = await ctx.app.request("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, "accept-language": "en", ...headers },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    client: new ApiClient(ctx.app, cookie),
  };
}

describe("login lockout", () => {
  it("locks an account after repeated failures, even against the right password, and says so in the caller's language", async () => {
    await newUser("locked@example.kz");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      expect((await signIn("locked@example.kz", `wrong-password-${i}`)).status).toBe(401);
    }
    const locked = await signIn("Locked@Example.kz", PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("rate_limited");
    expect(locked.body.error.message).toMatch(/locked/);
    // Other accounts are not affected.
    await newUser("other@example.kz");
    expect((await signIn("other@example.kz", PASSWORD)).status).toBe(200);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    await newUser("forgetful@example.kz");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signIn("forgetful@example.kz", "nope-nope-nope");
    expect((await signIn("forgetful@example.kz", PASSWORD)).status).toBe(200);
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signIn("forgetful@example.kz", "nope-nope-nope");
    expect((await signIn("forgetful@example.kz", PASSWORD)).status).toBe(200);
  });

  it("rate-limits one client address that tries many accounts", async () => {
    // Behind our proxy: X-Forwarded-For is believed because app.request has no socket address.
    const from = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++)
      await signIn(`spray-${i}@example.kz`, "wrong-password-x", from);
    await newUser("sprayed@example.kz");
    expect((await signIn("sprayed@example.kz", PASSWORD, from)).status).toBe(429);
    expect((await signIn("sprayed@example.kz", PASSWORD, { "x-forwarded-for": "203.0.113.8" })).status).toBe(
      200,
    );
  });
});

describe("password policy", () => {
  it("refuses short, one-character and common passwords when a user is created", async () => {
    for (const password of ["short-pass1", "aaaaaaaaaaaaaaaa", "Password1234"]) {
      await expect(
        createUser(
          { db: ctx.db, auth: ctx.auth },
          null,
          { email: `p${password.length}@example.kz`, name: "P", role: "viewer" },
          password,
        ),
      ).rejects.toMatchObject({
        code: "validation_failed",
        details: [expect.objectContaining({ path: "password" })],
      });
    }
  });

  it("refuses a weak new password on change, with a translated message", async () => {
    await newUser("changer@example.kz");
    const { client } = await signIn("changer@example.kz", PASSWORD);
    const weak = await client.withLang("ru").post("/api/auth/change-password", {
      currentPassword: PASSWORD,
      newPassword: "qwertyuiop123",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/распространён/);
    expect((await signIn("changer@example.kz", PASSWORD)).status).toBe(200);
  });
});

describe("session revocation", () => {
  it("ends the user's other sessions on a password change even when the client does not ask", async () => {
    await newUser("revoke@example.kz");
    const first = await signIn("revoke@example.kz", PASSWORD);
    const second = await signIn("revoke@example.kz", PASSWORD);
    expect((await first.client.get("/api/me")).status).toBe(200);
    const changed = await second.client.post("/api/auth/change-password", {
      currentPassword: PASSWORD,
      newPassword: "another-long-passphrase",
      revokeOtherSessions: false,
    });
    expect(changed.status).toBe(200);
    expect((await first.client.get("/api/me")).status).toBe(401);
    expect((await signIn("revoke@example.kz", "another-long-passphrase")).status).toBe(200);
  });

  it("ends every session of a deactivated user, who can no longer sign in", async () => {
    const user = await newUser("deactivated@example.kz");
    const session = await signIn("deactivated@example.kz", PASSWORD);
    expect((await session.client.get("/api/me")).status).toBe(200);
    const deactivated = await admin.patch(`/api/users/${user.id}`, { active: false });
    expect(deactivated.status).toBe(200);
    expect((await session.client.get("/api/me")).status).toBe(401);
    expect((await signIn("deactivated@example.kz", PASSWORD)).status).not.toBe(200);
    await updateUser(ctx.db, null, user.id, { active: true });
  });
});
