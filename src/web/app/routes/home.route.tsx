import { createRoute } from "@tanstack/react-router";
import { HomeScreen } from "../../features/home/components/home-screen.tsx";
import { signedInRoute } from "./signed-in.route.tsx";

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/",
  component: HomeRoute,
});

function HomeRoute() {
  return <HomeScreen name={homeRoute.useRouteContext().me.user.name} />;
}
