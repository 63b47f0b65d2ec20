import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { TBranch } from "../../../../shared/contracts/branches.ts";
import { type TPage, ZRegionCode } from "../../../../shared/contracts/common.ts";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import {
  type TPractice,
  type TPracticeCreate,
  type TPracticeUpdate,
  type TReplicationsReplace,
  ZPracticeListQuery,
} from "../../../../shared/contracts/practices.ts";
import { api } from "../../../lib/api.ts";

/**
 * The library's URL: the API's query with one tag and one region as plain values (`?tag=asd`) and
 * `published` as the boolean the router reads back from `?published=true`.
 */
export const ZPracticeListSearch = ZPracticeListQuery.extend({
  tag: z.string().trim().toLowerCase().min(1).max(50).optional(),
  region: ZRegionCode.optional(),
  published: z.boolean().optional(),
});
export type PracticeListSearch = z.output<typeof ZPracticeListSearch>;

export const practicesQueryOptions = (search: PracticeListSearch) =>
  queryOptions({
    queryKey: ["practices", "list", search],
    queryFn: ({ signal }) => api.get<TPage<TPractice>>("/api/practices", search, signal),
    placeholderData: keepPreviousData,
  });

export const practiceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["practices", "one", id],
    queryFn: ({ signal }) =>
      api.get<TPractice>(`/api/practices/${encodeURIComponent(id)}`, undefined, signal),
  });

/** Partner organizations that can be named as a practice's author. */
export const authorOrganizationsQueryOptions = () =>
  queryOptions({
    queryKey: ["practices", "author-organizations"],
    queryFn: async ({ signal }) =>
      (
        await api.get<TPage<TOrganization>>(
          "/api/organizations",
          { status: "active", sort: "name", perPage: 100 },
          signal,
        )
      ).items,
    staleTime: 5 * 60_000,
  });

/** The program's branches, by region, for a practice a branch describes. */
export const authorBranchesQueryOptions = () =>
  queryOptions({
    queryKey: ["practices", "author-branches"],
    queryFn: async ({ signal }) =>
      (await api.get<TPage<TBranch>>("/api/branches", { sort: "region", perPage: 100 }, signal)).items,
    staleTime: 5 * 60_000,
  });

function usePracticeMutation<Input>(request: (input: Input) => Promise<TPractice>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (practice) => {
      queryClient.setQueryData(practiceQueryOptions(practice.id).queryKey, practice);
      return queryClient.invalidateQueries({ queryKey: ["practices", "list"] });
    },
  });
}

export const useCreatePractice = () =>
  usePracticeMutation((input: TPracticeCreate) => api.post<TPractice>("/api/practices", input));

export const useUpdatePractice = (id: string) =>
  usePracticeMutation((patch: TPracticeUpdate) =>
    api.patch<TPractice>(`/api/practices/${encodeURIComponent(id)}`, patch),
  );

export const useReplaceReplications = (id: string) =>
  usePracticeMutation((input: TReplicationsReplace) =>
    api.put<TPractice>(`/api/practices/${encodeURIComponent(id)}/replications`, input),
  );

export function useDeletePractice(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(`/api/practices/${encodeURIComponent(id)}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: practiceQueryOptions(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: ["practices", "list"] });
    },
  });
}
