import type { BenchArgs } from "./bench-args.ts";
import type { ScenarioReport } from "./bench-report.ts";
import type { BenchServer } from "./bench-server.ts";
import { startCpuProbe } from "./cpu-sampler.ts";
import { askEachOnce, checkPaths, runScenario, type ScenarioOptions } from "./load-driver.ts";
import { baselinePath, generateQueries, searchPath } from "./query-generator.ts";

export interface HttpPhaseResult {
  trivial: ScenarioReport;
  /** The search as deployed, with every query of the mix asked once before (answers from the cache). */
  search: ScenarioReport | null;
  /** The same mix through the search without its cache: every request pays the full query. */
  searchUncached: ScenarioReport | null;
  baseline: ScenarioReport | null;
  notes: string[];
}

/** How long the slowest request of a scenario may take before autocannon counts it as a timeout. */
const BASELINE_TIMEOUT_SECONDS = 600;

export async function measured(
  name: string,
  server: BenchServer,
  postgresPid: number | null,
  options: ScenarioOptions,
): Promise<ScenarioReport> {
  const probe = startCpuProbe(server.pid, postgresPid);
  const result = await runScenario(options);
  const cpu = probe.stop();
  const per = (seconds: number | null) =>
    seconds === null ? null : (seconds * 1000) / Math.max(1, result.requests);
  return {
    name,
    ...result,
    cpuMsPerRequest: {
      server: per(cpu.serverSeconds),
      postgres: per(cpu.postgresSeconds),
      loadGenerator: per(cpu.loadGeneratorSeconds) ?? 0,
    },
    otherCores: cpu.otherCores,
  };
}

async function searchRouteExists(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/directory/search?q=test`);
  await response.arrayBuffer();
  return response.status !== 404;
}

/** Samples of the baseline at least; fewer when one request takes longer (see measureBaseline). */
const MIN_BASELINE_SAMPLES = 8;
const SLOW_BASELINE_SECONDS = 10;
const VERY_SLOW_BASELINE_SECONDS = 30;

/**
 * The baseline costs seconds of CPU per request at 1M services. A small warm-up (one round on 2
 * connections) estimates that cost; then it runs at the full concurrency if a round of requests fits in
 * the time budget, else at fewer connections (which only flatters the baseline), for about --duration.
 */
async function measureBaseline(
  server: BenchServer,
  postgresPid: number | null,
  args: BenchArgs,
  paths: string[],
  notes: string[],
  log: (line: string) => void,
): Promise<ScenarioReport | null> {
  const base = { baseUrl: server.baseUrl, paths, timeoutSeconds: BASELINE_TIMEOUT_SECONDS };
  log("baseline: warm-up, 2 requests on 2 connections");
  const warmStarted = performance.now();
  const warm = await runScenario({ ...base, connections: 2, durationSeconds: 1, amount: 2 });
  if (warm.non2xx + warm.errors >= warm.requests) {
    notes.push("the baseline route did not answer 200 (is YNTYMAQ_BENCH_ROUTES=1 mounted?): skipped");
    return null;
  }
  const perRequest = (performance.now() - warmStarted) / 1000;
  const budget = Math.max(4 * args.durationSeconds, 60);
  const connections = Math.max(2, Math.min(args.connections, Math.floor((2 * budget) / perRequest)));
  const roundSeconds = (connections * perRequest) / 2;
  const rounds = Math.max(1, Math.round(args.durationSeconds / roundSeconds));
  // Past half a minute a request, two more samples say all there is to say (the ratio is then in the
  // thousands) and keep the whole run within its time budget.
  const minimum =
    perRequest > VERY_SLOW_BASELINE_SECONDS
      ? 2
      : perRequest > SLOW_BASELINE_SECONDS
        ? 4
        : MIN_BASELINE_SAMPLES;
  const amount = Math.max(minimum, rounds * connections);
  if (connections < args.connections)
    notes.push(
      `baseline ran at ${connections} connections, not ${args.connections}: one request takes ~${perRequest.toFixed(1)} s, ` +
        `a round at ${args.connections} would take ~${((args.connections * perRequest) / 2).toFixed(0)} s`,
    );
  log(`baseline: ${amount} requests on ${connections} connections (~${perRequest.toFixed(2)} s each)`);
  const result = await measured("baseline", server, postgresPid, {
    ...base,
    connections,
    durationSeconds: args.durationSeconds,
    amount,
  });
  if (result.errors > 0) notes.push(`${result.errors} baseline requests failed or timed out`);
  return result;
}

/**
 * Measures the trivial route, the directory search without and with its result cache, and the naive
 * baseline on the running server, each after a warm-up at the same concurrency (the baseline as
 * measureBaseline explains).
 */
export async function runHttpPhase(
  server: BenchServer,
  postgresPid: number | null,
  args: BenchArgs,
  log: (line: string) => void,
): Promise<HttpPhaseResult> {
  const notes: string[] = [];
  const base = { baseUrl: server.baseUrl, connections: args.connections };
  const queries = generateQueries(args.seed, args.queries);
  const searchPaths = queries.map(searchPath);
  const baselinePaths = queries.map(baselinePath).filter((path): path is string => path !== null);

  log(`trivial: warm-up ${args.warmupSeconds} s, then ${args.durationSeconds} s`);
  const health = ["/api/health"];
  await runScenario({ ...base, paths: health, durationSeconds: args.warmupSeconds });
  const trivial = await measured("trivial", server, postgresPid, {
    ...base,
    paths: health,
    durationSeconds: args.durationSeconds,
  });

  let search: ScenarioReport | null = null;
  let searchUncached: ScenarioReport | null = null;
  if (await searchRouteExists(server.baseUrl)) {
    const failures = await checkPaths(server.baseUrl, searchPaths.slice(0, 50), 10_000);
    for (const [status, path] of failures) notes.push(`search answered ${status} to e.g. ${path}`);
    const uncachedPaths = searchPaths.map((path) =>
      path.replace("/api/directory/search", "/api/bench/search-uncached"),
    );
    log(`search without cache: warm-up ${args.warmupSeconds} s, then ${args.durationSeconds} s`);
    await runScenario({ ...base, paths: uncachedPaths, durationSeconds: args.warmupSeconds });
    searchUncached = await measured("uncached", server, postgresPid, {
      ...base,
      paths: uncachedPaths,
      durationSeconds: args.durationSeconds,
    });
    const distinct = [...new Set(searchPaths)];
    const primeMs = await askEachOnce(server.baseUrl, distinct, args.connections);
    log(
      `search: the ${distinct.length} distinct queries asked once in ${(primeMs / 1000).toFixed(1)} s, then ${args.durationSeconds} s`,
    );
    search = await measured("search", server, postgresPid, {
      ...base,
      paths: searchPaths,
      durationSeconds: args.durationSeconds,
    });
  } else {
    notes.push("GET /api/directory/search is not mounted on this build: the search scenario was skipped");
  }

  const baseline = await measureBaseline(server, postgresPid, args, baselinePaths, notes, log);
  return { trivial, search, searchUncached, baseline, notes };
}
