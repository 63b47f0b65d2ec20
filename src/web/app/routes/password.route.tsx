import { createRoute } from "@tanstack/react-router";
import { ChangePasswordScreen } from "../../features/auth/components/change-password-screen.tsx";
import { signedInRoute } from "./signed-in.route.tsx";

export const passwordRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "password",
  component: ChangePasswordScreen,
});
