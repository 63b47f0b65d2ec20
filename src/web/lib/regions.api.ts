import { queryOptions } from "@tanstack/react-query";
import type { TRegion } from "../../shared/contracts/regions.ts";
import { api } from "./api.ts";

/** Kazakhstan's 20 regions: reference data every feature may use; they change with a law, not daily. */
export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: ["regions"],
    queryFn: async () => (await api.get<{ items: TRegion[] }>("/api/regions")).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
