import { eq } from "drizzle-orm";
import {
  type AttachmentTarget,
  KINDS_BY_TARGET,
  kindAccepts,
  STAFF_ONLY_KINDS,
  type TAttachment,
  type TAttachmentCreate,
  ZAttachmentCreate,
} from "../../../shared/contracts/files.ts";
import { withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type UserPrincipal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { type AccessContext, TARGET_ACCESS } from "./attachment-targets.ts";
import {
  type AttachmentWithFile,
  findAttachment,
  findFile,
  isAttached,
  listAttachments,
  targetOf,
  targetValues,
} from "./files.repository.ts";
import { fileAttachments } from "./files.schema.ts";
import { canReadFile, presentFile } from "./files.service.ts";

export function presentAttachment(row: AttachmentWithFile, canWrite: boolean): TAttachment {
  return {
    id: row.id,
    ...targetOf(row),
    kind: row.kind,
    caption: (row.caption as Record<string, string> | null) ?? null,
    file: presentFile(row.file),
    createdAt: row.createdAt.toISOString(),
    permissions: { delete: canWrite },
  };
}

/** The record's files as the caller may see them; 404 when the record does not exist for the caller. */
export async function readAttachments(
  ctx: AccessContext,
  target: AttachmentTarget,
  targetId: string,
): Promise<{ items: TAttachment[]; canAttach: boolean }> {
  const access = TARGET_ACCESS[target];
  if (!(await access.canRead(ctx, targetId))) throw AppError.notFound();
  const canWrite = await access.canWrite(ctx, targetId);
  const signedIn = ctx.principal.kind === "user";
  const rows = await listAttachments(ctx.db, target, targetId);
  return {
    items: rows
      .filter((row) => signedIn || !STAFF_ONLY_KINDS.includes(row.kind))
      .map((row) => presentAttachment(row, canWrite)),
    canAttach: canWrite,
  };
}

/** 404 when the record is hidden from the caller, 403 when it is visible but not theirs to change. */
async function assertWritable(ctx: AccessContext, target: AttachmentTarget, targetId: string) {
  const access = TARGET_ACCESS[target];
  if (!(await access.canRead(ctx, targetId))) throw AppError.notFound();
  if (!(await access.canWrite(ctx, targetId))) throw AppError.forbidden();
}

export async function attachFile(
  ctx: AccessContext & { principal: UserPrincipal },
  target: AttachmentTarget,
  targetId: string,
  input: TAttachmentCreate,
): Promise<TAttachment> {
  const parsed = ZAttachmentCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { fileId, kind, caption } = parsed.data;
  await assertWritable(ctx, target, targetId);
  if (!KINDS_BY_TARGET[target].includes(kind)) {
    throw AppError.validation("kind", "validation.invalid_value", {
      values: KINDS_BY_TARGET[target].join(", "),
    });
  }
  // Only a file the caller can already read may be attached: ids of other people's files give nothing.
  const file = await findFile(ctx.db, fileId);
  if (!file || !(await canReadFile(ctx, file))) {
    throw AppError.validation("fileId", "validation.unknown_reference");
  }
  if (!kindAccepts(kind, file.contentType))
    throw AppError.validation("fileId", "validation.attachment_not_image");
  if (await isAttached(ctx.db, target, targetId, fileId))
    throw new AppError("conflict", "errors.already_attached");
  const id = await withActor(ctx.db, actorIdOf(ctx.principal), async (tx) => {
    const [inserted] = await tx
      .insert(fileAttachments)
      .values({ fileId, kind, caption, createdBy: ctx.principal.id, ...targetValues(target, targetId) })
      .returning({ id: fileAttachments.id });
    if (!inserted) throw new AppError("internal");
    return inserted.id;
  });
  const created = (await listAttachments(ctx.db, target, targetId)).find((row) => row.id === id);
  if (!created) throw new AppError("internal");
  return presentAttachment(created, true);
}

export async function detachFile(
  ctx: AccessContext & { principal: UserPrincipal },
  target: AttachmentTarget,
  targetId: string,
  attachmentId: string,
): Promise<void> {
  await assertWritable(ctx, target, targetId);
  if (!(await findAttachment(ctx.db, target, targetId, attachmentId))) throw AppError.notFound();
  await withActor(ctx.db, actorIdOf(ctx.principal), (tx) =>
    tx.delete(fileAttachments).where(eq(fileAttachments.id, attachmentId)),
  );
}
