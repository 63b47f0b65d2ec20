import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { ZAnalyticsSearch } from "../../features/analytics/api/analytics-search.ts";
import { ApiError } from "../../lib/api-client.ts";
import { listSearch } from "../../lib/search-params.ts";
import { signedInRoute } from "./signed-in.route.tsx";

/**
 * `/analytics`: the dashboards. Partner users are not program managers (the API answers them 403). The
 * screen and its chart library load only when opened, so the other screens do not carry them.
 */
export const analyticsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "analytics",
  beforeLoad: ({ context }) => {
    if (context.me.user.role === "partner") throw new ApiError(403, "forbidden", "");
  },
  ...listSearch(ZAnalyticsSearch),
  component: lazyRouteComponent(() => import("./analytics.route-component.tsx"), "AnalyticsRoute"),
});
