/**
 * `npm run bench:fuzz [-- requests]`: the property-based API fuzzer (src/server/test/fuzz/fuzz.test.ts)
 * with 100,000 generated requests instead of the test run's 10,000; prints the counts by status and
 * the time. `FUZZ_SEED` replays a run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const requests = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "yntymaq-fuzz-"));
const report = path.join(dir, "report.json");
const started = Date.now();
const run = spawnSync("npx", ["vitest", "run", "src/server/test/fuzz/fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_REQUESTS: String(requests), FUZZ_REPORT: report },
});
const wall = (Date.now() - started) / 1000;
try {
  const summary = JSON.parse(readFileSync(report, "utf8")) as {
    requests: number;
    seed: number;
    seconds: number;
    routes: number;
    byStatus: Record<string, number>;
  };
  console.log(
    `\nfuzz: ${summary.requests.toLocaleString("en")} requests over ${summary.routes} routes, seed ${summary.seed}`,
  );
  for (const [status, count] of Object.entries(summary.byStatus)) console.log(`  ${status}  ${count}`);
  console.log(
    `  ${summary.seconds} s sending (${Math.round(summary.requests / summary.seconds)} req/s), ${wall} s in all`,
  );
} catch {
  console.error("fuzz: no report (the run failed before the end)");
}
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
