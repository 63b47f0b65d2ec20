import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { findFreePort } from "../../src/server/db/embedded-server.ts";
import { createTestContext, type TestContext } from "../../src/server/test/test-context.ts";

/** Debian's package; CI installs it (.ci/run). Never a downloaded browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags that keep chromium quiet on a closed network (no update checks, sync or QUIC probes). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A 360-px phone, the width the site is designed for first. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

export interface E2eSite {
  ctx: TestContext;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) on the phone viewport. */
  newContext(options?: { javaScriptEnabled?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The app on a real port (its baseUrl matching that origin) with a fresh database, and a headless chromium. */
export async function startSite(): Promise<E2eSite> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `chromium is missing at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium fonts-dejavu-core) to run the browser journeys`,
    );
  }
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const ctx = await createTestContext({ baseUrl });
  const server = serve({ fetch: ctx.app.fetch, hostname: "127.0.0.1", port });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  if ((server.address() as AddressInfo).port !== port) throw new Error("server listens on another port");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    ctx,
    baseUrl,
    browser,
    newContext: (options = {}) =>
      browser.newContext({
        baseURL: baseUrl,
        viewport: PHONE_VIEWPORT,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      }),
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}
