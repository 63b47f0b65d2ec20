import { and, asc, eq, getTableColumns } from "drizzle-orm";
import type { AttachmentKind, AttachmentTarget } from "../../../shared/contracts/files.ts";
import type { Queryable } from "../../db/client.ts";
import { fileAttachments, files } from "./files.schema.ts";

export type FileRow = typeof files.$inferSelect;
export type AttachmentRow = typeof fileAttachments.$inferSelect;
export type AttachmentWithFile = AttachmentRow & { file: FileRow };

/** The column that points at each kind of record. */
export const TARGET_COLUMN = {
  memorandum: fileAttachments.memorandumId,
  initiative: fileAttachments.initiativeId,
  practice: fileAttachments.practiceId,
  news: fileAttachments.newsId,
} as const;

export function targetOf(row: AttachmentRow): { target: AttachmentTarget; targetId: string } {
  if (row.memorandumId) return { target: "memorandum", targetId: row.memorandumId };
  if (row.initiativeId) return { target: "initiative", targetId: row.initiativeId };
  if (row.practiceId) return { target: "practice", targetId: row.practiceId };
  if (row.newsId) return { target: "news", targetId: row.newsId };
  throw new Error(`attachment ${row.id} has no target`);
}

export function targetValues(target: AttachmentTarget, targetId: string) {
  return {
    memorandumId: target === "memorandum" ? targetId : null,
    initiativeId: target === "initiative" ? targetId : null,
    practiceId: target === "practice" ? targetId : null,
    newsId: target === "news" ? targetId : null,
  };
}

export async function findFile(db: Queryable, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

/** Every record the file is shown on, with the kind of attachment. */
export async function attachmentsOfFile(
  db: Queryable,
  fileId: string,
): Promise<Array<{ target: AttachmentTarget; targetId: string; kind: AttachmentKind }>> {
  const rows = await db.select().from(fileAttachments).where(eq(fileAttachments.fileId, fileId));
  return rows.map((row) => ({ ...targetOf(row), kind: row.kind }));
}

export async function listAttachments(
  db: Queryable,
  target: AttachmentTarget,
  targetId: string,
): Promise<AttachmentWithFile[]> {
  const rows = await db
    .select({ attachment: getTableColumns(fileAttachments), file: getTableColumns(files) })
    .from(fileAttachments)
    .innerJoin(files, eq(files.id, fileAttachments.fileId))
    .where(eq(TARGET_COLUMN[target], targetId))
    .orderBy(asc(fileAttachments.createdAt), asc(fileAttachments.id));
  return rows.map(({ attachment, file }) => ({ ...attachment, file }));
}

export async function findAttachment(
  db: Queryable,
  target: AttachmentTarget,
  targetId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(fileAttachments)
    .where(and(eq(fileAttachments.id, attachmentId), eq(TARGET_COLUMN[target], targetId)));
  return row;
}

export async function isAttached(
  db: Queryable,
  target: AttachmentTarget,
  targetId: string,
  fileId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: fileAttachments.id })
    .from(fileAttachments)
    .where(and(eq(fileAttachments.fileId, fileId), eq(TARGET_COLUMN[target], targetId)));
  return row !== undefined;
}
