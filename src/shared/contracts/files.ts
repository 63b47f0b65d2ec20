import { z } from "zod";
import { ZOptionalLocalizedText } from "../localized-text.ts";

/** The only kinds of file the platform accepts; the type is sniffed from the bytes, never from the name. */
export const FILE_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const;
export type FileContentType = (typeof FILE_CONTENT_TYPES)[number];

export const IMAGE_CONTENT_TYPES: readonly FileContentType[] = ["image/jpeg", "image/png", "image/webp"];
export const isImageType = (type: FileContentType): boolean => IMAGE_CONTENT_TYPES.includes(type);

const MB = 1024 * 1024;
export const MAX_PDF_BYTES = 20 * MB;
export const MAX_IMAGE_BYTES = 10 * MB;
/** The largest upload of any type: the request limit of `POST /api/files`. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_PDF_BYTES, MAX_IMAGE_BYTES);
/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

export const maxBytesFor = (type: FileContentType): number =>
  isImageType(type) ? MAX_IMAGE_BYTES : MAX_PDF_BYTES;

/** What a file can be attached to; the path segment of its attachment routes. */
export const ATTACHMENT_TARGETS = ["memorandum", "initiative", "practice", "news"] as const;
export type AttachmentTarget = (typeof ATTACHMENT_TARGETS)[number];

export const ATTACHMENT_KINDS = ["signed_scan", "photo", "document", "media", "attachment"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Which kinds each target takes. */
export const KINDS_BY_TARGET: Record<AttachmentTarget, readonly AttachmentKind[]> = {
  memorandum: ["signed_scan", "photo", "document"],
  initiative: ["media"],
  practice: ["attachment"],
  news: ["photo"],
};

/** Photos and media must be images; a signed scan is a PDF or an image; documents may be either. */
export function kindAccepts(kind: AttachmentKind, type: FileContentType): boolean {
  if (kind === "photo" || kind === "media") return isImageType(type);
  return true;
}

/**
 * Kinds only signed-in users see, even on a public record: a signed scan carries signatures, and a
 * memorandum's working documents are internal.
 */
export const STAFF_ONLY_KINDS: readonly AttachmentKind[] = ["signed_scan", "document"];

export const ZFile = z.object({
  id: z.string(),
  sha256: z.string(),
  contentType: z.enum(FILE_CONTENT_TYPES),
  size: z.number().int(),
  originalName: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  createdAt: z.string(),
  /** Where to download the bytes; authorized like the records the file is attached to. */
  url: z.string(),
  /** A WebP of at most 320 px for images, null for PDFs. */
  thumbnailUrl: z.string().nullable(),
});
export type TFile = z.infer<typeof ZFile>;

export const ZAttachmentCreate = z
  .object({
    fileId: z.uuid(),
    kind: z.enum(ATTACHMENT_KINDS),
    caption: ZOptionalLocalizedText(500).nullable().default(null),
  })
  .strict();
export type TAttachmentCreate = z.input<typeof ZAttachmentCreate>;

export const ZAttachment = z.object({
  id: z.string(),
  target: z.enum(ATTACHMENT_TARGETS),
  targetId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  caption: z.record(z.string(), z.string()).nullable(),
  file: ZFile,
  createdAt: z.string(),
  permissions: z.object({ delete: z.boolean() }),
});
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAttachmentList = z.object({
  items: z.array(ZAttachment),
  /** Whether the caller may attach files to this record. */
  canAttach: z.boolean(),
});

export const ZAttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const ZFileDownloadQuery = z.object({
  /** `1` asks for `Content-Disposition: attachment` even for an image. */
  download: z.enum(["0", "1"]).optional(),
});
