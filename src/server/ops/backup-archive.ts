import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import { z } from "zod";

export const ARCHIVE_FORMAT = "yntymaq-backup" as const;
export const MANIFEST_ENTRY = "manifest.json";

export const ZBackupManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  migrations: z.object({ count: z.number().int(), lastHash: z.string().nullable() }),
  tables: z.array(
    z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int(), entry: z.string() }),
  ),
  sequences: z.array(z.object({ qualifiedName: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  files: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  /** sha256 of every other entry, so a damaged or truncated archive is refused before anything changes. */
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type TBackupManifest = z.infer<typeof ZBackupManifest>;

export const tableEntry = (table: string) => `tables/${table}.copy`;
export const blobEntry = (sha256: string) => `files/${sha256.slice(0, 2)}/${sha256}`;

/** Only the names a backup writes; anything else (e.g. `../x`) makes the archive invalid. */
const SAFE_ENTRY = /^(tables\/[a-z0-9_]+\.copy|files\/[0-9a-f]{2}\/[0-9a-f]{64}|manifest\.json)$/;

export class ArchiveDamagedError extends Error {}

/** Streams one archive entry out of `source`, returning its sha256 and size. */
export async function writeEntry(
  pack: tar.Pack,
  name: string,
  source: string,
  size: number,
): Promise<string> {
  const hash = createHash("sha256");
  let settle: (error?: Error | null) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  const entry = pack.entry({ name, size, mode: 0o640 }, (error) => settle(error));
  for await (const chunk of createReadStream(source)) {
    hash.update(chunk as Buffer);
    if (!entry.write(chunk)) await new Promise<void>((resolve) => entry.once("drain", () => resolve()));
  }
  entry.end(undefined);
  await done;
  return hash.digest("hex");
}

export interface ExtractedArchive {
  manifest: TBackupManifest;
  /** Where the verified entries were written, by entry name. */
  pathOf(entry: string): string;
}

/**
 * Unpacks the archive into `stagingDir`, hashing every entry, then checks the manifest: every entry it
 * lists is there with its checksum, nothing else is, and each file's name is its content's sha256.
 */
export async function extractAndVerify(archive: string, stagingDir: string): Promise<ExtractedArchive> {
  const hashes = new Map<string, string>();
  let manifestText = "";
  const extract = tar.extract();
  createReadStream(archive)
    .on("error", (error) => extract.destroy(error))
    .pipe(createGunzip())
    .on("error", (error) => extract.destroy(error))
    .pipe(extract);
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (entry.header.type !== "file" || !SAFE_ENTRY.test(name) || hashes.has(name)) {
        throw new ArchiveDamagedError(`unexpected entry ${name}`);
      }
      const target = path.join(stagingDir, name);
      await mkdir(path.dirname(target), { recursive: true });
      const hash = createHash("sha256");
      const chunks: Buffer[] = [];
      const out = await open(target, "wx");
      try {
        for await (const chunk of entry as AsyncIterable<Buffer>) {
          hash.update(chunk);
          if (name === MANIFEST_ENTRY) chunks.push(chunk);
          await out.write(chunk);
        }
      } finally {
        await out.close();
      }
      hashes.set(name, hash.digest("hex"));
      if (name === MANIFEST_ENTRY) manifestText = Buffer.concat(chunks).toString("utf8");
    }
  } catch (error) {
    extract.destroy();
    if (error instanceof ArchiveDamagedError) throw error;
    throw new ArchiveDamagedError(error instanceof Error ? error.message : String(error));
  }
  const manifest = parseManifest(manifestText);
  const listed = Object.keys(manifest.checksums);
  for (const name of listed) {
    if (hashes.get(name) !== manifest.checksums[name]) throw new ArchiveDamagedError(`checksum of ${name}`);
  }
  if (hashes.size !== listed.length + 1) throw new ArchiveDamagedError("entries not in the manifest");
  for (const sha256 of manifest.files) {
    if (hashes.get(blobEntry(sha256)) !== sha256) throw new ArchiveDamagedError(`file ${sha256}`);
  }
  for (const table of manifest.tables) {
    if (!hashes.has(table.entry)) throw new ArchiveDamagedError(`table ${table.name}`);
  }
  return { manifest, pathOf: (entry) => path.join(stagingDir, entry) };
}

function parseManifest(text: string): TBackupManifest {
  if (!text) throw new ArchiveDamagedError("no manifest");
  try {
    return ZBackupManifest.parse(JSON.parse(text));
  } catch {
    throw new ArchiveDamagedError("unreadable manifest");
  }
}
