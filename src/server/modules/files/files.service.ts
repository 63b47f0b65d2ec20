import { stat } from "node:fs/promises";
import { isImageType, maxBytesFor, STAFF_ONLY_KINDS, type TFile } from "../../../shared/contracts/files.ts";
import { withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { type AccessContext, TARGET_ACCESS } from "./attachment-targets.ts";
import { cleanFileName } from "./file-names.ts";
import { sniffContentType } from "./file-sniff.ts";
import { blobPath, hasBlob, putBlob, readBlob } from "./file-store.ts";
import { attachmentsOfFile, type FileRow, findFile } from "./files.repository.ts";
import { files } from "./files.schema.ts";
import { reencodeImage } from "./image-processing.ts";

export interface FilesContext extends AccessContext {
  dataDir: string;
}

export function presentFile(row: FileRow): TFile {
  return {
    id: row.id,
    sha256: row.sha256,
    contentType: row.contentType,
    size: row.sizeBytes,
    originalName: row.originalName,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
    url: `/api/files/${row.id}`,
    thumbnailUrl: row.thumbnailSha256 ? `/api/files/${row.id}/thumbnail` : null,
  };
}

const MB = 1024 * 1024;

/** Viewers only read; every other signed-in role writes something files can be attached to. */
export const canUpload = (principal: UserPrincipal): boolean => principal.role !== "viewer";

export async function uploadFile(
  ctx: FilesContext,
  principal: UserPrincipal,
  upload: { bytes: Uint8Array; name: string },
): Promise<TFile> {
  if (!canUpload(principal)) throw AppError.forbidden();
  const type = sniffContentType(upload.bytes);
  if (!type) throw new AppError("unsupported_media_type", "errors.file_type_not_allowed");
  const maxBytes = maxBytesFor(type);
  if (upload.bytes.length > maxBytes) {
    throw new AppError("payload_too_large", "errors.file_too_large", { maxMb: maxBytes / MB });
  }
  let stored = upload.bytes;
  let image: { width: number; height: number; thumbnailSha256: string } | null = null;
  if (isImageType(type)) {
    const processed = await reencodeImage(upload.bytes, type);
    if (!processed) throw new AppError("unsupported_media_type", "errors.image_unreadable");
    stored = processed.bytes;
    const thumbnailSha256 = await putBlob(ctx.dataDir, processed.thumbnail);
    image = { width: processed.width, height: processed.height, thumbnailSha256 };
  }
  const sha256 = await putBlob(ctx.dataDir, stored);
  const row = await withActor(ctx.db, principal.id, async (tx) => {
    const [inserted] = await tx
      .insert(files)
      .values({
        sha256,
        contentType: type,
        sizeBytes: stored.length,
        originalName: cleanFileName(upload.name, type),
        width: image?.width ?? null,
        height: image?.height ?? null,
        thumbnailSha256: image?.thumbnailSha256 ?? null,
        uploadedBy: principal.id,
      })
      .returning();
    return inserted;
  });
  if (!row) throw new AppError("internal");
  return presentFile(row);
}

/**
 * A file is readable by its uploader, by admins, and by whoever may read a record it is attached to;
 * anonymous callers never see signed scans and internal documents, even of public records.
 */
export async function canReadFile(ctx: AccessContext, file: FileRow): Promise<boolean> {
  const { principal } = ctx;
  const signedIn = principal.kind === "user";
  if (signedIn && (principal.id === file.uploadedBy || principal.role === "admin")) return true;
  for (const attachment of await attachmentsOfFile(ctx.db, file.id)) {
    if (!signedIn && STAFF_ONLY_KINDS.includes(attachment.kind)) continue;
    if (await TARGET_ACCESS[attachment.target].canRead(ctx, attachment.targetId)) return true;
  }
  return false;
}

/** The file if the caller may read it; otherwise it does not exist for them. */
export async function readableFile(ctx: AccessContext, id: string): Promise<FileRow> {
  const file = await findFile(ctx.db, id);
  if (!file || !(await canReadFile(ctx, file))) throw AppError.notFound();
  return file;
}

export interface FileContent {
  body: ReadableStream<Uint8Array>;
  size: number;
  sha256: string;
}

/** The stored bytes of the file or of its thumbnail. */
export async function openContent(ctx: FilesContext, sha256: string | null): Promise<FileContent> {
  if (!sha256 || !(await hasBlob(ctx.dataDir, sha256))) throw AppError.notFound();
  const { size } = await stat(blobPath(ctx.dataDir, sha256));
  return { body: readBlob(ctx.dataDir, sha256), size, sha256 };
}
