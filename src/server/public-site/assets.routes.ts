import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import type { AppEnv } from "../http/context.ts";

const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "assets");
const FILE_NAME = /^[a-z0-9-]+\.(css|js)$/;
const CONTENT_TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
};
const ONE_YEAR = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300";

interface Asset {
  body: string;
  type: string;
  hash: string;
}

const cache = new Map<string, Asset | null>();

/** Reads an asset once; the name is checked against a strict pattern, so no path can escape the folder. */
function loadAsset(name: string): Asset | null {
  if (!FILE_NAME.test(name)) return null;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let asset: Asset | null = null;
  try {
    const body = readFileSync(path.join(ASSETS_DIR, name), "utf8");
    const extension = name.slice(name.lastIndexOf(".") + 1);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
    asset = { body, type: CONTENT_TYPES[extension] ?? "application/octet-stream", hash };
  } catch {
    asset = null;
  }
  cache.set(name, asset);
  return asset;
}

export const assetExists = (name: string): boolean => loadAsset(name) !== null;

/** The URL of an asset with its content hash, so it can be cached for a year and still change on deploy. */
export function assetUrl(name: string): string {
  const asset = loadAsset(name);
  return asset ? `/assets/${name}?v=${asset.hash}` : `/assets/${name}`;
}

/** `GET /assets/:file`: the site's CSS and optional JavaScript, from memory, with long cache headers. */
export function assetRoutes() {
  return new Hono<AppEnv>().get("/assets/:file", (c) => {
    const asset = loadAsset(c.req.param("file"));
    if (!asset) return c.notFound();
    const etag = `"${asset.hash}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", c.req.query("v") === asset.hash ? ONE_YEAR : SHORT);
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    return c.body(asset.body, 200, { "Content-Type": asset.type });
  });
}
