import { createRoute, Outlet } from "@tanstack/react-router";
import { requireSignedIn } from "../guards.ts";
import { rootRoute } from "./root.route.tsx";

/** The layout of every screen that needs a session; its children get `context.me`. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "signed-in",
  beforeLoad: async ({ context, location }) => ({
    me: await requireSignedIn(context.queryClient, location.href),
  }),
  component: Outlet,
});
