import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../modules/auth/users.service.ts";
import { TEST_ORIGIN } from "../test/api-client.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../test/test-context.ts";
import { DEFAULT_CSP } from "./security-headers.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

const branchBody = {
  name: { kk: "Филиал", ru: "Филиал" },
  kind: "city",
  regionCode: "KZ-79",
};

describe("security headers", () => {
  it("sends a strict CSP, no framing and no server banner on the public site and the API", async () => {
    for (const path of ["/", "/api/regions", "/api/nothing-here", "/no-such-page"]) {
      const response = await ctx.app.request(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("unsafe-inline");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.has("server"), path).toBe(false);
      expect(response.headers.has("x-powered-by"), path).toBe(false);
      // The test app's base URL is plain http: HSTS there would lock a local install out.
      expect(response.headers.has("strict-transport-security"), path).toBe(false);
    }
    expect(DEFAULT_CSP).not.toContain("'unsafe-eval'");
  });

  it("keeps a route's own policy (the SPA shell)", async () => {
    const response = await ctx.app.request("/app");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("CSRF", () => {
  it("refuses a cookie-carrying write from another origin with 403 and the error body, and writes nothing", async () => {
    const before = await admin.get("/api/branches?perPage=100");
    const forged = await admin.request("POST", "/api/branches", branchBody, {
      origin: "https://evil.example.com",
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error).toMatchObject({ code: "forbidden", message: expect.any(String) });
    const noOrigin = await ctx.app.request("/api/branches", {
      method: "POST",
      headers: { cookie: admin.cookie ?? "", "content-type": "application/json" },
      body: JSON.stringify(branchBody),
    });
    expect(noOrigin.status).toBe(403);
    const crossSite = await ctx.app.request("/api/branches", {
      method: "POST",
      headers: {
        cookie: admin.cookie ?? "",
        "content-type": "application/json",
        "sec-fetch-site": "cross-site",
      },
      body: JSON.stringify(branchBody),
    });
    expect(crossSite.status).toBe(403);
    const after = await admin.get("/api/branches?perPage=100");
    expect(after.body.total).toBe(before.body.total);
  });

  it("accepts the same write from the platform's own origin, or same-origin fetch metadata", async () => {
    const own = await admin.post("/api/branches", branchBody);
    expect(own.status).toBe(201);
    const sameOrigin = await ctx.app.request("/api/branches", {
      method: "POST",
      headers: {
        cookie: admin.cookie ?? "",
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
      },
      body: JSON.stringify({ ...branchBody, name: { kk: "Екінші", ru: "Второй" } }),
    });
    expect(sameOrigin.status).toBe(201);
  });

  it("lets reads from anywhere through (they change nothing)", async () => {
    const read = await admin.request("GET", "/api/branches", undefined, {
      origin: "https://evil.example.com",
    });
    expect(read.status).toBe(200);
  });
});

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax on http", async () => {
    const response = await ctx.app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ email: "nobody@example.kz", password: "wrong-password-123" }),
    });
    expect(response.status).toBe(401);
    await createUser(
      { db: ctx.db, auth: ctx.auth },
      null,
      { email: "http@example.kz", name: "H", role: "viewer" },
      "a-long-enough-passphrase",
    );
    const signedIn = await ctx.app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ email: "http@example.kz", password: "a-long-enough-passphrase" }),
    });
    const session = signedIn.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).not.toMatch(/; Secure/i);
  });
});

describe("session cookies behind TLS", () => {
  let tls: TestContext;
  beforeAll(async () => {
    tls = await createTestContext({ baseUrl: "https://yntymaq.example.kz" });
  });
  afterAll(() => tls.close());

  it("are Secure, HttpOnly and SameSite=Lax, and HSTS is sent", async () => {
    await createUser(
      { db: tls.db, auth: tls.auth },
      null,
      { email: "tls@example.kz", name: "TLS", role: "viewer" },
      "a-long-enough-passphrase",
    );
    const response = await tls.app.request("https://yntymaq.example.kz/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://yntymaq.example.kz" },
      body: JSON.stringify({ email: "tls@example.kz", password: "a-long-enough-passphrase" }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});
