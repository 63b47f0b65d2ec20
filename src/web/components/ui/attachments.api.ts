import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type AttachmentKind,
  type AttachmentTarget,
  FILE_CONTENT_TYPES,
  type FileContentType,
  isImageType,
  kindAccepts,
  maxBytesFor,
  type TAttachment,
  type TFile,
  type ZAttachmentList,
} from "../../../shared/contracts/files.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { api } from "../../lib/api.ts";
import { ApiError, toApiError } from "../../lib/api-client.ts";
import { currentLocale } from "../../lib/i18n.ts";

export type TAttachmentList = z.infer<typeof ZAttachmentList>;

/** The collection each kind of record lives under in the API (as attachments.routes.ts mounts them). */
const SEGMENT: Record<AttachmentTarget, string> = {
  memorandum: "memoranda",
  initiative: "initiatives",
  practice: "practices",
  news: "news",
};

export const attachmentsPath = (target: AttachmentTarget, id: string) =>
  `/api/${SEGMENT[target]}/${encodeURIComponent(id)}/attachments`;

export const attachmentsQueryOptions = (target: AttachmentTarget, id: string) =>
  queryOptions({
    queryKey: ["attachments", target, id],
    queryFn: ({ signal }) => api.get<TAttachmentList>(attachmentsPath(target, id), undefined, signal),
  });

/**
 * What is wrong with a chosen file before it is sent, as an i18n key and its params; null when it may go.
 * The server sniffs the bytes anyway: this only spares a long upload that would be refused.
 */
export function fileProblem(
  file: { type: string; size: number },
  kind: AttachmentKind,
): { key: string; params?: Record<string, number> } | null {
  // Browsers leave the type empty for unknown extensions; the server decides then.
  if (file.type === "") return null;
  if (!(FILE_CONTENT_TYPES as readonly string[]).includes(file.type)) {
    return { key: "app.attachments.error.type" };
  }
  const type = file.type as FileContentType;
  if (!kindAccepts(kind, type)) return { key: "app.attachments.error.image_only" };
  const max = maxBytesFor(type);
  if (file.size > max) {
    return {
      key: isImageType(type) ? "app.attachments.error.image_size" : "app.attachments.error.pdf_size",
      params: { maxMb: max / 2 ** 20 },
    };
  }
  return null;
}

/** `POST /api/files` as multipart; the JSON client cannot send a form. */
export async function uploadFile(file: File): Promise<TFile> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch("/api/files", {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { accept: "application/json", "accept-language": currentLocale() },
    });
  } catch (cause) {
    throw new ApiError(0, "network", (cause as Error)?.message ?? "network error");
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw toApiError(response.status, body, response.statusText);
  return body as TFile;
}

/** Uploads the file, then attaches it to the record as `kind`. */
export function useAttachFile(target: AttachmentTarget, id: string, kind: AttachmentKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, caption }: { file: File; caption: TLocalizedText | null }) => {
      const stored = await uploadFile(file);
      return api.post<TAttachment>(attachmentsPath(target, id), { fileId: stored.id, kind, caption });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["attachments", target, id] }),
  });
}

export function useDetachFile(target: AttachmentTarget, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api.delete<null>(`${attachmentsPath(target, id)}/${encodeURIComponent(attachmentId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["attachments", target, id] }),
  });
}
