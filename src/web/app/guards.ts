import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import { type Capability, meQueryOptions, type TMe } from "../features/auth/api/session.api.ts";
import { ApiError } from "../lib/api-client.ts";

/** For a signed-in layout's beforeLoad: the user, or a redirect to sign-in that comes back here after. */
export async function requireSignedIn(queryClient: QueryClient, returnTo: string): Promise<TMe> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (!me) throw redirect({ to: "/sign-in", search: { redirect: returnTo } });
  return me;
}

/** The sign-in screen is for signed-out users only. */
export async function redirectIfSignedIn(queryClient: QueryClient): Promise<void> {
  if (await queryClient.ensureQueryData(meQueryOptions())) throw redirect({ to: "/" });
}

/**
 * For a route's beforeLoad: `beforeLoad: requireCapability("manageUsers")`. The API refuses anyway;
 * this only spares the user a screen they cannot use (the route's error component says why).
 */
export function requireCapability(capability: Capability) {
  return ({ context }: { context: { me: TMe } }) => {
    if (!context.me.capabilities[capability]) throw new ApiError(403, "forbidden", "");
  };
}
