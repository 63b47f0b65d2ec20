import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { blobPath, hasBlob } from "../modules/files/file-store.ts";
import type { BackupSummary } from "./backup.ts";
import {
  blobEntry,
  type ExtractedArchive,
  extractAndVerify,
  type TBackupManifest,
} from "./backup-archive.ts";
import {
  columnList,
  holdsData,
  listAppTables,
  readMigrationVersion,
  type TableInfo,
} from "./database-tables.ts";

/** Why a restore was refused before it changed anything; `messageKey` names the operator's message. */
export class RestoreRefusedError extends Error {
  constructor(
    readonly messageKey: "restore.not_empty" | "restore.version_mismatch" | "restore.damaged",
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
}

/** The archive must describe exactly this database's tables and columns, at the same migration. */
function assertSameShape(
  manifest: TBackupManifest,
  tables: TableInfo[],
  migrations: number,
  hash: string | null,
) {
  if (manifest.migrations.count !== migrations || manifest.migrations.lastHash !== hash) {
    throw new RestoreRefusedError("restore.version_mismatch", {
      archive: manifest.migrations.count,
      current: migrations,
    });
  }
  const here = new Map(tables.map((table) => [table.name, table.columns.join(",")]));
  const there = new Map(manifest.tables.map((table) => [table.name, table.columns.join(",")]));
  const same = here.size === there.size && [...here].every(([name, columns]) => there.get(name) === columns);
  if (!same)
    throw new RestoreRefusedError("restore.version_mismatch", {
      archive: manifest.migrations.count,
      current: migrations,
    });
}

/** Puts each file under its hash, atomically; files already there are the same bytes and stay. */
async function restoreFiles(archive: ExtractedArchive, dataDir: string): Promise<void> {
  for (const sha256 of archive.manifest.files) {
    if (await hasBlob(dataDir, sha256)) continue;
    const target = blobPath(dataDir, sha256);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.restore.part`;
    await copyFile(archive.pathOf(blobEntry(sha256)), temporary);
    await rename(temporary, target);
  }
}

/**
 * Replaces every app table with the archive's rows in one transaction. Triggers (audit, read-model
 * upkeep) are off while loading: the archive already holds the audit log and the read models as they were.
 */
async function loadTables(
  client: pg.ClientBase,
  archive: ExtractedArchive,
  tables: TableInfo[],
): Promise<void> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  await client.query("begin");
  try {
    for (const table of tables) await client.query(`alter table ${table.qualifiedName} disable trigger user`);
    await client.query(`truncate ${tables.map((table) => table.qualifiedName).join(", ")}`);
    for (const entry of archive.manifest.tables) {
      const table = byName.get(entry.name) as TableInfo;
      const stream = client.query(copyFrom(`copy ${table.qualifiedName} (${columnList(table)}) from stdin`));
      await pipeline(createReadStream(archive.pathOf(entry.entry)), stream);
      if (stream.rowCount !== entry.rows)
        throw new Error(`${entry.name}: ${stream.rowCount} of ${entry.rows} rows`);
    }
    for (const table of tables) await client.query(`alter table ${table.qualifiedName} enable trigger user`);
    for (const sequence of archive.manifest.sequences) {
      await client.query("select setval($1::regclass, $2::bigint, $3)", [
        sequence.qualifiedName,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  }
}

/**
 * Restores a `createBackup` archive into this (migrated) database and `dataDir`. The archive is checked
 * whole before anything changes; a database that holds data is replaced only with `force`.
 */
export async function restoreBackup(
  pool: pg.Pool,
  dataDir: string,
  file: string,
  options: { force: boolean },
): Promise<BackupSummary> {
  const stagingDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-restore-"));
  const client = await pool.connect();
  try {
    const archive = await extractAndVerify(file, stagingDir).catch((error: Error) => {
      throw new RestoreRefusedError("restore.damaged", { file, reason: error.message });
    });
    const tables = await listAppTables(client);
    const version = await readMigrationVersion(client);
    assertSameShape(archive.manifest, tables, version.count, version.lastHash);
    if (!options.force && (await holdsData(client, tables)))
      throw new RestoreRefusedError("restore.not_empty");
    await restoreFiles(archive, dataDir);
    await loadTables(client, archive, tables);
    return {
      tables: archive.manifest.tables.length,
      rows: archive.manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      files: archive.manifest.files.length,
    };
  } finally {
    client.release();
    await rm(stagingDir, { recursive: true, force: true });
  }
}
