import { queryOptions } from "@tanstack/react-query";
import type { THome } from "../../../../shared/contracts/home.ts";
import { api } from "../../../lib/api.ts";

export const homeQueryOptions = () =>
  queryOptions({
    queryKey: ["home"],
    queryFn: ({ signal }) => api.get<THome>("/api/home", undefined, signal),
  });
