import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "./test/test-context.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const EXPECTED_PATHS = [
  "/api/regions",
  "/api/regions/{code}",
  "/api/branches",
  "/api/branches/{id}",
  "/api/organizations",
  "/api/organizations/{id}",
  "/api/services",
  "/api/services/{id}",
  "/api/service-categories",
  "/api/memoranda",
  "/api/memoranda/{id}",
  "/api/memoranda/{id}/transitions",
  "/api/initiatives",
  "/api/practices",
  "/api/news",
  "/api/users",
  "/api/me",
  "/api/audit",
];

describe("the app", () => {
  it("serves an OpenAPI 3.1 document covering every module, with error responses documented", async () => {
    const { status, body } = await ctx.anonymous.get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const paths = Object.keys(body.paths);
    for (const expected of EXPECTED_PATHS) expect(paths).toContain(expected);
    for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(
      body.paths,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const codes = Object.keys(operation.responses);
        expect(
          codes.some((c) => c.startsWith("2")),
          `${method} ${path} documents success`,
        ).toBe(true);
        expect(
          codes.some((c) => c.startsWith("4")),
          `${method} ${path} documents errors`,
        ).toBe(true);
      }
    }
  });

  it("answers unknown API paths with the JSON error body", async () => {
    const { status, body } = await ctx.anonymous.withLang("ru").get("/api/does-not-exist");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: "Запрошенная запись не найдена." } });
  });

  it("sends security headers and no server banner", async () => {
    const { headers } = await ctx.anonymous.get("/api/health");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-powered-by")).toBeNull();
    expect(headers.get("server")).toBeNull();
  });

  it("rejects an oversized body with 413 and the error body", async () => {
    const admin = await ctx.signIn({ role: "admin" });
    const huge = { kind: "city", regionCode: "KZ-79", name: { en: "x".repeat(1_100_000) } };
    const response = await admin.post("/api/branches?lang=en", huge);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
  });

  it("prefers ?lang over Accept-Language and defaults to Kazakh", async () => {
    const kk = await ctx.anonymous.get("/api/regions/KZ-00");
    expect(kk.body.error.message).toBe("Сұралған жазба табылмады.");
    const en = await ctx.anonymous.withLang("ru-RU,ru;q=0.9").get("/api/regions/KZ-00?lang=en");
    expect(en.body.error.message).toBe("The requested record was not found.");
    const ru = await ctx.anonymous.withLang("de-DE, ru;q=0.5").get("/api/regions/KZ-00");
    expect(ru.body.error.message).toBe("Запрошенная запись не найдена.");
  });
});
