import { createRoute } from "@tanstack/react-router";
import { ExtractionScreen } from "../../features/extraction/components/extraction-screen.tsx";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

/** Press-release import creates draft memoranda, so it is for those who may create them. */
export const extractionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "extraction",
  beforeLoad: requireCapability("createMemorandum"),
  component: ExtractionRoute,
});

function ExtractionRoute() {
  return <ExtractionScreen me={extractionRoute.useRouteContext().me} />;
}
