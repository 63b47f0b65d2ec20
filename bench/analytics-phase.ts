import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchArgs } from "./bench-args.ts";
import type { ScenarioReport } from "./bench-report.ts";
import type { BenchServer } from "./bench-server.ts";
import { measured } from "./http-phase.ts";
import { checkPaths, runScenario } from "./load-driver.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The coverage matrix's target: p99 within 50 ms at 1M services. */
const COVERAGE_P99_TARGET_MS = 50;

/** The matrix as the dashboard asks for it: whole country, filtered by age band, region, type and category. */
const COVERAGE_PATHS = [
  "/api/analytics/coverage",
  "/api/analytics/coverage?ageBand=0_3",
  "/api/analytics/coverage?ageBand=7_12&organizationType=public_foundation,state_institution",
  "/api/analytics/coverage?region=KZ-75,KZ-71,KZ-79",
  "/api/analytics/coverage?category=early_intervention,assessment&ageBand=4_6",
  "/api/analytics/coverage?from=2025-01-01&to=2025-12-31",
];

export interface AnalyticsPhaseResult {
  /** GET /api/me for the same admin: the floor of any signed-in route (session and principal lookup). */
  signedInTrivial: ScenarioReport | null;
  coverage: ScenarioReport | null;
  coverageP99OverTrivialP99: number | null;
  coverageP99OverSignedInTrivialP99: number | null;
  notes: string[];
}

/** Creates an admin with the CLI (as an operator would) on the bench database; returns its credentials. */
function createBenchAdmin(databaseUrl: string): Promise<{ email: string; password: string }> {
  const email = `bench-admin-${randomBytes(4).toString("hex")}@bench.invalid`;
  const password = randomBytes(18).toString("base64url");
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [
        path.join(ROOT, "bin/yntymaq.js"),
        "user",
        "create",
        "--email",
        email,
        "--role",
        "admin",
        "--password-stdin",
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, YNTYMAQ_JOBS: "false" } },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`creating the bench admin failed: ${stderr}`))
          : resolve({ email, password }),
    );
    child.stdin?.end(password);
  });
}

/** Signs in over HTTP as a browser would (the server trusts its own origin) and returns the session cookie. */
async function signIn(
  server: BenchServer,
  credentials: { email: string; password: string },
): Promise<string> {
  const origin = `http://localhost:${new URL(server.baseUrl).port}`;
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(credentials),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`bench admin sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/**
 * Measures GET /api/me (the floor of every signed-in route: session and principal lookup) and GET
 * /api/analytics/coverage for a signed-in admin (the widest scope: every region), each after a warm-up at
 * the same concurrency like the other scenarios, and compares their p99 with the trivial route's.
 */
export async function runAnalyticsPhase(
  server: BenchServer,
  databaseUrl: string,
  postgresPid: number | null,
  args: BenchArgs,
  trivial: ScenarioReport,
  log: (line: string) => void,
): Promise<AnalyticsPhaseResult> {
  const notes: string[] = [];
  const cookie = await signIn(server, await createBenchAdmin(databaseUrl));
  const headers = { cookie };
  const failures = await checkPaths(server.baseUrl, COVERAGE_PATHS, 10_000, headers);
  for (const [status, failed] of failures) notes.push(`coverage answered ${status} to e.g. ${failed}`);
  if (failures.size > 0)
    return {
      signedInTrivial: null,
      coverage: null,
      coverageP99OverTrivialP99: null,
      coverageP99OverSignedInTrivialP99: null,
      notes,
    };
  const base = { baseUrl: server.baseUrl, connections: args.connections, headers };
  const scenario = async (name: string, paths: string[]) => {
    log(`${name}: warm-up ${args.warmupSeconds} s, then ${args.durationSeconds} s`);
    await runScenario({ ...base, paths, durationSeconds: args.warmupSeconds });
    return measured(name, server, postgresPid, { ...base, paths, durationSeconds: args.durationSeconds });
  };
  const signedInTrivial = await scenario("signed-in", ["/api/me"]);
  const coverage = await scenario("coverage", COVERAGE_PATHS);
  return {
    signedInTrivial,
    coverage,
    coverageP99OverTrivialP99: coverage.p99Ms / trivial.p99Ms,
    coverageP99OverSignedInTrivialP99: coverage.p99Ms / signedInTrivial.p99Ms,
    notes,
  };
}

const line = (row: ScenarioReport) =>
  `${row.name.padEnd(10)} p50 ${row.p50Ms.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms at ${row.connections} connections, ` +
  `${row.requestsPerSecond.toFixed(0)} req/s, ${row.non2xx + row.errors} errors`;

export function formatAnalytics(result: AnalyticsPhaseResult): string[] {
  const { coverage, signedInTrivial } = result;
  if (!coverage || !signedInTrivial) return ["coverage   (skipped)"];
  const met = coverage.p99Ms <= COVERAGE_P99_TARGET_MS ? "met" : "MISSED";
  return [
    line(signedInTrivial),
    line(coverage),
    `coverage p99 / trivial p99 ${result.coverageP99OverTrivialP99?.toFixed(1)}×, / signed-in p99 ` +
      `${result.coverageP99OverSignedInTrivialP99?.toFixed(1)}×  (coverage p99 ≤ ${COVERAGE_P99_TARGET_MS} ms: ${met})`,
  ];
}
