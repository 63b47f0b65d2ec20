import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ME_QUERY_KEY } from "../features/auth/api/session.api.ts";
import { ApiError } from "../lib/api-client.ts";

/** Retries only what may succeed later: network failures and server errors, not 4xx answers. */
const retry = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/**
 * The app's query cache. A 401 from any query means the session ended (expired, deactivated, signed
 * out elsewhere): the user is forgotten and `onSignedOut` sends them to the sign-in screen.
 */
export function createQueryClient(onSignedOut: () => void): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false } },
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) {
          client.setQueryData(ME_QUERY_KEY, null);
          onSignedOut();
        }
      },
    }),
  });
  return client;
}
