import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type AnalyticsPhaseResult, formatAnalytics } from "./analytics-phase.ts";
import type { BenchArgs } from "./bench-args.ts";
import { formatHsdsImport, type HsdsImportFigures } from "./hsds-import-phase.ts";
import type { ScenarioResult } from "./load-driver.ts";
import type { LoadPhaseResult } from "./load-phase.ts";
import type { KindProfile } from "./profile-phase.ts";

export interface ScenarioReport extends ScenarioResult {
  name: string;
  /** CPU milliseconds per response spent by the server process, PostgreSQL and the load generator. */
  cpuMsPerRequest: { server: number | null; postgres: number | null; loadGenerator: number };
  /** Cores other processes on the machine kept busy during the scenario (0 on a quiet machine). */
  otherCores: number | null;
}

export interface BenchReport {
  date: string;
  machine: Record<string, string | number>;
  database: string;
  postgres: string;
  args: BenchArgs;
  load: LoadPhaseResult;
  rssMiB: { beforeLoad: number | null; afterLoad: number | null };
  scenarios: {
    trivial: ScenarioReport;
    search: ScenarioReport | null;
    searchUncached: ScenarioReport | null;
    baseline: ScenarioReport | null;
  };
  ratios: {
    searchP99OverTrivialP99: number | null;
    uncachedP99OverTrivialP99: number | null;
    baselineP50OverSearchP50: number | null;
    baselineP50OverUncachedP50: number | null;
  };
  /** Search alone, one query at a time, by kind of query (plans in bench/results/plans.txt). */
  profile: KindProfile[] | null;
  /** GET /api/analytics/coverage for an admin (bench/analytics-phase.ts). */
  analytics?: AnalyticsPhaseResult | null;
  /** An HSDS package imported into a fresh database (bench/hsds-import-phase.ts); null when skipped. */
  hsdsImport?: HsdsImportFigures | null;
  notes: string[];
}

const RESULTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "results/last.json");

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const s = (value: number | null) => (value === null ? "–" : `${(value / 1000).toFixed(1)} s`);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const cpu = (value: number | null) => (value === null ? "–" : value.toFixed(2));
const mark = (ok: boolean) => (ok ? "met" : "MISSED");

function scenarioLine(row: ScenarioReport): string {
  const c = row.cpuMsPerRequest;
  return [
    row.name.padEnd(10),
    ms(row.p50Ms).padStart(8),
    ms(row.p99Ms).padStart(8),
    row.requestsPerSecond.toFixed(0).padStart(8),
    String(row.requests).padStart(8),
    String(row.non2xx + row.errors).padStart(6),
    String(row.connections).padStart(5),
    `${cpu(c.server)} / ${cpu(c.postgres)} / ${cpu(c.loadGenerator)}`.padStart(22),
    (row.otherCores === null ? "–" : row.otherCores.toFixed(2)).padStart(7),
  ].join(" ");
}

/** The load half of the report: times to 100k and to all services, row counts, read model size. */
export function formatLoad(load: LoadPhaseResult): string[] {
  const lines: string[] = [];
  const first = load.milestone;
  lines.push(
    `load ${first.services.toLocaleString("en")} services: insert ${s(first.insertMs)} + read model ${s(first.rebuildMs)} = ${s(first.insertMs + (first.rebuildMs ?? 0))}  (target ≤ 15 s: ${mark(first.insertMs + (first.rebuildMs ?? 0) <= 15_000)})`,
    `load ${load.total.services.toLocaleString("en")} services: insert ${s(load.total.insertMs)} + read model ${s(load.total.rebuildMs)} + vacuum analyze ${s(load.total.analyzeMs)} = ${s(load.total.insertMs + (load.total.rebuildMs ?? 0) + load.total.analyzeMs)}`,
    `other processes kept ${load.otherCores === null ? "?" : load.otherCores.toFixed(2)} cores busy during the load`,
    `rows: ${Object.entries(load.rows)
      .map(([table, count]) => `${table} ${count.toLocaleString("en")}`)
      .join(", ")}`,
  );
  if (load.directory)
    lines.push(
      `directory_entries: table ${mib(load.directory.tableBytes)}, indexes ${mib(load.directory.indexesBytes)} (${load.directory.indexes.map((index) => `${index.name} ${mib(index.bytes)}`).join(", ")})`,
    );
  return lines;
}

export function formatReport(report: BenchReport): string {
  const { load, ratios, scenarios } = report;
  const lines = [
    `Yntymaq benchmark — ${report.date}`,
    `machine: ${Object.values(report.machine).join(", ")}; PostgreSQL ${report.postgres} (${report.database})`,
    "",
    "scenario     p50 ms   p99 ms    req/s requests errors conns  CPU ms/req srv/pg/gen  other*",
    scenarioLine(scenarios.trivial),
    ...(scenarios.searchUncached ? [scenarioLine(scenarios.searchUncached)] : []),
    ...(scenarios.search
      ? [scenarioLine(scenarios.search)]
      : ["search     (skipped: no /api/directory/search)"]),
    ...(scenarios.baseline ? [scenarioLine(scenarios.baseline)] : ["baseline   (skipped)"]),
    "",
  ];
  const latencyTargets = (name: string, scenario: ScenarioReport | null, ratio: number | null) => {
    if (!scenario || ratio === null) return;
    lines.push(
      `${name} p99 / trivial p99 ${ratio.toFixed(1).padStart(7)}×  (target ≤ 3×: ${mark(ratio <= 3)}; p99 ≤ 30 ms: ${mark(scenario.p99Ms <= 30)})`,
    );
  };
  latencyTargets("uncached", scenarios.searchUncached, ratios.uncachedP99OverTrivialP99);
  latencyTargets("search  ", scenarios.search, ratios.searchP99OverTrivialP99);
  const speedup = (name: string, ratio: number | null) => {
    if (ratio !== null)
      lines.push(
        `baseline p50 / ${name} p50 ${ratio.toFixed(1).padStart(7)}×  (target ≥ 20×: ${mark(ratio >= 20)})`,
      );
  };
  speedup("uncached", ratios.baselineP50OverUncachedP50);
  speedup("search  ", ratios.baselineP50OverSearchP50);
  if (report.analytics) lines.push(...formatAnalytics(report.analytics));
  lines.push("", ...formatLoad(load));
  if (report.hsdsImport) lines.push(formatHsdsImport(report.hsdsImport));
  lines.push(
    `server RSS: ${report.rssMiB.beforeLoad?.toFixed(0) ?? "–"} MiB idle after start, ${report.rssMiB.afterLoad?.toFixed(0) ?? "–"} MiB after the HTTP scenarios`,
  );
  if (report.profile) {
    lines.push("", "search alone, one query at a time (median / max ms; plans in bench/results/plans.txt):");
    for (const kind of report.profile)
      lines.push(
        `  ${kind.kind.padEnd(11)} ${ms(kind.medianMs).padStart(8)} / ${ms(kind.maxMs).padStart(8)}  slowest: ${kind.slowest}`,
      );
  }
  lines.push(
    "",
    "* other: cores busy with other processes on the machine during the scenario (0 when quiet)",
  );
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines.join("\n");
}

export async function writeReport(
  report: BenchReport | Pick<BenchReport, "date" | "args" | "load" | "hsdsImport">,
) {
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return RESULTS_FILE;
}
