import { getRouteApi } from "@tanstack/react-router";
import { AnalyticsScreen } from "../../features/analytics/components/analytics-screen.tsx";

const route = getRouteApi("/signed-in/analytics");

export function AnalyticsRoute() {
  const { user } = route.useRouteContext().me;
  // A coordinator's figures are their regions' (the API narrows them anyway); others see every region.
  const scopeRegionCodes = user.role === "coordinator" ? user.regionCodes : null;
  return <AnalyticsScreen search={route.useSearch()} scopeRegionCodes={scopeRegionCodes} />;
}
