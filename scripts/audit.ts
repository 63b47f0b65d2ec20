/**
 * CI's dependency audit: fails on a known high or critical vulnerability in the production dependencies
 * (the rules are in audit-verdict.ts).
 *   npx tsx scripts/audit.ts
 */
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./audit-verdict.ts";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
const verdict = auditVerdict(run.stdout, run.stderr);
switch (verdict.kind) {
  case "clean":
    console.log(`npm audit (production dependencies): ${JSON.stringify(verdict.counts)}`);
    break;
  case "vulnerable":
    console.log(`npm audit (production dependencies): ${JSON.stringify(verdict.counts)}`);
    console.error(
      `${verdict.serious} high or critical vulnerabilities: run \`npm audit --omit=dev\` for the list`,
    );
    process.exit(1);
    break;
  case "unreachable":
    console.warn(
      `WARNING: npm audit could not reach the registry's audit endpoint (${verdict.reason}): NOT CHECKED`,
    );
    break;
  case "failed":
    console.error(verdict.reason);
    process.exit(1);
}
