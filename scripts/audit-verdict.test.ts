import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict.ts";

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe("the CI audit's verdict", () => {
  it("passes with low and moderate findings only, and fails from high up", () => {
    expect(auditVerdict(report({ info: 0, low: 2, moderate: 1, high: 0, critical: 0 }), "").kind).toBe(
      "clean",
    );
    expect(auditVerdict(report({ low: 0, moderate: 0, high: 1, critical: 0 }), "")).toMatchObject({
      kind: "vulnerable",
      serious: 1,
    });
    expect(auditVerdict(report({ high: 2, critical: 3 }), "")).toMatchObject({
      kind: "vulnerable",
      serious: 5,
    });
  });

  it("says an unreachable audit endpoint was not checked, and fails on anything else", () => {
    const refused = JSON.stringify({
      message: "audit endpoint returned an error",
      error: {
        summary: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      },
    });
    expect(auditVerdict(refused, "").kind).toBe("unreachable");
    expect(auditVerdict("{}", "npm error code ENOTFOUND").kind).toBe("unreachable");
    expect(auditVerdict(JSON.stringify({ message: "lockfile is broken" }), "").kind).toBe("failed");
    expect(auditVerdict("npm ERR! not json", "").kind).toBe("failed");
  });

  it("reads what npm audit prints here", async () => {
    const { spawnSync } = await import("node:child_process");
    const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(["clean", "unreachable"]).toContain(auditVerdict(run.stdout, run.stderr).kind);
  });
});
