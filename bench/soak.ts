/**
 * Soak test: mixed traffic (public pages, search, sign-in, staff reads and writes) against a local
 * `yntymaq serve` on a fresh data directory, for --minutes (default 30). Prints per minute the request
 * count, error rate, p50/p95 latency and the resident memory of the app and of PostgreSQL.
 *   npm run bench:soak -- [--minutes 30] [--concurrency 8]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  cleanUp,
  makeDataDir,
  postmasterOf,
  runCli,
  type ServeProcess,
  signIn,
  startServe,
} from "../src/cli/reliability/serve-process.ts";
import { findFreePort } from "../src/server/db/embedded-server.ts";
import { type Outcome, oneRequest, type SoakClient } from "./soak-traffic.ts";

const { values } = parseArgs({
  options: { minutes: { type: "string", default: "30" }, concurrency: { type: "string", default: "8" } },
});
const minutes = Number(values.minutes);
const concurrency = Number(values.concurrency);
if (!(minutes > 0) || !(Number.isInteger(concurrency) && concurrency > 0 && concurrency <= 256)) {
  console.error("usage: npm run bench:soak -- [--minutes M (> 0)] [--concurrency C (1..256)]");
  process.exit(2);
}

/** Resident memory of one process, in MiB (0 once it is gone). */
function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** PostgreSQL's postmaster and its backends; shared buffers are counted in each, so this overstates. */
function postgresRssMiB(dataDir: string): number {
  const postmaster = postmasterOf(dataDir);
  if (!postmaster) return 0;
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(postmaster.pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    // no backends
  }
  return [postmaster.pid, ...children].reduce((sum, pid) => sum + rssMiB(pid), 0);
}

const percentile = (sorted: number[], fraction: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0) : 0;

function summarize(label: string, outcomes: Outcome[], appRss: number, pgRss: number): string {
  const errors = outcomes.filter((o) => !o.ok).length;
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const rate = outcomes.length ? (100 * errors) / outcomes.length : 0;
  return [
    label.padEnd(7),
    `${String(outcomes.length).padStart(7)} req`,
    `${String(errors).padStart(5)} err (${rate.toFixed(2)}%)`,
    `p50 ${percentile(latencies, 0.5).toFixed(0).padStart(5)} ms`,
    `p95 ${percentile(latencies, 0.95).toFixed(0).padStart(5)} ms`,
    `app RSS ${appRss.toFixed(0).padStart(5)} MiB`,
    `PostgreSQL RSS ${pgRss.toFixed(0).padStart(5)} MiB`,
  ].join("  ");
}

const dataDir = await makeDataDir("yntymaq-soak-");
let server: ServeProcess | undefined;
try {
  const env = {
    ...process.env,
    YNTYMAQ_DATA_DIR: dataDir,
    DATABASE_URL: "",
    HOST: "127.0.0.1",
    YNTYMAQ_LANG: "en",
  };
  server = await startServe(env, await findFreePort());
  const email = "soak-admin@example.kz";
  const password = "soak-admin-password";
  const created = await runCli(
    env,
    ["user", "create", "--email", email, "--role", "admin", "--password-stdin"],
    `${password}\n`,
  );
  if (created.code !== 0) throw new Error(`could not create the admin: ${created.stderr}`);
  const client: SoakClient = {
    baseUrl: `http://localhost:${server.port}`,
    cookie: await signIn(server, email, password),
    email,
    password,
    serviceIds: [],
    organizations: [],
  };
  const pid = server.child.pid as number;
  console.log(
    `soak: ${minutes} min, ${concurrency} concurrent clients, server pid ${pid}, data in ${dataDir}`,
  );
  const deadline = Date.now() + minutes * 60_000;
  let minute: Outcome[] = [];
  const all: Outcome[] = [];
  const memory: Array<{ app: number; pg: number }> = [{ app: rssMiB(pid), pg: postgresRssMiB(dataDir) }];
  console.log(summarize("start", [], memory[0]?.app ?? 0, memory[0]?.pg ?? 0));
  const report = (label = `min ${memory.length}`) => {
    const sample = { app: rssMiB(pid), pg: postgresRssMiB(dataDir) };
    memory.push(sample);
    console.log(summarize(label, minute, sample.app, sample.pg));
    minute = [];
  };
  const ticker = setInterval(() => report(), 60_000);
  const worker = async () => {
    while (Date.now() < deadline) {
      const outcome = await oneRequest(client);
      minute.push(outcome);
      all.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearInterval(ticker);
  if (minute.length > 0) report("rest");
  const failures = new Map<string, number>();
  for (const o of all.filter((x) => !x.ok))
    failures.set(`${o.kind} ${o.status}`, (failures.get(`${o.kind} ${o.status}`) ?? 0) + 1);
  const first = memory[1] ?? memory[0];
  const last = memory.at(-1);
  console.log(summarize("total", all, last?.app ?? 0, last?.pg ?? 0));
  console.log(
    `app RSS after minute 1: ${first?.app.toFixed(0)} MiB, at the end: ${last?.app.toFixed(0)} MiB`,
  );
  const conflicts = all.filter((o) => o.status === 409).length;
  console.log(`edit conflicts (409, expected when two clients edit one record): ${conflicts}`);
  console.log(`failures: ${failures.size ? JSON.stringify(Object.fromEntries(failures)) : "none"}`);
  server.child.kill("SIGINT");
  const code = await server.exited;
  console.log(`server stopped with exit code ${code}`);
} finally {
  await cleanUp([server], dataDir);
}
