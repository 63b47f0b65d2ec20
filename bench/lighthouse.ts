import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { machineSummary } from "./cpu-sampler.ts";
import { launchChromium } from "./lighthouse-chromium.ts";
import {
  CATEGORIES,
  figuresOf,
  formatLostPoints,
  formatTable,
  type PageFigures,
  type Result,
} from "./lighthouse-figures.ts";
import { startDemoSite } from "./lighthouse-site.ts";

/**
 * `npm run bench:lighthouse`: the public site on the demo data, measured by Lighthouse (mobile emulation,
 * default simulated throttling) on Debian's chromium. A measurement: low scores are printed, not failed.
 */
const RESULTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "results/lighthouse.json");
type RunLighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Result } | undefined>;
// A specifier tsc does not follow, so lighthouse's global DOM declarations stay out of the program (see Result).
const LIGHTHOUSE_MODULE: string = "lighthouse";
const SEARCH_PATH = "/search?q=логопед%20Шымкент&lang=kk";

const started = performance.now();
const log = (line: string) => {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsed} s] ${line}\n`);
};

/** The first service the search page links to, so the service page measured is one a family would open. */
async function firstServicePath(baseUrl: string): Promise<string> {
  const html = await (await fetch(new URL(SEARCH_PATH, baseUrl))).text();
  const match = /href="(\/services\/[0-9a-f-]{36})[^"]*"/.exec(html);
  if (!match?.[1]) throw new Error(`no service link on ${SEARCH_PATH}`);
  return match[1];
}

/** `--runs N`: Lighthouse runs per page; the run with the median performance score is reported. */
function runsArg(): number {
  const index = process.argv.indexOf("--runs");
  const runs = index === -1 ? 3 : Number(process.argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a positive whole number");
  return runs;
}

function medianRun(runs: PageFigures[]): PageFigures {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error("no Lighthouse run to report");
  return { ...median, performanceRuns: runs.map((run) => run.scores.performance) };
}

async function main(): Promise<void> {
  const runs = runsArg();
  const site = await startDemoSite(log);
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    chromium = await launchChromium();
    log(`${chromium.version} on DevTools port ${chromium.port}`);
    const pages: Array<[string, string]> = [
      ["Home", "/"],
      ["Search", SEARCH_PATH],
      ["Service", await firstServicePath(site.baseUrl)],
      ["News", "/news"],
    ];
    const { default: lighthouse } = (await import(LIGHTHOUSE_MODULE)) as { default: RunLighthouse };
    const figures: PageFigures[] = [];
    let lighthouseVersion = "";
    for (const [label, pagePath] of pages) {
      const pageRuns: PageFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        log(`lighthouse ${pagePath} (run ${run} of ${runs})`);
        const result = await lighthouse(new URL(pagePath, site.baseUrl).toString(), {
          port: chromium.port,
          hostname: "127.0.0.1",
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`lighthouse returned nothing for ${pagePath}`);
        if (result.lhr.runtimeError) throw new Error(`${pagePath}: ${result.lhr.runtimeError.message}`);
        lighthouseVersion = result.lhr.lighthouseVersion;
        pageRuns.push(figuresOf(label, pagePath, result.lhr));
      }
      figures.push(medianRun(pageRuns));
    }
    const report = {
      date: new Date().toISOString(),
      machine: machineSummary(),
      loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
      chromium: chromium.version,
      lighthouse: lighthouseVersion,
      settings: `mobile emulation, simulated throttling (Lighthouse defaults); median of ${runs} runs by performance`,
      pages: figures,
    };
    await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    const lost = formatLostPoints(figures);
    const warnings = figures.flatMap((page) =>
      page.runWarnings.map((warning) => `${page.label}: ${warning}`),
    );
    const failed = figures.flatMap((page) => page.failedRequests.map((line) => `${page.label}: ${line}`));
    const foreign = figures.flatMap((page) => page.foreignRequests.map((url) => `${page.label}: ${url}`));
    process.stdout.write(`\n${formatTable(figures).join("\n")}\n`);
    const perRun = figures.map((page) => `${page.label} ${page.performanceRuns?.join(", ")}`);
    process.stdout.write(`\nPerformance per run: ${perRun.join("; ")}\n`);
    if (foreign.length > 0) process.stdout.write(`\nRequests to other origins:\n${foreign.join("\n")}\n`);
    if (failed.length > 0) process.stdout.write(`\nFailed requests:\n${failed.join("\n")}\n`);
    if (lost.length > 0) process.stdout.write(`\nAudits that cost points:\n${lost.join("\n")}\n`);
    if (warnings.length > 0) process.stdout.write(`\nLighthouse warnings:\n${warnings.join("\n")}\n`);
    log(`written to ${RESULTS_FILE}`);
  } finally {
    await chromium?.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
