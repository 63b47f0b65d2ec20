import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type pg from "pg";
import tar from "tar-stream";
import { listAppTables, readSequences } from "./database-tables.ts";

/** A digest of every row of every app table, and of every sequence, to compare two databases by. */
export async function databaseDigest(pool: pg.Pool): Promise<Record<string, string>> {
  const client = await pool.connect();
  try {
    const digest: Record<string, string> = {};
    for (const table of await listAppTables(client)) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `select count(*)::int as rows, md5(string_agg(t::text, E'\\n' order by t::text)) as md5
           from ${table.qualifiedName} t`,
      );
      digest[table.name] = `${rows[0]?.rows}:${rows[0]?.md5}`;
    }
    for (const sequence of await readSequences(client)) {
      digest[sequence.qualifiedName] = `${sequence.lastValue}:${sequence.isCalled}`;
    }
    return digest;
  } finally {
    client.release();
  }
}

/** Every stored file under `<dataDir>/files`, by its path, with the sha256 of its bytes. */
export async function filesDigest(dataDir: string): Promise<Record<string, string>> {
  const root = path.join(dataDir, "files");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const digest: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    digest[path.relative(root, file)] = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
  }
  return digest;
}

/** Re-packs an archive with one entry's bytes changed: a well-formed tar.gz whose content is damaged. */
export async function tamperWithEntry(
  source: string,
  target: string,
  entryName: string,
  change: (bytes: Buffer) => Buffer,
): Promise<void> {
  const extract = tar.extract();
  createReadStream(source).pipe(createGunzip()).pipe(extract);
  const pack = tar.pack();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(target));
  pack.pipe(gzip);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    pack.entry({ name: entry.header.name }, entry.header.name === entryName ? change(bytes) : bytes);
  }
  pack.finalize();
  await written;
}
