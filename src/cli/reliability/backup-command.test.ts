import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../../server/db/client.ts";
import { databaseDigest, filesDigest } from "../../server/ops/backup-test-helpers.ts";
import { pdfBytes, upload } from "../../server/test/factories/files.factory.ts";
import { createOrganization } from "../../server/test/factories/organizations.factory.ts";
import { createTestContext, type TestContext } from "../../server/test/test-context.ts";
import { runCli } from "./serve-process.ts";

let source: TestContext;
let target: TestContext;
let handles: DatabaseHandle[] = [];
let workDir: string;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestContext(), createTestContext()]);
  handles = [connectDatabase(source.databaseUrl, 1), connectDatabase(target.databaseUrl, 1)];
  workDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-backup-cli-"));
  const admin = await source.signIn({ role: "admin" });
  await createOrganization(admin, { name: { kk: "«ORDA» бірлестігі", en: "«ORDA» association" } });
  expect((await upload(source.app, admin, pdfBytes("signed memorandum"), "memorandum.pdf")).status).toBe(201);
}, 120_000);
afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
  await Promise.all([source?.close(), target?.close()]);
  await rm(workDir, { recursive: true, force: true });
});

const envOf = (ctx: TestContext) => ({
  ...process.env,
  DATABASE_URL: ctx.databaseUrl,
  YNTYMAQ_DATA_DIR: ctx.config.dataDir,
  YNTYMAQ_LANG: "en",
});

describe("yntymaq backup and restore", () => {
  it("writes an archive, restores it into an empty database, and refuses a second restore without --force", async () => {
    const archive = path.join(workDir, "yntymaq.tar.gz");
    const backup = await runCli(envOf(source), ["backup", "--out", archive]);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backup written to .*yntymaq\.tar\.gz: \d+ tables, \d+ rows, 1 files\./);

    const restore = await runCli(envOf(target), ["restore", archive]);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("Restored from");
    const [sourceHandle, targetHandle] = handles as [DatabaseHandle, DatabaseHandle];
    expect(await databaseDigest(targetHandle.pool)).toEqual(await databaseDigest(sourceHandle.pool));
    expect(await filesDigest(target.config.dataDir)).toEqual(await filesDigest(source.config.dataDir));

    const again = await runCli(envOf(target), ["restore", archive]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "The database already holds data. Add --force to replace it with the backup.",
    );
  }, 120_000);
});
