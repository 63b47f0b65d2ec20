import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TAuditEntry } from "../../../../shared/contracts/audit.ts";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type {
  AttachmentKind,
  TAttachment,
  TAttachmentCreate,
  TFile,
  ZAttachmentList,
} from "../../../../shared/contracts/files.ts";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { api } from "../../../lib/api.ts";
import { toApiError } from "../../../lib/api-client.ts";
import { currentLocale } from "../../../lib/i18n.ts";

type TAttachmentList = z.infer<typeof ZAttachmentList>;

const attachmentsPath = (id: string) => `/api/memoranda/${encodeURIComponent(id)}/attachments`;

export const attachmentsQueryOptions = (memorandumId: string) =>
  queryOptions({
    queryKey: ["memoranda", memorandumId, "attachments"],
    queryFn: ({ signal }) => api.get<TAttachmentList>(attachmentsPath(memorandumId), undefined, signal),
  });

/** The news posts linked to the memorandum; signing drafts one in the same transaction. */
export const memorandumNewsQueryOptions = (memorandumId: string) =>
  queryOptions({
    queryKey: ["memoranda", memorandumId, "news"],
    queryFn: async ({ signal }) =>
      (
        await api.get<TPage<TNews>>(
          "/api/news",
          { linkedKind: "memorandum", linkedId: memorandumId, perPage: 10 },
          signal,
        )
      ).items,
  });

export const TIMELINE_PAGE_SIZE = 50;

/** Every change of the memorandum, its parties, commitments and files, newest first, page by page. */
export const timelineQueryOptions = (memorandumId: string) =>
  infiniteQueryOptions({
    queryKey: ["memoranda", memorandumId, "timeline"],
    queryFn: ({ pageParam, signal }) =>
      api.get<TPage<TAuditEntry>>(
        "/api/audit",
        { entity: "memoranda", id: memorandumId, page: pageParam, perPage: TIMELINE_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.perPage < last.total ? last.page + 1 : undefined),
  });

/** `POST /api/files` takes multipart, which the JSON client does not speak. */
export async function uploadFile(file: File): Promise<TFile> {
  const body = new FormData();
  body.append("file", file);
  let response: Response;
  try {
    response = await fetch("/api/files", {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { accept: "application/json", "accept-language": currentLocale() },
    });
  } catch (cause) {
    throw toApiError(0, null, (cause as Error)?.message ?? "network");
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  if (!response.ok) throw toApiError(response.status, parsed, response.statusText);
  return parsed as TFile;
}

/** Upload, then attach: the file exists for the uploader alone until it is attached to the memorandum. */
export function useAttachFile(memorandumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: AttachmentKind }) => {
      const uploaded = await uploadFile(file);
      const body: TAttachmentCreate = { fileId: uploaded.id, kind };
      return api.post<TAttachment>(attachmentsPath(memorandumId), body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["memoranda", memorandumId] }),
  });
}

export function useDetachFile(memorandumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api.delete<null>(`${attachmentsPath(memorandumId)}/${encodeURIComponent(attachmentId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["memoranda", memorandumId] }),
  });
}

/** Publishing the drafted news post from the memorandum (the news API decides who may). */
export function usePublishNews(memorandumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (post: Pick<TNews, "id" | "version">) =>
      api.post<TNews>(`/api/news/${encodeURIComponent(post.id)}/publish`, { version: post.version }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["memoranda", memorandumId, "news"] }),
        queryClient.invalidateQueries({ queryKey: ["news"] }),
      ]),
  });
}
