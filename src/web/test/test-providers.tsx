import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  type AnyRoute,
  createMemoryHistory,
  createRootRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { i18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "../../shared/vocabulary.ts";
import { ToastProvider } from "../components/ui/toast.tsx";
import { createI18n } from "../lib/i18n.ts";

/** Translations from the real catalogs, in `locale`. */
export const testI18n = (locale: Locale = "en"): Promise<i18n> => createI18n(locale);

export function Providers({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{children}</ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/**
 * Renders routes made by `makeRoutes(root)` on an in-memory history at `url`, inside the app's providers;
 * returns the router so a test can read its location.
 */
export async function renderRoutes(i18n: i18n, url: string, makeRoutes: (root: AnyRoute) => AnyRoute[]) {
  const root = createRootRoute({ component: Outlet });
  const router = createRouter({
    routeTree: root.addChildren(makeRoutes(root)),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();
  const view = render(
    <Providers i18n={i18n}>
      <RouterProvider router={router as never} />
    </Providers>,
  );
  return { router, view };
}
