import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedDir } from "../server/public-site/map/region-geometry.ts";
import { docxBytes } from "../server/test/factories/extraction.factory.ts";
import { organizationInput } from "../server/test/factories/organizations.factory.ts";
import { createTestContext, type TestContext } from "../server/test/test-context.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/yntymaq.js");
const SEED = path.join(sharedDir(), "seed/press-release-kk.txt");

function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let ctx: TestContext;
let dir: string;
let orda: string;

beforeAll(async () => {
  ctx = await createTestContext();
  dir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-extract-"));
  const admin = await ctx.signIn({ role: "admin" });
  const created = await admin.post(
    "/api/organizations",
    organizationInput({ name: { en: "ORDA" }, type: "parents_association", email: null }),
  );
  orda = created.body.id;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await ctx.close();
});

describe("yntymaq extract <file>", () => {
  it("prints the proposal as JSON, without touching a database", async () => {
    const { code, stdout } = await runCli(["extract", SEED], {
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    });
    expect(code).toBe(0);
    const proposal = JSON.parse(stdout);
    expect(proposal.language).toBe("kk");
    expect(proposal.events.map((e: any) => e.partners.length)).toEqual([3, 2, 2]);
    expect(proposal.events[0].partners[2].match).toBeNull();
  }, 60_000);

  it("reads a Word file and, with --match, finds the existing «ORDA»", async () => {
    const file = path.join(dir, "release.docx");
    await writeFile(file, await docxBytes(await readFile(SEED, "utf8")));
    const { code, stdout, stderr } = await runCli(["extract", file, "--match"], {
      DATABASE_URL: ctx.databaseUrl,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const ordaPartner = JSON.parse(stdout).events[0].partners.find((p: any) => p.name === "ОРДА");
    expect(ordaPartner.match).toMatchObject({ id: orda, name: { en: "ORDA" } });
  }, 60_000);

  it("exits with 2 and a clear message for a missing, binary or non-UTF-8 file", async () => {
    const missing = await runCli(["extract", path.join(dir, "nope.txt")], { YNTYMAQ_LANG: "en" });
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("File not found");
    const latin1 = path.join(dir, "latin1.txt");
    await writeFile(latin1, Buffer.from([0x4d, 0xe5, 0xec, 0xee, 0xf0, 0xe0, 0xed, 0xe4, 0xf3, 0xec]));
    const notUtf8 = await runCli(["extract", latin1], { YNTYMAQ_LANG: "ru" });
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.stderr).toBe(
      "yntymaq: Текстовый файл не в кодировке UTF-8: сохраните его в UTF-8 и загрузите снова.\n",
    );
    const badLanguage = await runCli(["extract", SEED, "--language", "en"]);
    expect(badLanguage.code).toBe(2);
  }, 90_000);
});
