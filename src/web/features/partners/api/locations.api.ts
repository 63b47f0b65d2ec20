import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type { TLocationMap } from "../../../../shared/contracts/location-map.ts";
import type { TLocation, TLocationCreate, TLocationUpdate } from "../../../../shared/contracts/services.ts";
import { api } from "../../../lib/api.ts";

/** How many places one screen lists at once; organizations have a handful. */
export const LOCATIONS_PER_PAGE = 100;

export const partnerLocationsQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: ["partners", "locations", organizationId],
    queryFn: ({ signal }) =>
      api.get<TPage<TLocation>>(
        `/api/organizations/${encodeURIComponent(organizationId)}/locations`,
        { perPage: LOCATIONS_PER_PAGE },
        signal,
      ),
  });

export const locationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["locations", "one", id],
    queryFn: ({ signal }) =>
      api.get<TLocation>(`/api/locations/${encodeURIComponent(id)}`, undefined, signal),
  });

/** The regions and projection of the public map; they change with a law, not daily. */
export const locationMapQueryOptions = () =>
  queryOptions({
    queryKey: ["location-map"],
    queryFn: ({ signal }) => api.get<TLocationMap>("/api/location-map", undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

function useLocationsChanged(organizationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["partners", "locations", organizationId] }),
      queryClient.invalidateQueries({ queryKey: ["locations"] }),
      // Services show their locations.
      queryClient.invalidateQueries({ queryKey: ["services"] }),
    ]);
}

export function useCreateLocation(organizationId: string) {
  const changed = useLocationsChanged(organizationId);
  return useMutation({
    mutationFn: (input: TLocationCreate) =>
      api.post<TLocation>(`/api/organizations/${encodeURIComponent(organizationId)}/locations`, input),
    onSuccess: changed,
  });
}

export function useUpdateLocation(organizationId: string, id: string) {
  const changed = useLocationsChanged(organizationId);
  return useMutation({
    mutationFn: (patch: TLocationUpdate) =>
      api.patch<TLocation>(`/api/locations/${encodeURIComponent(id)}`, patch),
    onSuccess: changed,
  });
}

export function useDeleteLocation(organizationId: string, id: string) {
  const changed = useLocationsChanged(organizationId);
  return useMutation({
    mutationFn: () => api.delete<null>(`/api/locations/${encodeURIComponent(id)}`),
    onSuccess: changed,
  });
}
