import { type UnzipFileInfo, unzipSync } from "fflate";
import { AppError } from "../http/app-error.ts";

export const MAX_ARCHIVE_ENTRIES = 1_000;
export const MAX_ARCHIVE_UNPACKED_BYTES = 512 * 2 ** 20;
/** Text tables compress 5–20×; far beyond that an entry is a decompression bomb. */
export const MAX_COMPRESSION_RATIO = 1_000;
const RATIO_CHECK_FROM_BYTES = 2 ** 20;

const rejected = () => new AppError("bad_request", "errors.archive_rejected");

/**
 * Unzips an uploaded archive in memory, refusing zip bombs before inflating them: too many entries, a
 * declared unpacked size beyond the limit, or an implausible compression ratio; then re-checks the
 * actual sizes. A damaged archive is a 400, not a crash. Entry names are returned as stored: callers
 * must never use them as paths (the HSDS import keeps only the base name and writes nothing to disk).
 */
export function unzipUpload(bytes: Uint8Array): Record<string, Uint8Array> {
  let entries = 0;
  let declared = 0;
  const accept = (file: UnzipFileInfo): boolean => {
    entries += 1;
    declared += file.originalSize;
    const ratio = file.originalSize / Math.max(file.size, 1);
    if (
      entries > MAX_ARCHIVE_ENTRIES ||
      declared > MAX_ARCHIVE_UNPACKED_BYTES ||
      (file.originalSize > RATIO_CHECK_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO)
    ) {
      throw rejected();
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: accept });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw rejected();
  }
  const unpacked = Object.values(files).reduce((sum, content) => sum + content.length, 0);
  if (unpacked > MAX_ARCHIVE_UNPACKED_BYTES) throw rejected();
  return files;
}
