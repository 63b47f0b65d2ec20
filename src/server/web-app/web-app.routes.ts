import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../http/context.ts";
import { translate } from "../i18n/translate.ts";

/** Where `npm run build` (vite.config.ts) writes the staff SPA. */
export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../dist/web");

const IMMUTABLE = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300";

/** The SPA is Vite's output only: no inline script or style, no other origin. */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

interface FoundFile {
  file: string;
  etag: string;
}

async function findFile(root: string, relative: string): Promise<FoundFile | null> {
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null; // `..` in the path
  try {
    const info = await stat(file);
    return info.isFile() ? { file, etag: `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"` } : null;
  } catch {
    return null;
  }
}

async function send(c: Context<AppEnv>, found: FoundFile, cacheControl: string) {
  c.header("Cache-Control", cacheControl);
  c.header("ETag", found.etag);
  if (c.req.header("if-none-match") === found.etag) return c.body(null, 304);
  const type = CONTENT_TYPES[path.extname(found.file)] ?? "application/octet-stream";
  return c.body(await readFile(found.file), 200, { "Content-Type": type });
}

function buildMissing(c: Context<AppEnv>) {
  const locale = c.get("locale") ?? "kk";
  c.header("Cache-Control", "no-store");
  const title = translate(locale, "app.build_missing.title");
  const body = translate(locale, "app.build_missing.body");
  return c.html(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
      `<body><main><h1>${title}</h1><p>${body}</p><pre><code>npm run build</code></pre></main></body></html>`,
    503,
  );
}

/**
 * `GET /app` and `/app/*`: the staff SPA. Hashed files under `assets/` are cached for a year; any other
 * path without a file is a client-side route and gets index.html, which is never cached.
 */
export function webAppRoutes(distDir: string = WEB_DIST_DIR) {
  const root = path.resolve(distDir);
  const handler = async (c: Context<AppEnv>) => {
    c.header("Content-Security-Policy", WEB_APP_CSP);
    const relative = c.req.path.replace(/^\/app\/?/, "");
    const index = await findFile(root, "index.html");
    if (!index) return buildMissing(c);
    if (relative && relative !== "index.html") {
      const found = await findFile(root, relative);
      if (found) return send(c, found, relative.startsWith("assets/") ? IMMUTABLE : SHORT);
      // A missing asset must not be answered with HTML that the browser would try to run.
      if (relative.startsWith("assets/") || path.extname(relative) !== "") return c.notFound();
    }
    return send(c, index, "no-cache");
  };
  return new Hono<AppEnv>().get("/app", handler).get("/app/*", handler);
}
