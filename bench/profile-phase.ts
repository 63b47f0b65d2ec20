import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { ZDirectorySearchQuery } from "../src/shared/contracts/directory.ts";
import type { BenchArgs } from "./bench-args.ts";
import { generateQueries, type QueryKind, searchPath } from "./query-generator.ts";

export interface KindProfile {
  kind: QueryKind;
  samples: number;
  medianMs: number;
  maxMs: number;
  slowest: string;
}

const PLANS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "results/plans.txt");
const KINDS: readonly QueryKind[] = ["need+place", "need", "place", "typo", "filters"];
const SAMPLES_PER_KIND = 3;
/** A statement slower than this is cancelled (and reported as timed out, without a plan). */
const STATEMENT_TIMEOUT_MS = 60_000;
/** After this much time on one kind, no further samples of it are taken. */
const KIND_BUDGET_MS = 20_000;

/**
 * The "why" behind the search figures: a few queries of each kind run one at a time, in this process,
 * through the directory search service on a connection with auto_explain, so every SQL statement's
 * plan with actual timings lands in bench/results/plans.txt (slowest query of each kind).
 */
export async function profileSearch(databaseUrl: string, args: BenchArgs): Promise<KindProfile[] | null> {
  const service = await import("../src/server/modules/directory/directory-search.service.ts").catch(
    () => null,
  );
  if (!service) return null;
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "yntymaq-bench-profile" });
  await client.connect();
  const db = drizzle(client, { casing: "snake_case" });
  const notices: string[] = [];
  client.on("notice", (notice) => notices.push(notice.message ?? ""));
  try {
    await client.query(`LOAD 'auto_explain'`);
    for (const setting of [
      "auto_explain.log_min_duration = 0",
      "auto_explain.log_analyze = on",
      "auto_explain.log_buffers = on",
      "auto_explain.log_level = notice",
      `statement_timeout = ${STATEMENT_TIMEOUT_MS}`,
    ])
      await client.query(`SET ${setting}`);
    const queries = generateQueries(args.seed, args.queries);
    const profiles: KindProfile[] = [];
    const plans: string[] = [];
    for (const kind of KINDS) {
      const runs: { path: string; ms: number; plans: string[] }[] = [];
      const kindStarted = performance.now();
      for (const query of queries.filter((candidate) => candidate.kind === kind).slice(0, SAMPLES_PER_KIND)) {
        if (performance.now() - kindStarted > KIND_BUDGET_MS) break;
        const url = new URL(searchPath(query), "http://bench");
        const parsed = ZDirectorySearchQuery.parse(Object.fromEntries(url.searchParams));
        notices.length = 0;
        const started = performance.now();
        const timedOut = await service.searchDirectoryUncached(db, parsed, "ru").then(
          () => false,
          (error: { code?: string }) => {
            if (error.code === "57014") return true; // query_canceled by statement_timeout
            throw error;
          },
        );
        runs.push({
          path: decodeURIComponent(url.search) + (timedOut ? " (timed out)" : ""),
          ms: performance.now() - started,
          plans: [...notices],
        });
      }
      if (runs.length === 0) continue;
      const times = runs.map((run) => run.ms).sort((a, b) => a - b);
      const slowest = runs.reduce((worst, run) => (run.ms > worst.ms ? run : worst));
      profiles.push({
        kind,
        samples: runs.length,
        medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
        maxMs: slowest.ms,
        slowest: slowest.path,
      });
      plans.push(
        `### ${kind}: ${slowest.path} — ${slowest.ms.toFixed(1)} ms\n\n${slowest.plans.join("\n\n")}\n`,
      );
    }
    await mkdir(path.dirname(PLANS_FILE), { recursive: true });
    await writeFile(PLANS_FILE, plans.join("\n"));
    return profiles;
  } finally {
    await client.end();
  }
}

export const plansFile = PLANS_FILE;
