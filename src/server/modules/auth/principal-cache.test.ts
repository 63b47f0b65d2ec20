import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserPrincipal } from "../../http/principal.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { PrincipalCache } from "./principal-cache.ts";

let ctx: TestContext;
let admin: SignedInClient;
let client: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await ctx.close();
});

const authVersion = async () =>
  Number((await client.query("SELECT version FROM auth_state WHERE id = 1")).rows[0]?.version);

describe("auth version", () => {
  it("grows at the commit of a change to users or sessions, not at a new session or a no-op", async () => {
    const before = await authVersion();
    await ctx.signIn({ role: "viewer" });
    expect(await authVersion()).toBe(before);

    await client.query("BEGIN");
    await client.query("UPDATE users SET name = name || '.' WHERE id = $1", [admin.userId]);
    expect(await authVersion()).toBe(before);
    await client.query("COMMIT");
    expect(await authVersion()).toBe(before + 1);

    await client.query("DELETE FROM sessions WHERE expires_at < now() - interval '100 years'");
    expect(await authVersion()).toBe(before + 1);
  });
});

describe("signed-in requests", () => {
  it("ask better-auth once for repeated requests of one session", async () => {
    const viewer = await ctx.signIn({ role: "viewer" });
    const getSession = vi.spyOn(ctx.auth.api, "getSession");
    try {
      for (let i = 0; i < 5; i++) expect((await viewer.get("/api/me")).status).toBe(200);
      expect(getSession).toHaveBeenCalledTimes(1);
    } finally {
      getSession.mockRestore();
    }
  });

  it("see new regions and a deactivation on the very next request", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    expect((await coordinator.get("/api/me")).body.user.regionCodes).toEqual(["KZ-79"]);

    const moved = await admin.patch(`/api/users/${coordinator.userId}`, { regionCodes: ["KZ-47"] });
    expect(moved.status).toBe(200);
    expect((await coordinator.get("/api/me")).body.user.regionCodes).toEqual(["KZ-47"]);

    const deactivated = await admin.patch(`/api/users/${coordinator.userId}`, { active: false });
    expect(deactivated.status).toBe(200);
    expect((await coordinator.get("/api/me")).status).toBe(401);
  });

  it("see a session deleted by another process (sign-out elsewhere, revocation)", async () => {
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.get("/api/me")).status).toBe(200);
    await client.query("DELETE FROM sessions WHERE user_id = $1", [viewer.userId]);
    expect((await viewer.get("/api/me")).status).toBe(401);
  });

  it("see a sign-out", async () => {
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.get("/api/me")).status).toBe(200);
    expect((await viewer.post("/api/auth/sign-out", {})).status).toBe(200);
    expect((await viewer.get("/api/me")).status).toBe(401);
  });
});

describe("PrincipalCache", () => {
  const principal: UserPrincipal = {
    kind: "user",
    id: "u1",
    role: "viewer",
    regionCodes: [],
    organizationId: null,
  };
  const resolved = (expiresAt = new Date(Date.now() + 3_600_000)) =>
    vi.fn(async () => ({ principal, expiresAt }));

  it("asks again after its time to live and after the session's expiry", async () => {
    let now = 1_000_000;
    const cache = new PrincipalCache(10, 60_000, () => now);
    const resolve = vi.fn(async () => ({ principal, expiresAt: new Date(now + 120_000) }));
    await cache.get(ctx.db, "a", resolve);
    now += 59_000;
    await cache.get(ctx.db, "a", resolve);
    expect(resolve).toHaveBeenCalledTimes(1);
    now += 2_000;
    await cache.get(ctx.db, "a", resolve);
    expect(resolve).toHaveBeenCalledTimes(2);

    const shortLived = resolved(new Date(now + 1_000));
    await cache.get(ctx.db, "b", shortLived);
    now += 1_500;
    await cache.get(ctx.db, "b", shortLived);
    expect(shortLived).toHaveBeenCalledTimes(2);
  });

  it("keeps no anonymous answer and at most its capacity, dropping the least recently used", async () => {
    const cache = new PrincipalCache(2);
    const nobody = vi.fn(async () => null);
    expect(await cache.get(ctx.db, "forged", nobody)).toBeNull();
    expect(await cache.get(ctx.db, "forged", nobody)).toBeNull();
    expect(nobody).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);

    const first = resolved();
    await cache.get(ctx.db, "first", first);
    await cache.get(ctx.db, "second", resolved());
    await cache.get(ctx.db, "first", first); // now the most recent
    await cache.get(ctx.db, "third", resolved());
    expect(cache.size).toBe(2);
    await cache.get(ctx.db, "first", first);
    expect(first).toHaveBeenCalledTimes(1);
  });
});
