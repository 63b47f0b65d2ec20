import type { BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations } from "./axe.ts";
import type { E2eSite } from "./browser.ts";

export const DESKTOP = { width: 1280, height: 800 };

/**
 * A browser whose language is Kazakh, like most of the program's staff, collecting script errors and CSP
 * violations in `problems`. A failed resource (a 401 before signing in, a refusal the journey provokes) is
 * expected and left out.
 */
export async function newStaffContext(
  site: E2eSite,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ baseURL: site.baseUrl, viewport, locale: "kk-KZ" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("Failed to load resource")) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { context, page, problems };
}

export async function expectAccessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect(violations, `${name}:\n${violations.join("\n")}`).toEqual([]);
}

/** Polls from here: the SPA's CSP forbids the string evaluation page.waitForFunction would use. */
export async function until(condition: () => Promise<boolean>, timeout = 10_000) {
  for (const started = Date.now(); !(await condition()); ) {
    if (Date.now() - started > timeout) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `selector` shows `text` (the SPA renders after fetches and catalog loads), then checks it. */
export async function expectText(page: Page | Locator, selector: string, text: string, exact = true) {
  const locator = page.locator(selector, { hasText: text }).first();
  await locator.waitFor({ timeout: 10_000 });
  if (exact) expect((await locator.textContent())?.trim()).toBe(text);
}
