import pg from "pg";
import { runAnalyticsPhase } from "./analytics-phase.ts";
import { type BenchArgs, parseBenchArgs } from "./bench-args.ts";
import { type BenchDatabase, openBenchDatabase } from "./bench-database.ts";
import { type BenchReport, formatLoad, formatReport, writeReport } from "./bench-report.ts";
import { startBenchServer } from "./bench-server.ts";
import { machineSummary } from "./cpu-sampler.ts";
import { formatHsdsImport, type HsdsImportFigures, runHsdsImportPhase } from "./hsds-import-phase.ts";
import { runHttpPhase } from "./http-phase.ts";
import { runLoadPhase } from "./load-phase.ts";
import { profileSearch } from "./profile-phase.ts";

/**
 * `npm run bench`: generates and bulk-loads the data into a fresh PostgreSQL database, starts the app as
 * production runs it, drives it over HTTP and prints one table (also written to bench/results/last.json).
 */
function argsOrExit(): BenchArgs {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

const args = argsOrExit();
const started = performance.now();
const log = (line: string) => {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsed} s] ${line}\n`);
};

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return rows[0]?.server_version ?? "unknown";
  } finally {
    await client.end();
  }
}

/**
 * The HSDS import on a fresh database of its own, dropped afterwards: the loaded dataset, and the figures
 * measured on it, stay as they were.
 */
async function hsdsImportPhase(database: BenchDatabase): Promise<HsdsImportFigures | null> {
  if (args.hsdsServices === 0) return null;
  log(`hsds import: ${args.hsdsServices.toLocaleString("en")} services into a fresh database`);
  const target = await database.fresh("yntymaq_bench_hsds");
  try {
    return await runHsdsImportPhase(target.url, { services: args.hsdsServices, seed: args.seed + 1, log });
  } finally {
    await target.drop();
  }
}

async function main(): Promise<void> {
  log(
    `services ${args.services.toLocaleString("en")}, ${args.connections} connections, ${args.durationSeconds} s per scenario`,
  );
  const database = await openBenchDatabase(log);
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    const load = await runLoadPhase(database.url, database.postgresPid, args, log);
    if (args.loadOnly) {
      const hsdsImport = await hsdsImportPhase(database);
      const lines = [...formatLoad(load), ...(hsdsImport ? [formatHsdsImport(hsdsImport)] : [])];
      process.stdout.write(`\n${lines.join("\n")}\n`);
      log(`written to ${await writeReport({ date: new Date().toISOString(), args, load, hsdsImport })}`);
      return;
    }
    server = await startBenchServer(database.url);
    const beforeLoad = server.rssMiB();
    log(`server pid ${server.pid} on ${server.baseUrl}, RSS ${beforeLoad?.toFixed(0) ?? "?"} MiB`);
    const http = await runHttpPhase(server, database.postgresPid, args, log);
    const analytics = await runAnalyticsPhase(
      server,
      database.url,
      database.postgresPid,
      args,
      http.trivial,
      log,
    );
    const afterLoad = server.rssMiB();
    await server.stop();
    const { trivial, search, searchUncached, baseline } = http;
    if (search) log("profiling the search, one query at a time, with auto_explain");
    const profile = search ? await profileSearch(database.url, args) : null;
    const hsdsImport = await hsdsImportPhase(database);
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: machineSummary(),
      database: database.label,
      postgres: await postgresVersion(database.url),
      args,
      load,
      rssMiB: { beforeLoad, afterLoad },
      scenarios: { trivial, search, searchUncached, baseline },
      ratios: {
        searchP99OverTrivialP99: search ? search.p99Ms / trivial.p99Ms : null,
        uncachedP99OverTrivialP99: searchUncached ? searchUncached.p99Ms / trivial.p99Ms : null,
        baselineP50OverSearchP50: search && baseline ? baseline.p50Ms / search.p50Ms : null,
        baselineP50OverUncachedP50: searchUncached && baseline ? baseline.p50Ms / searchUncached.p50Ms : null,
      },
      profile,
      analytics,
      hsdsImport,
      notes: [
        ...http.notes,
        ...analytics.notes,
        ...(load.triggerMode === "disabled"
          ? [
              "not a superuser: loaded with user triggers disabled per table instead of session_replication_role",
            ]
          : []),
      ],
    };
    process.stdout.write(`\n${formatReport(report)}\n`);
    log(`written to ${await writeReport(report)}`);
  } finally {
    await server?.stop();
    await database.close();
  }
  log("done");
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
