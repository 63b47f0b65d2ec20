import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

export const sha256Of = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** `<dataDir>/files/<first two hex digits>/<sha256>`: outside any served directory, named by content. */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(dataDir, "files", sha256.slice(0, 2), sha256);
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores the bytes under their hash and returns it. The same content is stored once; a write goes to a
 * temporary name first and is renamed into place, so a reader never sees half a file.
 */
export async function putBlob(dataDir: string, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  const target = blobPath(dataDir, sha256);
  if (await fileExists(target)) return sha256;
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.part`;
  try {
    await writeFile(temporary, bytes, { flag: "wx", mode: 0o640 });
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  return sha256;
}

export const hasBlob = (dataDir: string, sha256: string): Promise<boolean> =>
  fileExists(blobPath(dataDir, sha256));

/** The stored bytes as a web stream, for a response body. */
export function readBlob(dataDir: string, sha256: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(blobPath(dataDir, sha256))) as ReadableStream<Uint8Array>;
}
