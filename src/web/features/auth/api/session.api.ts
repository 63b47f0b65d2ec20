import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { TPasswordChange, TSignIn } from "../../../../shared/contracts/auth.ts";
import type { TCapabilities, ZMe } from "../../../../shared/contracts/users.ts";
import { api } from "../../../lib/api.ts";
import { ApiError } from "../../../lib/api-client.ts";

export type TMe = z.infer<typeof ZMe>;
export type Capability = keyof TCapabilities;

export const ME_QUERY_KEY = ["me"] as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchMe(): Promise<TMe | null> {
  try {
    return await api.get<TMe>("/api/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });

export function useMe(): TMe | null {
  return useQuery(meQueryOptions()).data ?? null;
}

/** better-auth's endpoints (not the `/api/*` contract): they set and clear the session cookie. */
export const signIn = (input: TSignIn) => api.post<unknown>("/api/auth/sign-in/email", input);

export const signOut = () => api.post<unknown>("/api/auth/sign-out", {});

/** Other sessions of the user end; this one continues with a fresh cookie. */
export const changePassword = (input: TPasswordChange) =>
  api.post<unknown>("/api/auth/change-password", {
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
    revokeOtherSessions: true,
  });
