import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "../server/modules/notifications/notifications.schema.ts";
import { createOrganization } from "../server/test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../server/test/test-context.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  await createOrganization(admin, { name: { en: "Never verified centre" } });
});
afterAll(() => ctx.close());

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: ctx.databaseUrl, YNTYMAQ_LANG: "en", YNTYMAQ_SMTP_URL: "" };
    const child = spawn(process.execPath, [path.join(ROOT, "bin/yntymaq.js"), ...args], { env, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("yntymaq reminders run", () => {
  it("runs the daily pass for a day, once", async () => {
    const first = await runCli(["reminders", "run", "--date", "2026-05-04"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("reminders 2026-05-04: 1 recipients, 1 new items, 1 notifications");
    expect(first.stdout).toContain("no SMTP server configured");
    const second = await runCli(["reminders", "run", "--date", "2026-05-04"]);
    expect(second.stdout).toContain("reminders 2026-05-04: 1 recipients, 0 new items, 0 notifications");
    expect(await ctx.db.select().from(notifications)).toHaveLength(1);
  }, 60_000);

  it("rejects a bad date with exit code 2", async () => {
    const bad = await runCli(["reminders", "run", "--date", "2026-13-40"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--date: The date is not valid (YYYY-MM-DD).");
  }, 60_000);
});
