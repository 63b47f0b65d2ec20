import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../http/context.ts";
import { negotiateLocale } from "../i18n/translate.ts";
import { WEB_APP_CSP, webAppRoutes } from "./web-app.routes.ts";

let dist: string;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/app/assets/index-Ab12.js"></script></head></html>';

function appFor(distDir: string) {
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("locale", negotiateLocale(c.req.query("lang"), c.req.header("accept-language")));
    await next();
  });
  app.route("/", webAppRoutes(distDir));
  app.notFound((c) => c.text("not found", 404));
  return app;
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), "yntymaq-web-"));
  await mkdir(path.join(dist, "assets"));
  await writeFile(path.join(dist, "index.html"), INDEX);
  await writeFile(path.join(dist, "assets/index-Ab12.js"), "console.log('app')");
  await writeFile(path.join(dist, "robots.txt"), "User-agent: *\nDisallow: /\n");
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe("the staff SPA at /app", () => {
  it("answers /app and every client route with index.html, never cached, under a strict CSP", async () => {
    const app = appFor(dist);
    for (const url of ["/app", "/app/", "/app/users", "/app/users/abc?page=2", "/app/sign-in"]) {
      const response = await app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toBe(WEB_APP_CSP);
      expect(await response.text()).toBe(INDEX);
    }
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).not.toContain("unsafe-inline");
  });

  it("serves hashed assets for a year and revalidates with the ETag", async () => {
    const app = appFor(dist);
    const response = await app.request("/app/assets/index-Ab12.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe("console.log('app')");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await app.request("/app/assets/index-Ab12.js", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const other = await app.request("/app/robots.txt");
    expect(other.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("answers 404, not HTML, for a missing asset or file, and never leaves the build folder", async () => {
    const app = appFor(dist);
    expect((await app.request("/app/assets/index-Gone.js")).status).toBe(404);
    expect((await app.request("/app/favicon.ico")).status).toBe(404);
    for (const url of ["/app/../package.json", "/app/%2e%2e/%2e%2e/package.json", "/app/..%2fpackage.json"]) {
      const response = await app.request(url);
      expect(await response.text(), url).not.toContain('"name"');
    }
  });

  it("says in the caller's language to run the build when dist/web is missing", async () => {
    const app = appFor(path.join(dist, "does-not-exist"));
    const response = await app.request("/app/users", { headers: { "accept-language": "ru" } });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain("Кабинет сотрудников ещё не собран");
    expect(html).toContain("npm run build");
  });
});
