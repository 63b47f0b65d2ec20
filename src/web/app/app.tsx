import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { ToastProvider } from "../components/ui/toast.tsx";
import { createQueryClient } from "./query-client.ts";
import { type AppRouter, createAppRouter } from "./router.tsx";

/** The query cache and the router, wired so that a lost session sends the user to sign in. */
export function createWebApp() {
  let router: AppRouter | null = null;
  const queryClient = createQueryClient(() => void router?.invalidate());
  router = createAppRouter(queryClient);
  return { queryClient, router };
}

/** The providers, outermost first: translations, server state, status messages, routes. */
export function WebApp(props: { i18n: I18n; queryClient: QueryClient; router: AppRouter }) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <QueryClientProvider client={props.queryClient}>
        <ToastProvider>
          <RouterProvider router={props.router} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
