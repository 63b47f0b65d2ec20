import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HSDS_EXAMPLES_DIR } from "../server/modules/interop/hsds/hsds-paths.ts";
import { services } from "../server/modules/services/services.schema.ts";
import { createTestContext, type TestContext } from "../server/test/test-context.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/yntymaq.js");
let ctx: TestContext;
let scratch: string;

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: ctx.databaseUrl, YNTYMAQ_LANG: "en" };
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const serviceCount = async () => (await ctx.db.select({ n: count() }).from(services))[0]?.n ?? 0;

beforeAll(async () => {
  ctx = await createTestContext();
  scratch = await mkdtemp(path.join(os.tmpdir(), "yntymaq-hsds-cli-"));
});
afterAll(async () => {
  await ctx.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("yntymaq import hsds / export hsds", () => {
  it("refuses a broken JSON file with its place and exit code 2, writing nothing", async () => {
    const broken = path.join(scratch, "service.json");
    const service = JSON.parse(await readFile(path.join(HSDS_EXAMPLES_DIR, "service_full.json"), "utf8"));
    delete service.status;
    await writeFile(broken, JSON.stringify(service));
    const result = await runCli(["import", "hsds", broken, "--lang", "en", "--region", "KZ-79"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("service.json, row /, status: required field is missing");
    expect(result.stderr).toContain("nothing was written: 1 error");
    expect(await serviceCount()).toBe(0);
    const unknown = await runCli(["import", "hsds", path.join(scratch, "missing.zip")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("cannot read");
  }, 180_000);

  it("imports the official CSV package, then exports a zip with it", async () => {
    const imported = await runCli([
      "import",
      "hsds",
      path.join(HSDS_EXAMPLES_DIR, "csv"),
      "--lang",
      "en",
      "--region",
      "KZ-79",
    ]);
    expect(imported.stderr).toContain("warning:");
    expect(imported.stdout).toContain(
      "Imported: 1 organizations, 1 locations, 1 services, 1 services at locations",
    );
    expect(imported.code).toBe(0);
    const out = path.join(scratch, "export.zip");
    const exported = await runCli(["export", "hsds", "--out", out, "--lang", "en"]);
    expect(exported.stdout).toContain(`1 service written to ${out}`);
    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(new TextDecoder().decode(files["services.csv"])).toContain("Community Counselling");
  }, 180_000);
});
