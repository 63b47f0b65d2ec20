import { createWriteStream } from "node:fs";
import { mkdtemp, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import tar from "tar-stream";
import { blobPath } from "../modules/files/file-store.ts";
import {
  ARCHIVE_FORMAT,
  blobEntry,
  MANIFEST_ENTRY,
  type TBackupManifest,
  tableEntry,
  writeEntry,
} from "./backup-archive.ts";
import { columnList, listAppTables, readMigrationVersion, readSequences } from "./database-tables.ts";

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
}

/** The backup cannot be complete: files the database names are not on disk. */
export class MissingFilesError extends Error {
  constructor(readonly missing: string[]) {
    super(`${missing.length} files are missing`);
  }
}

interface Snapshot {
  manifest: Omit<TBackupManifest, "checksums" | "createdAt">;
  /** Staged COPY output per entry name. */
  staged: Map<string, string>;
}

/** Copies every app table out of one REPEATABLE READ snapshot, so the tables agree with each other. */
async function copySnapshot(pool: pg.Pool, stagingDir: string): Promise<Snapshot> {
  const client = await pool.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const tables = await listAppTables(client);
    const staged = new Map<string, string>();
    const tableManifest: TBackupManifest["tables"] = [];
    for (const table of tables) {
      const entry = tableEntry(table.name);
      const file = path.join(stagingDir, `${table.name}.copy`);
      const stream = client.query(copyTo(`copy ${table.qualifiedName} (${columnList(table)}) to stdout`));
      await pipeline(stream, createWriteStream(file));
      staged.set(entry, file);
      tableManifest.push({ name: table.name, columns: table.columns, rows: stream.rowCount, entry });
    }
    const { rows: blobs } = await client.query<{ sha256: string }>(
      `select sha256 from files union select thumbnail_sha256 from files where thumbnail_sha256 is not null
        order by 1`,
    );
    const manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: 1 as const,
      migrations: await readMigrationVersion(client),
      tables: tableManifest,
      sequences: await readSequences(client),
      files: blobs.map((blob) => blob.sha256),
    };
    await client.query("commit");
    return { manifest, staged };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function sizesOfBlobs(dataDir: string, hashes: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const missing: string[] = [];
  for (const sha256 of hashes) {
    try {
      sizes.set(sha256, (await stat(blobPath(dataDir, sha256))).size);
    } catch {
      missing.push(sha256);
    }
  }
  if (missing.length > 0) throw new MissingFilesError(missing);
  return sizes;
}

/**
 * Writes a gzipped tar of every app table (COPY text format, one consistent snapshot), the uploaded files
 * the database refers to, and a manifest with the migration version and a sha256 of every entry. The
 * archive appears under `out` only once complete.
 */
export async function createBackup(pool: pg.Pool, dataDir: string, out: string): Promise<BackupSummary> {
  const stagingDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-backup-"));
  const partial = `${out}.part`;
  try {
    const { manifest, staged } = await copySnapshot(pool, stagingDir);
    const blobSizes = await sizesOfBlobs(dataDir, manifest.files);
    const pack = tar.pack();
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    pack.pipe(gzip);
    const checksums: Record<string, string> = {};
    for (const [entry, file] of staged) {
      checksums[entry] = await writeEntry(pack, entry, file, (await stat(file)).size);
    }
    for (const [sha256, size] of blobSizes) {
      const entry = blobEntry(sha256);
      checksums[entry] = await writeEntry(pack, entry, blobPath(dataDir, sha256), size);
    }
    const complete: TBackupManifest = { ...manifest, createdAt: new Date().toISOString(), checksums };
    pack.entry({ name: MANIFEST_ENTRY, mode: 0o640 }, JSON.stringify(complete, null, 2));
    pack.finalize();
    await written;
    await rename(partial, out);
    return {
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      files: manifest.files.length,
    };
  } finally {
    await rm(partial, { force: true });
    await rm(stagingDir, { recursive: true, force: true });
  }
}
