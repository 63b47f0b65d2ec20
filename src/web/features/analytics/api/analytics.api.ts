import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  TCoverage,
  TInitiativesAnalytics,
  TMemorandaAnalytics,
  TPopulationList,
  TPopulationUpdate,
  TRegionPopulation,
} from "../../../../shared/contracts/analytics.ts";
import type { TLocationMap } from "../../../../shared/contracts/location-map.ts";
import type { TServiceCategory } from "../../../../shared/contracts/services.ts";
import { api } from "../../../lib/api.ts";
import { type AnalyticsSearch, coverageQuery, periodQuery } from "./analytics-search.ts";

const ROOT = "/api/analytics";

export const coverageQueryOptions = (search: AnalyticsSearch) =>
  queryOptions({
    queryKey: ["analytics", "coverage", coverageQuery(search)],
    queryFn: ({ signal }) => api.get<TCoverage>(`${ROOT}/coverage`, coverageQuery(search), signal),
    placeholderData: keepPreviousData,
  });

export const memorandaAnalyticsQueryOptions = (search: AnalyticsSearch) =>
  queryOptions({
    queryKey: ["analytics", "memoranda", periodQuery(search)],
    queryFn: ({ signal }) => api.get<TMemorandaAnalytics>(`${ROOT}/memoranda`, periodQuery(search), signal),
    placeholderData: keepPreviousData,
  });

export const initiativesAnalyticsQueryOptions = (search: AnalyticsSearch) =>
  queryOptions({
    queryKey: ["analytics", "initiatives", periodQuery(search)],
    queryFn: ({ signal }) =>
      api.get<TInitiativesAnalytics>(`${ROOT}/initiatives`, periodQuery(search), signal),
    placeholderData: keepPreviousData,
  });

export const populationQueryOptions = () =>
  queryOptions({
    queryKey: ["analytics", "population"],
    queryFn: ({ signal }) => api.get<TPopulationList>(`${ROOT}/population`, undefined, signal),
  });

/** The same regions and projection the location pin map draws (the public map's geometry). */
export const regionShapesQueryOptions = () =>
  queryOptions({
    queryKey: ["location-map"],
    queryFn: ({ signal }) => api.get<TLocationMap>("/api/location-map", undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The service categories, for the category filter (the same cache as the services screens'). */
export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: ["service-categories"],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: TServiceCategory[] }>("/api/service-categories", undefined, signal)).items,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Saving a region's child population changes every per-10,000 figure. */
export function useUpdatePopulation(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TPopulationUpdate) =>
      api.put<TRegionPopulation>(`${ROOT}/population/${encodeURIComponent(regionCode)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["analytics"] }),
  });
}
