import { createRoute } from "@tanstack/react-router";
import { ImportsScreen } from "../../features/imports/components/imports-screen.tsx";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

/**
 * Spreadsheet import registers organizations (and, for admins, services, and HSDS packages in their own
 * section): for those who may register them.
 */
export const importsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "imports",
  beforeLoad: requireCapability("createOrganization"),
  component: ImportsRoute,
});

function ImportsRoute() {
  return <ImportsScreen me={importsRoute.useRouteContext().me} />;
}
