import type { QueryClient } from "@tanstack/react-query";
import { createRouter, type ErrorComponentProps, Link, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../components/ui/states.tsx";
import { useDocumentTitle } from "../lib/document-title.ts";
import { routeTree } from "./route-tree.ts";

/** Where the server mounts the SPA (src/server/web-app) and Vite's `base`. */
export const BASE_PATH = "/app";

function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <ErrorState
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t("app.not_found.title"));
  return (
    <>
      <h1>{t("app.not_found.title")}</h1>
      <p>{t("app.not_found.body")}</p>
      <p>
        <Link to="/">{t("app.nav.home")}</Link>
      </p>
    </>
  );
}

export function createAppRouter(queryClient: QueryClient, options: { basepath?: string } = {}) {
  return createRouter({
    routeTree,
    basepath: options.basepath ?? BASE_PATH,
    context: { queryClient },
    defaultPreload: "intent",
    // TanStack Query owns caching; the router asks it on every preload.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFound,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
