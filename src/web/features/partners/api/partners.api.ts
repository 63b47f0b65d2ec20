import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type {
  TOrganization,
  TOrganizationCreate,
  TOrganizationMergeResult,
  TOrganizationUpdate,
} from "../../../../shared/contracts/organizations.ts";
import { api } from "../../../lib/api.ts";
import type { PartnerListSearch } from "../lib/partner-search.ts";

const path = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;

export const partnersQueryOptions = (search: PartnerListSearch) =>
  queryOptions({
    queryKey: ["partners", "list", search],
    queryFn: ({ signal }) => api.get<TPage<TOrganization>>("/api/organizations", search, signal),
    placeholderData: keepPreviousData,
  });

export const partnerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["partners", "one", id],
    queryFn: ({ signal }) => api.get<TOrganization>(path(id), undefined, signal),
    staleTime: 30_000,
  });

/** Organizations a duplicate could be picked from: active ones matching the text, by name. */
export const mergeCandidatesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ["partners", "candidates", q],
    queryFn: ({ signal }) =>
      api.get<TPage<TOrganization>>(
        "/api/organizations",
        { q: q || undefined, status: "active", sort: "name", perPage: 10 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrganizationCreate) => api.post<TOrganization>("/api/organizations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["partners", "list"] }),
  });
}

/** Keeps the cached record in step with what the server answered, and refreshes every list. */
function useSavedPartner() {
  const queryClient = useQueryClient();
  return (organization: TOrganization) => {
    queryClient.setQueryData(partnerQueryOptions(organization.id).queryKey, organization);
    return queryClient.invalidateQueries({
      queryKey: ["partners"],
      predicate: (query) => query.queryKey[1] !== "one",
    });
  };
}

export function useUpdatePartner(id: string) {
  const saved = useSavedPartner();
  return useMutation({
    mutationFn: (patch: TOrganizationUpdate) => api.patch<TOrganization>(path(id), patch),
    onSuccess: saved,
  });
}

export function useVerifyPartner(id: string) {
  const saved = useSavedPartner();
  return useMutation({
    mutationFn: () => api.post<TOrganization>(`${path(id)}/verify`),
    onSuccess: saved,
  });
}

export function useMergePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { duplicateId: string; version: number }) =>
      api.post<TOrganizationMergeResult>(`${path(id)}/merge`, input),
    onSuccess: (result) => {
      queryClient.setQueryData(partnerQueryOptions(id).queryKey, result.organization);
      // The duplicate, the lists and everything that moved (services, locations) changed too.
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: ["partners"],
          predicate: (query) => !(query.queryKey[1] === "one" && query.queryKey[2] === id),
        }),
        queryClient.invalidateQueries({ queryKey: ["services"] }),
        queryClient.invalidateQueries({ queryKey: ["locations"] }),
      ]);
    },
  });
}
