import { createRoute } from "@tanstack/react-router";
import { ZNotificationsSearch } from "../../features/notifications/api/notifications.api.ts";
import { NotificationsScreen } from "../../features/notifications/components/notifications-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { signedInRoute } from "./signed-in.route.tsx";

/** Every signed-in role: the API returns only the caller's own notifications. */
export const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "notifications",
  ...listSearch(ZNotificationsSearch),
  component: NotificationsRoute,
});

function NotificationsRoute() {
  return <NotificationsScreen search={notificationsRoute.useSearch()} />;
}
