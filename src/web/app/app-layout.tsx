import { Outlet, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../features/auth/api/session.api.ts";
import { AppHeader } from "./app-header.tsx";

/** Skip link, header, the one `<main>`; after each in-app navigation focus moves to the new content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation, which the body need not read
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip_to_content")}
      </a>
      <AppHeader me={me} />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
