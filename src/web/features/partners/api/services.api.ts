import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type {
  TService,
  TServiceCategory,
  TServiceCreate,
  TServiceUpdate,
} from "../../../../shared/contracts/services.ts";
import { api } from "../../../lib/api.ts";
import type { ServiceListSearch } from "../lib/partner-search.ts";

const path = (id: string) => `/api/services/${encodeURIComponent(id)}`;

export const servicesQueryOptions = (search: ServiceListSearch) =>
  queryOptions({
    queryKey: ["services", "list", search],
    queryFn: ({ signal }) => api.get<TPage<TService>>("/api/services", search, signal),
    placeholderData: keepPreviousData,
  });

/** The services of one organization, for its page (organizations have few; the list has the rest). */
export const partnerServicesQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: ["services", "of", organizationId],
    queryFn: ({ signal }) =>
      api.get<TPage<TService>>(
        "/api/services",
        { organization: [organizationId], sort: "name", perPage: 50 },
        signal,
      ),
  });

export const serviceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["services", "one", id],
    queryFn: ({ signal }) => api.get<TService>(path(id), undefined, signal),
  });

export const serviceCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: ["service-categories"],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: TServiceCategory[] }>("/api/service-categories", undefined, signal)).items,
    staleTime: Number.POSITIVE_INFINITY,
  });

function useSavedService() {
  const queryClient = useQueryClient();
  return (service: TService) => {
    queryClient.setQueryData(serviceQueryOptions(service.id).queryKey, service);
    return queryClient.invalidateQueries({
      queryKey: ["services"],
      predicate: (query) => query.queryKey[1] !== "one",
    });
  };
}

export function useCreateService() {
  const saved = useSavedService();
  return useMutation({
    mutationFn: (input: TServiceCreate) => api.post<TService>("/api/services", input),
    onSuccess: saved,
  });
}

export function useUpdateService(id: string) {
  const saved = useSavedService();
  return useMutation({
    mutationFn: (patch: TServiceUpdate) => api.patch<TService>(path(id), patch),
    onSuccess: saved,
  });
}

export function useVerifyService(id: string) {
  const saved = useSavedService();
  return useMutation({ mutationFn: () => api.post<TService>(`${path(id)}/verify`), onSuccess: saved });
}

export function useDeleteService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(path(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ["services", "one", id] });
      return queryClient.invalidateQueries({ queryKey: ["services"] });
    },
  });
}
