import { expect } from "vitest";
import type { TestContext } from "../test/test-context.ts";

export interface Page {
  status: number;
  html: string;
  headers: Headers;
}

/** Requests a page like a browser without JavaScript would, with optional cookie and Accept-Language. */
export async function getPage(
  ctx: TestContext,
  path: string,
  headers: { cookie?: string; "accept-language"?: string } = {},
): Promise<Page> {
  const response = await ctx.app.request(path, { headers });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The first match of a capture group, failing the test when the pattern is absent. */
export function capture(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  expect(match, `expected ${pattern} in the page`).not.toBeNull();
  return match?.[1] ?? "";
}

/** HTML escapes an attribute value the way React writes it, to look for exact hrefs. */
export const attr = (value: string): string => value.replaceAll("&", "&amp;");

/** No executable inline script (JSON-LD data blocks are not executed) and no inline event handler. */
export function expectNoInlineScript(html: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => match[1] ?? "");
  for (const attributes of scripts) {
    const external = /\bsrc=/.test(attributes);
    const data = /\btype="application\/ld\+json"/.test(attributes);
    expect(external || data, `inline <script${attributes}>`).toBe(true);
  }
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
}

/** `toContain` without printing the whole page when it fails. */
export function expectHas(html: string, fragment: string | RegExp): void {
  const found = typeof fragment === "string" ? html.includes(fragment) : fragment.test(html);
  expect(found, `missing: ${String(fragment)}`).toBe(true);
}

export function expectLacks(html: string, fragment: string | RegExp): void {
  const found = typeof fragment === "string" ? html.includes(fragment) : fragment.test(html);
  expect(found, `unexpected: ${String(fragment)}`).toBe(false);
}
