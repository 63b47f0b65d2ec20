import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import type { TUser, TUserCreate, TUserUpdate, ZUserListQuery } from "../../../../shared/contracts/users.ts";
import { api } from "../../../lib/api.ts";

export type UserListSearch = z.output<typeof ZUserListQuery>;

export const usersQueryOptions = (search: UserListSearch) =>
  queryOptions({
    queryKey: ["users", "list", search],
    queryFn: ({ signal }) => api.get<TPage<TUser>>("/api/users", search, signal),
    placeholderData: keepPreviousData, // the old page stays while the next one loads
  });

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["users", "one", id],
    queryFn: ({ signal }) => api.get<TUser>(`/api/users/${encodeURIComponent(id)}`, undefined, signal),
  });

/** Organizations a partner user can belong to (active ones, by name). */
export const organizationChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ["organizations", "choices"],
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

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TUserCreate) => api.post<{ user: TUser; password: string }>("/api/users", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users", "list"] }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TUserUpdate) => api.patch<TUser>(`/api/users/${encodeURIComponent(id)}`, patch),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryOptions(id).queryKey, user);
      return queryClient.invalidateQueries({ queryKey: ["users", "list"] });
    },
  });
}
