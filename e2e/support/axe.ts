import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** What `axe.run` resolves to, as far as these tests read it (the page's globals are not typed here). */
interface AxeResults {
  violations: AxeViolation[];
}

/**
 * Runs axe-core in the page against the WCAG 2.x A/AA rules and returns the violations as readable lines
 * ("rule-id: help → target (summary)"), empty when the page passes. The script is evaluated through the
 * devtools protocol rather than added as a <script> tag, so a strict Content-Security-Policy on the page
 * (the staff SPA's `script-src 'self'`) does not block it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((tags: string[]) => {
    // axe and document are globals of the page, not of this program (no DOM lib here)
    const page = globalThis as any;
    return page.axe.run(page.document, { runOnly: tags }) as Promise<AxeResults>;
  }, WCAG_TAGS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} → ${JSON.stringify(node.target)}${
          node.failureSummary ? ` — ${node.failureSummary.replaceAll("\n", " ")}` : ""
        }`,
    ),
  );
}
