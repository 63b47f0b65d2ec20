import { mkdtemp, rm, truncate } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../db/client.ts";
import { concat, pdfBytes, pngBytes, upload } from "../test/factories/files.factory.ts";
import { insertBranch, memorandumInput, signThroughReview } from "../test/factories/memoranda.factory.ts";
import { createOrganization, createService } from "../test/factories/organizations.factory.ts";
import { createTestContext, type TestContext } from "../test/test-context.ts";
import { createBackup } from "./backup.ts";
import { tableEntry } from "./backup-archive.ts";
import { databaseDigest, filesDigest, tamperWithEntry } from "./backup-test-helpers.ts";
import { RestoreRefusedError, restoreBackup } from "./restore.ts";

let source: TestContext;
let target: TestContext;
let sourceDb: DatabaseHandle;
let targetDb: DatabaseHandle;
let workDir: string;
let archive: string;
/** The source database as the archive holds it. */
let backedUp: Record<string, string>;

async function populate(ctx: TestContext): Promise<void> {
  const coordinator = await ctx.signIn({ role: "admin" });
  const branch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық филиалы");
  for (let i = 0; i < 5; i++) {
    const organization = await createOrganization(coordinator, {
      name: { kk: `Орталық ${i}`, en: `Centre ${i}` },
    });
    await createService(coordinator, organization.id);
    const created = await coordinator.post(
      "/api/memoranda",
      memorandumInput({ branchIds: [branch], organizationIds: [organization.id] }, { number: `M-${i}` }),
    );
    expect(created.status).toBe(201);
    if (i % 2 === 0) await signThroughReview(coordinator, created.body.id);
    const scan = await upload(ctx.app, coordinator, concat(pdfBytes(`scan ${i}`)), "scan.pdf");
    expect(scan.status).toBe(201);
    await coordinator.post(`/api/memoranda/${created.body.id}/attachments`, {
      fileId: scan.body.id,
      kind: "signed_scan",
    });
  }
  const photo = await upload(ctx.app, coordinator, await pngBytes(64, 48), "photo.png");
  expect(photo.status).toBe(201);
}

beforeAll(async () => {
  [source, target] = await Promise.all([createTestContext(), createTestContext()]);
  sourceDb = connectDatabase(source.databaseUrl, 2);
  targetDb = connectDatabase(target.databaseUrl, 2);
  workDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-backup-test-"));
  await populate(source);
  archive = path.join(workDir, "backup.tar.gz");
}, 120_000);
afterAll(async () => {
  await Promise.all([sourceDb?.close(), targetDb?.close()]);
  await Promise.all([source?.close(), target?.close()]);
  await rm(workDir, { recursive: true, force: true });
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof RestoreRefusedError ? error.messageKey : error),
  );

describe("backup and restore", () => {
  it("round-trips every table, sequence and uploaded file into an empty database", async () => {
    const summary = await createBackup(sourceDb.pool, source.config.dataDir, archive);
    expect(summary.files).toBe(7); // five scans, a photo and its thumbnail
    backedUp = await databaseDigest(sourceDb.pool);
    expect(Number(backedUp.audit_log?.split(":")[0])).toBeGreaterThan(20);
    expect(backedUp.organizations).toMatch(/^5:/);

    const restored = await restoreBackup(targetDb.pool, target.config.dataDir, archive, { force: false });
    expect(restored).toEqual(summary);
    expect(await databaseDigest(targetDb.pool)).toEqual(backedUp);
    expect(await filesDigest(target.config.dataDir)).toEqual(await filesDigest(source.config.dataDir));
    // Triggers are on again: a change after the restore is audited as usual.
    const admin = await target.signIn({ role: "admin" });
    expect((await admin.get("/api/organizations")).body.total).toBe(5);
  }, 60_000);

  it("refuses a database that holds data unless forced, and then replaces it", async () => {
    const admin = await target.signIn({ role: "admin" });
    await createOrganization(admin, { name: { kk: "Кейін қосылған", en: "Added later" } });
    expect(
      await refusal(restoreBackup(targetDb.pool, target.config.dataDir, archive, { force: false })),
    ).toBe("restore.not_empty");
    await restoreBackup(targetDb.pool, target.config.dataDir, archive, { force: true });
    expect(await databaseDigest(targetDb.pool)).toEqual(backedUp);
  }, 60_000);

  it("refuses a damaged archive before changing anything", async () => {
    const before = await databaseDigest(targetDb.pool);
    const tampered = path.join(workDir, "tampered.tar.gz");
    await tamperWithEntry(archive, tampered, tableEntry("organizations"), (bytes) =>
      Buffer.from(bytes.toString("utf8").replace("Centre 1", "Centre 9")),
    );
    const options = { force: true };
    expect(await refusal(restoreBackup(targetDb.pool, target.config.dataDir, tampered, options))).toBe(
      "restore.damaged",
    );
    const cut = path.join(workDir, "cut.tar.gz");
    await tamperWithEntry(archive, cut, "manifest.json", (bytes) => bytes);
    await truncate(cut, 2000);
    expect(await refusal(restoreBackup(targetDb.pool, target.config.dataDir, cut, options))).toBe(
      "restore.damaged",
    );
    expect(await databaseDigest(targetDb.pool)).toEqual(before);
  }, 60_000);

  it("refuses an archive of another database version", async () => {
    const older = path.join(workDir, "older.tar.gz");
    await tamperWithEntry(archive, older, "manifest.json", (bytes) => {
      const manifest = JSON.parse(bytes.toString("utf8"));
      manifest.migrations.count -= 1;
      return Buffer.from(JSON.stringify(manifest));
    });
    const restore = restoreBackup(targetDb.pool, target.config.dataDir, older, { force: true });
    expect(await refusal(restore)).toBe("restore.version_mismatch");
  }, 60_000);
});
