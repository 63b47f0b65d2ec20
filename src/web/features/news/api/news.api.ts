import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { TPage } from "../../../../shared/contracts/common.ts";
import {
  type TNews,
  type TNewsCreate,
  type TNewsUpdate,
  ZNewsListQuery,
} from "../../../../shared/contracts/news.ts";
import { api } from "../../../lib/api.ts";

export const NEWS_STATES = ["draft", "published", "all"] as const;
export type NewsState = (typeof NEWS_STATES)[number];

/**
 * The list's URL: the API's query, with `state` instead of `published`. Without `state` the list shows
 * what the user most likely came for (see defaultNewsState), so `/news` needs no parameters.
 */
export const ZNewsSearch = ZNewsListQuery.omit({ published: true }).extend({
  state: z.enum(NEWS_STATES).optional(),
});
export type NewsSearch = z.output<typeof ZNewsSearch>;

/**
 * Those who write news (admins, coordinators) land on drafts: posts drafted by signing a memorandum
 * wait there for review. Readers land on every post.
 */
export const defaultNewsState = (canWriteNews: boolean): NewsState => (canWriteNews ? "draft" : "all");

/** The API query for a list URL. */
export function newsListQuery(search: NewsSearch, fallback: NewsState) {
  const { state = fallback, ...rest } = search;
  return { ...rest, published: state === "all" ? undefined : state === "published" };
}

export const newsListQueryOptions = (query: ReturnType<typeof newsListQuery>) =>
  queryOptions({
    queryKey: ["news", "list", query],
    queryFn: ({ signal }) => api.get<TPage<TNews>>("/api/news", query, signal),
    placeholderData: keepPreviousData,
  });

export const newsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["news", "one", id],
    queryFn: ({ signal }) => api.get<TNews>(`/api/news/${encodeURIComponent(id)}`, undefined, signal),
    // Other screens publish posts too (the memorandum's drafted news): read it afresh on every visit.
    staleTime: 0,
  });

const newsPath = (id: string, action = "") => `/api/news/${encodeURIComponent(id)}${action}`;

/** After a change: the post itself from the answer, every list again (its state or title may differ). */
function useStorePost() {
  const queryClient = useQueryClient();
  return (post: TNews) => {
    queryClient.setQueryData(newsQueryOptions(post.id).queryKey, post);
    return queryClient.invalidateQueries({ queryKey: ["news", "list"] });
  };
}

export function useCreateNews() {
  const store = useStorePost();
  return useMutation({
    mutationFn: (input: TNewsCreate) => api.post<TNews>("/api/news", input),
    onSuccess: store,
  });
}

export function useUpdateNews(id: string) {
  const store = useStorePost();
  return useMutation({
    mutationFn: (patch: TNewsUpdate) => api.patch<TNews>(newsPath(id), patch),
    onSuccess: store,
  });
}

/** Publish or withdraw, with the version the screen read. */
export function usePublishNews(id: string) {
  const store = useStorePost();
  return useMutation({
    mutationFn: ({ publish, version }: { publish: boolean; version: number }) =>
      api.post<TNews>(newsPath(id, publish ? "/publish" : "/unpublish"), { version }),
    onSuccess: store,
  });
}

export function useDeleteNews(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(newsPath(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: newsQueryOptions(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: ["news", "list"] });
    },
  });
}
