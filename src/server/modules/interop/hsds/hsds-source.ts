import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { unzipUpload } from "../../../security/archive-guard.ts";

/** One file of an HSDS batch: a CSV table, the data package descriptor, or HSDS JSON. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const looksLikeZip = (bytes: Uint8Array): boolean => ZIP_MAGIC.every((byte, i) => bytes[i] === byte);

/** The files of a zip, named without a common top-level folder; directories and hidden files are skipped. */
export function filesOfZip(bytes: Uint8Array): SourceFile[] {
  const entries = Object.entries(unzipUpload(bytes)).filter(
    ([name]) => !name.endsWith("/") && !path.posix.basename(name).startsWith("."),
  );
  return entries.map(([name, content]) => ({ name: path.posix.basename(name), bytes: content }));
}

/** Reads a directory (its top level), a zip or a single JSON file. */
export async function readSource(location: string): Promise<SourceFile[]> {
  const info = await stat(location);
  if (info.isDirectory()) {
    const names = (await readdir(location)).filter((name) => /\.(csv|json)$/i.test(name)).sort();
    return Promise.all(
      names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(location, name))) })),
    );
  }
  const bytes = new Uint8Array(await readFile(location));
  if (looksLikeZip(bytes)) return filesOfZip(bytes);
  return [{ name: path.basename(location), bytes }];
}
