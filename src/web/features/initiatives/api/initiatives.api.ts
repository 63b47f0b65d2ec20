import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { TPage } from "../../../../shared/contracts/common.ts";
import { ZRegionCode } from "../../../../shared/contracts/common.ts";
import {
  type TInitiative,
  type TInitiativeCreate,
  type TInitiativeUpdate,
  type TReach,
  ZInitiativeListQuery,
} from "../../../../shared/contracts/initiatives.ts";
import type { TMemorandum, TMemorandumSummary } from "../../../../shared/contracts/memoranda.ts";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { INITIATIVE_TYPES } from "../../../../shared/vocabulary.ts";
import { api } from "../../../lib/api.ts";

/**
 * The list's URL: the API's own query, with one region and one type as plain values (`?region=KZ-79`)
 * rather than the JSON arrays the router would write for lists.
 */
export const ZInitiativeListSearch = ZInitiativeListQuery.extend({
  region: ZRegionCode.optional(),
  type: z.enum(INITIATIVE_TYPES).optional(),
});
export type InitiativeListSearch = z.output<typeof ZInitiativeListSearch>;

export type TInitiativePage = TPage<TInitiative> & { reachTotals: TReach };

export const initiativesQueryOptions = (search: InitiativeListSearch) =>
  queryOptions({
    queryKey: ["initiatives", "list", search],
    queryFn: ({ signal }) => api.get<TInitiativePage>("/api/initiatives", search, signal),
    placeholderData: keepPreviousData,
  });

export const initiativeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["initiatives", "one", id],
    queryFn: ({ signal }) =>
      api.get<TInitiative>(`/api/initiatives/${encodeURIComponent(id)}`, undefined, signal),
  });

/**
 * Memoranda matching `q` among those the caller may see (the API filters by role); a partner reports
 * only under memoranda its organization is party to, so its search is narrowed to those.
 */
export const memorandumSearchQueryOptions = (q: string, organizationId: string | null) =>
  queryOptions({
    queryKey: ["initiatives", "memorandum-search", q, organizationId],
    queryFn: async ({ signal }) =>
      (
        await api.get<TPage<TMemorandumSummary>>(
          "/api/memoranda",
          { q: q || undefined, organization: organizationId ?? undefined, perPage: 10, sort: "-signedDate" },
          signal,
        )
      ).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** One memorandum for its title and parties (picked memoranda, their partner organizations). */
export const linkedMemorandumQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["initiatives", "memorandum", id],
    queryFn: ({ signal }) =>
      api.get<TMemorandum>(`/api/memoranda/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 5 * 60_000,
  });

/** An organization taking part that is not a party of the picked memoranda, for its name. */
export const linkedOrganizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["initiatives", "organization", id],
    queryFn: ({ signal }) =>
      api.get<TOrganization>(`/api/organizations/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 5 * 60_000,
  });

export function useCreateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInitiativeCreate) => api.post<TInitiative>("/api/initiatives", input),
    onSuccess: (initiative) => {
      queryClient.setQueryData(initiativeQueryOptions(initiative.id).queryKey, initiative);
      return queryClient.invalidateQueries({ queryKey: ["initiatives", "list"] });
    },
  });
}

export function useUpdateInitiative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TInitiativeUpdate) =>
      api.patch<TInitiative>(`/api/initiatives/${encodeURIComponent(id)}`, patch),
    onSuccess: (initiative) => {
      queryClient.setQueryData(initiativeQueryOptions(id).queryKey, initiative);
      return queryClient.invalidateQueries({ queryKey: ["initiatives", "list"] });
    },
  });
}

export function useDeleteInitiative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(`/api/initiatives/${encodeURIComponent(id)}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: initiativeQueryOptions(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: ["initiatives", "list"] });
    },
  });
}
